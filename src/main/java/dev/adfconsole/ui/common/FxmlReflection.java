package dev.adfconsole.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.DefaultProperty;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The reflection FXMLLoader does on each class of a view, done ahead: the class's methods up to {@code Object} (its
 * bean adapter), its {@code @DefaultProperty}, its public constructors and their parameter annotations (the builder
 * factory's {@code @NamedArg} scan), and the controller's fields and methods. The JDK keeps what these calls find,
 * so the loader finds it ready. None of it initialises a class or needs the toolkit: the launcher runs it while the
 * toolkit starts, when the view itself cannot be built yet (a control's class initialisation needs the toolkit).
 */
final class FxmlReflection {

    private FxmlReflection() {
    }

    /** Best effort: whatever cannot be read or found is left for the loader to do as usual. */
    static void warm(String resource) {
        ClassLoader loader = FxmlReflection.class.getClassLoader();
        // The view's classes share most of their ancestry (Control, Region, Parent, Node): each is read once.
        Set<Class<?>> done = new HashSet<>();
        for (Class<?> type : classesOf(resource, loader)) {
            for (Class<?> c = type; c != null && c != Object.class && done.add(c); c = c.getSuperclass()) {
                try {
                    c.getDeclaredMethods();
                    c.getAnnotation(DefaultProperty.class);
                    c.getDeclaredFields();
                    for (var constructor : c.getConstructors()) {
                        constructor.getParameterAnnotations();
                    }
                } catch (LinkageError | SecurityException e) {
                    // a class that cannot be inspected now will not be faster later either
                }
            }
        }
    }

    /** The classes a view names: its elements, resolved against its imports as FXMLLoader does, and its controller. */
    static List<Class<?>> classesOf(String resource, ClassLoader loader) {
        List<String> imports = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        try (InputStream in = FxmlReflection.class.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.PROCESSING_INSTRUCTION && "import".equals(xml.getPITarget())) {
                    imports.add(xml.getPIData().trim());
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (!name.isEmpty() && Character.isUpperCase(name.charAt(0))) {
                        names.add(name);
                    }
                    String controller = xml.getAttributeValue("http://javafx.com/fxml/1", "controller");
                    if (controller != null) {
                        names.add(controller);
                    }
                }
            }
        } catch (IOException | XMLStreamException e) {
            return List.of();
        }
        List<Class<?>> found = new ArrayList<>();
        for (String name : names) {
            Class<?> type = resolve(name, imports, loader);
            if (type != null) {
                found.add(type);
            }
        }
        return found;
    }

    private static Class<?> resolve(String name, List<String> imports, ClassLoader loader) {
        List<String> candidates = new ArrayList<>();
        if (name.contains(".")) {
            candidates.add(name);
        }
        for (String imported : imports) {
            if (imported.endsWith(".*")) {
                candidates.add(imported.substring(0, imported.length() - 1) + name);
            } else if (imported.endsWith("." + name)) {
                candidates.add(imported);
            }
        }
        for (String candidate : candidates) {
            try {
                // Not initialised: a control's static initialiser needs the toolkit up.
                return Class.forName(candidate, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // the next import may hold it
            }
        }
        return null;
    }
}
