import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Compiles an FXML view into Java source at build time: the same nodes, properties, controller, field injection and
 * event handlers FXMLLoader would make, without its XML parsing and reflection at run time (most of the main view's
 * load before the first frame: BENCHMARKS.md, session 11). The FXML stays the view's source; the generated class is
 * rebuilt from it at every build, and MainWindowFxmlTest compares what both make.
 *
 * <p>Only what an FXML view of this app uses is understood: imports, instance elements with a no-argument
 * constructor, property elements, default properties, {@code fx:define}, {@code fx:id}, {@code fx:controller},
 * {@code $variable} references, {@code #handler} event handlers, static properties as attributes, and values of
 * String, primitive, enum or {@code valueOf(String)} types. Anything else fails the build with the element's name,
 * so the generated view never silently differs from what FXMLLoader would make.
 *
 * <p>Run by Maven (pom.xml, generate-sources) as a single-file program, with the compile class path, so that it
 * reads the JavaFX classes it instantiates by reflection (nothing is initialised):
 * {@code java -cp <classpath> src/build/FxmlCompiler.java <view.fxml> <output source folder> <fully qualified class>}.
 */
public final class FxmlCompiler {

    /** One XML element as read, attributes in document order (FXMLLoader applies them in that order). */
    record Element(String tag, List<String[]> attributes, List<Element> children) {
    }

    record Variable(String name, Class<?> type) {
    }

    private final List<String> imports = new ArrayList<>(List.of("java.lang.*"));
    /** By fx:id: the Java variable holding the element, and its class. */
    private final Map<String, Variable> variables = new HashMap<>();
    private final StringBuilder out = new StringBuilder();
    private String controllerType;
    private int counter;

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: FxmlCompiler <view.fxml> <output source folder> <fully qualified class>");
        }
        Path fxml = Path.of(args[0]);
        String qualified = args[2];
        FxmlCompiler compiler = new FxmlCompiler();
        Element root = compiler.parse(fxml);
        String source = compiler.generate(root, fxml.getFileName().toString(), qualified);
        Path file = Path.of(args[1]).resolve(qualified.replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        // Unchanged output keeps its time stamp, so the compiler's incremental build does not recompile the view.
        if (!Files.exists(file) || !Files.readString(file).equals(source)) {
            Files.writeString(file, source);
        }
    }

    private Element parse(Path fxml) throws Exception {
        List<Element> stack = new ArrayList<>();
        Element[] root = new Element[1];
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.newSAXParser().parse(fxml.toFile(), new DefaultHandler() {
            @Override
            public void processingInstruction(String target, String data) {
                if (target.equals("import")) {
                    imports.add(data.trim());
                }
            }

            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                List<String[]> list = new ArrayList<>();
                for (int i = 0; i < attributes.getLength(); i++) {
                    list.add(new String[] {attributes.getQName(i), attributes.getValue(i)});
                }
                Element element = new Element(qName, list, new ArrayList<>());
                if (stack.isEmpty()) {
                    root[0] = element;
                } else {
                    stack.get(stack.size() - 1).children().add(element);
                }
                stack.add(element);
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                stack.remove(stack.size() - 1);
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (!new String(ch, start, length).isBlank()) {
                    throw fail(stack.get(stack.size() - 1), "text content is not supported");
                }
            }
        });
        return root[0];
    }

    private String generate(Element root, String fxmlName, String qualified) throws IOException {
        int dot = qualified.lastIndexOf('.');
        controllerType = root.attributes().stream().filter(a -> a[0].equals("fx:controller")).map(a -> a[1]).findFirst()
                .orElseThrow(() -> fail(root, "the root needs an fx:controller"));
        String rootVariable = instance(root);
        return "// Generated from " + fxmlName + " by src/build/FxmlCompiler.java at build time: edit the FXML, not this.\n"
                + "package " + qualified.substring(0, dot) + ";\n\n"
                + "/** The view of {@code " + fxmlName + "}, made as FXMLLoader would make it, without parsing it at run time. */\n"
                + "public final class " + qualified.substring(dot + 1) + " {\n\n"
                + "    private " + qualified.substring(dot + 1) + "() {\n    }\n\n"
                + "    /** Builds the view; {@code controllers} gives the controller (FXMLLoader's controller factory). */\n"
                + "    public static dev.adfconsole.ui.common.FxmlLoaderFactory.Loaded<" + controllerType + "> load(\n"
                + "            java.util.function.Function<Class<?>, Object> controllers) {\n"
                + "        " + controllerType + " controller = (" + controllerType + ") controllers.apply(" + controllerType + ".class);\n"
                + "        dev.adfconsole.ui.common.CompiledFxml view = new dev.adfconsole.ui.common.CompiledFxml(controller);\n"
                + out
                + "        view.initialize();\n"
                + "        return new dev.adfconsole.ui.common.FxmlLoaderFactory.Loaded<>(" + rootVariable + ", controller);\n"
                + "    }\n}\n";
    }

    /** Emits an instance element and what it contains; returns its variable. */
    private String instance(Element element) {
        Class<?> type = resolve(element);
        String fxId = attribute(element, "fx:id");
        String variable = fxId != null && fxId.matches("[a-z][A-Za-z0-9]*") && !fxId.equals("controller") && !fxId.equals("view")
                ? fxId : "node" + ++counter;
        try {
            type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw fail(element, type.getName() + " has no public constructor without arguments");
        }
        line(type.getCanonicalName() + " " + variable + " = new " + type.getCanonicalName() + "();");
        if (fxId != null) {
            variables.put(fxId, new Variable(variable, type));
            idProperty(type).ifPresent(id -> {
                if (attribute(element, id) == null) {
                    line(variable + "." + setter(id) + "(" + literal(fxId) + ");");
                }
            });
            line("view.inject(" + literal(fxId) + ", " + variable + ");");
        }
        for (Element child : element.children()) {
            if (child.tag().equals("fx:define")) {
                child.children().forEach(this::instance);
            } else if (child.tag().contains(":")) {
                throw fail(child, "not supported");
            } else if (Character.isLowerCase(child.tag().charAt(0))) {
                property(element, type, variable, child.tag(), child.children());
            } else if (isStaticPropertyElement(child.tag())) {
                throw fail(child, "static property elements are not supported (use an attribute)");
            } else {
                String defaultProperty = defaultProperty(type)
                        .orElseThrow(() -> fail(child, type.getName() + " has no default property to take it"));
                property(element, type, variable, defaultProperty, List.of(child));
            }
        }
        for (String[] attribute : element.attributes()) {
            attribute(element, type, variable, attribute[0], attribute[1]);
        }
        return variable;
    }

    private void property(Element element, Class<?> type, String variable, String property, List<Element> values) {
        Method getter = method(type, "get" + capitalise(property), 0);
        Method setter = method(type, setter(property), 1);
        if (setter == null && getter != null && List.class.isAssignableFrom(getter.getReturnType())) {
            for (Element value : values) {
                line(variable + ".get" + capitalise(property) + "().add(" + instance(value) + ");");
            }
        } else if (setter != null && values.size() == 1) {
            String value = instance(values.get(0));
            line(variable + "." + setter.getName() + "(" + value + ");");
        } else {
            throw fail(element, "no way to set " + property + " of " + type.getName() + " to " + values.size() + " value(s)");
        }
    }

    private void attribute(Element element, Class<?> type, String variable, String name, String value) {
        if (name.startsWith("xmlns") || name.equals("fx:id") || name.equals("fx:controller")) {
            return;
        }
        if (name.contains(":")) {
            throw fail(element, "attribute " + name + " is not supported");
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            Class<?> owner = resolve(element, name.substring(0, dot));
            String staticSetter = setter(name.substring(dot + 1));
            for (Method m : owner.getMethods()) {
                if (m.getName().equals(staticSetter) && Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 2
                        && m.getParameterTypes()[0].isAssignableFrom(type)) {
                    line(owner.getCanonicalName() + "." + staticSetter + "(" + variable + ", "
                            + value(element, m.getParameterTypes()[1], value) + ");");
                    return;
                }
            }
            throw fail(element, "no static " + staticSetter + " in " + owner.getName() + " for a " + type.getName());
        }
        if (name.startsWith("on") && value.startsWith("#")) {
            if (method(type, setter(name), 1) == null) {
                throw fail(element, type.getName() + " has no " + name);
            }
            line(variable + "." + setter(name) + "(view.handler(" + literal(value.substring(1)) + "));");
            return;
        }
        Method setter = method(type, setter(name), 1);
        if (setter != null) {
            line(variable + "." + setter.getName() + "(" + value(element, setter.getParameterTypes()[0], value) + ");");
            return;
        }
        Method getter = method(type, "get" + capitalise(name), 0);
        if (getter != null && List.class.isAssignableFrom(getter.getReturnType())) {
            // FXMLLoader's read-only list attribute: comma-separated items, added (a style class, for one).
            for (String item : value.split(",")) {
                line(variable + "." + getter.getName() + "().add(" + value(element, String.class, item.trim()) + ");");
            }
            return;
        }
        throw fail(element, type.getName() + " has no property " + name);
    }

    /** A Java expression for an attribute's value as FXMLLoader would coerce it to {@code target}. */
    private String value(Element element, Class<?> target, String raw) {
        if (raw.startsWith("$")) {
            String name = raw.substring(1);
            Variable variable = variables.get(name);
            if (variable == null || !box(target).isAssignableFrom(variable.type())) {
                throw fail(element, raw + " is not defined before it is used, or is not a " + target.getName());
            }
            return variable.name();
        }
        if (raw.startsWith("@") || raw.startsWith("%")) {
            throw fail(element, "locations and resources (" + raw + ") are not supported");
        }
        String value = raw.startsWith("\\") ? raw.substring(1) : raw;
        if (target == String.class || target == Object.class || target == CharSequence.class) {
            return literal(value);
        }
        if (target == boolean.class || target == Boolean.class) {
            return Boolean.toString(Boolean.parseBoolean(value));
        }
        if (target == double.class || target == Double.class) {
            return switch (value) {
                case "Infinity" -> "Double.POSITIVE_INFINITY";
                case "-Infinity" -> "Double.NEGATIVE_INFINITY";
                case "NaN" -> "Double.NaN";
                default -> Double.toString(Double.parseDouble(value));
            };
        }
        if (target == int.class || target == Integer.class) {
            return Integer.toString(Integer.parseInt(value));
        }
        if (target.isEnum()) {
            for (String candidate : List.of(value, value.toUpperCase(Locale.ROOT))) {
                for (Object constant : target.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(candidate)) {
                        return target.getCanonicalName() + "." + candidate;
                    }
                }
            }
            throw fail(element, value + " is not a " + target.getName());
        }
        try {
            Method valueOf = target.getMethod("valueOf", String.class);
            if (Modifier.isStatic(valueOf.getModifiers()) && target.isAssignableFrom(valueOf.getReturnType())) {
                return target.getCanonicalName() + ".valueOf(" + literal(value) + ")";
            }
        } catch (NoSuchMethodException e) {
            // falls through to the failure below
        }
        throw fail(element, "no conversion from \"" + value + "\" to " + target.getName());
    }

    private Class<?> resolve(Element element) {
        return resolve(element, element.tag());
    }

    /** A class name as FXMLLoader resolves it: qualified, or by the file's imports (a class, then a package). */
    private Class<?> resolve(Element element, String name) {
        List<String> candidates = new ArrayList<>();
        if (name.contains(".")) {
            candidates.add(name);
        }
        for (String imported : imports) {
            if (imported.endsWith("." + name)) {
                candidates.add(imported);
            }
        }
        for (String imported : imports) {
            if (imported.endsWith(".*")) {
                candidates.add(imported.substring(0, imported.length() - 1) + name);
            }
        }
        for (String candidate : candidates) {
            try {
                return Class.forName(candidate, false, FxmlCompiler.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                // the next import, then
            }
        }
        throw fail(element, "class " + name + " not found from the imports " + imports);
    }

    private static boolean isStaticPropertyElement(String tag) {
        int dot = tag.lastIndexOf('.');
        return dot > 0 && Character.isLowerCase(tag.charAt(dot + 1));
    }

    private static java.util.Optional<String> defaultProperty(Class<?> type) {
        return annotationValue(type, "javafx.beans.DefaultProperty");
    }

    private static java.util.Optional<String> idProperty(Class<?> type) {
        return annotationValue(type, "com.sun.javafx.beans.IDProperty");
    }

    /**
     * An annotation's value() by the annotation's name, as the classes are read without being initialised, and
     * {@code IDProperty} is JavaFX's internal one.
     */
    private static java.util.Optional<String> annotationValue(Class<?> type, String annotation) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (var a : c.getDeclaredAnnotations()) {
                if (a.annotationType().getName().equals(annotation)) {
                    try {
                        return java.util.Optional.of((String) a.annotationType().getMethod("value").invoke(a));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** The public instance method of that name and arity; of several setters, the one FXMLLoader can coerce a String to. */
    private static Method method(Class<?> type, String name, int parameters) {
        Method found = null;
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == parameters && !Modifier.isStatic(m.getModifiers())
                    && !m.isBridge() && (found == null || parameters == 1 && m.getParameterTypes()[0] == String.class)) {
                found = m;
            }
        }
        return found;
    }

    private static String attribute(Element element, String name) {
        return element.attributes().stream().filter(a -> a[0].equals(name)).map(a -> a[1]).findFirst().orElse(null);
    }

    private static String setter(String property) {
        return "set" + capitalise(property);
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Class<?> box(Class<?> type) {
        return type.isPrimitive() ? (type == boolean.class ? Boolean.class : type == double.class ? Double.class : Integer.class) : type;
    }

    private static String literal(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }

    private void line(String statement) {
        out.append("        ").append(statement).append('\n');
    }

    private static IllegalArgumentException fail(Element element, String why) {
        return new IllegalArgumentException("FXML element <" + element.tag() + ">: " + why);
    }
}
