package dev.adfconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.ui.common.FxmlFile;
import dev.adfconsole.ui.common.FxmlLoaderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The main view compiled at build time (MainWindowFxml, from main-window.fxml by src/build/FxmlCompiler.java) is the
 * view FXMLLoader makes from the same file: every node and menu item, every simple property a getter shows, style
 * classes, layout constraints, the toggle group, the handlers, and the controller's fields.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowFxmlTest {

    @Start
    void start(Stage stage) {
        // the toolkit only: nothing is shown
    }

    private static MainWindowController controller() {
        return new MainWindowController(null, null, null, null, null, null, null, null, null);
    }

    @Test
    void theCompiledViewIsWhatFxmlLoaderMakesOfTheSameFile() {
        var loaded = FxmlLoaderFactory.loadWith(FxmlFile.MAIN_WINDOW, MainWindowController.class, MainWindowFxmlTest::controller);
        var compiled = new FxmlLoaderFactory(Map.of(MainWindowController.class, MainWindowFxmlTest::controller))
                .load(MainWindowFxml::load);

        Comparison comparison = new Comparison();
        comparison.compare(loaded.root(), compiled.root(), "root");
        for (Field field : fxmlFields()) {
            comparison.compare(read(field, loaded.controller()), read(field, compiled.controller()), "controller." + field.getName());
        }

        assertThat(comparison.differences).isEmpty();
        assertThat(comparison.objects).as("objects compared (nodes, menu items, …)").isGreaterThan(60);
        assertThat(comparison.values).as("property values compared").isGreaterThan(2_000);
    }

    @Test
    void everyControllerFieldTheCompiledViewFillsIsMarkedFxmlAndEveryFxmlFieldIsFilled() {
        MainWindowController controller = MainWindowFxml.load(type -> controller()).controller();

        for (Field field : MainWindowController.class.getDeclaredFields()) {
            // A field of a JavaFX type the view filled (the others are the controller's own: its models, dividers).
            if (!Modifier.isStatic(field.getModifiers()) && field.getType().getName().startsWith("javafx.")
                    && read(field, controller) != null) {
                assertThat(field.isAnnotationPresent(FXML.class)).as(field.getName() + " filled by the view, so @FXML").isTrue();
            }
        }
        assertThat(fxmlFields()).allSatisfy(field -> assertThat(read(field, controller)).as(field.getName()).isNotNull());
    }

    @Test
    void everyHandlerTheFileNamesIsAnFxmlMethodAndRunsOnItsEvent() throws IOException {
        String fxml;
        try (InputStream in = getClass().getResourceAsStream(FxmlFile.MAIN_WINDOW.resource())) {
            fxml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher handler = Pattern.compile("on\\w+=\"#(\\w+)\"").matcher(fxml);
        List<String> names = new ArrayList<>();
        while (handler.find()) {
            names.add(handler.group(1));
        }
        assertThat(names).contains("signIn", "exit", "dismissNotice");
        for (String name : names) {
            assertThat(List.of(MainWindowController.class.getDeclaredMethods()))
                    .as("#" + name).anySatisfy(m -> {
                        assertThat(m.getName()).isEqualTo(name);
                        assertThat(m.isAnnotationPresent(FXML.class)).isTrue();
                    });
        }
        // The controller has no model here: the handler's call reaches it and fails there.
        var view = MainWindowFxml.load(type -> controller());
        javafx.scene.control.Button dismiss = (javafx.scene.control.Button) view.root().lookup("#dismissNoticeButton");
        assertThat(dismiss).as("in the notice bar, which is not in the scene").isNull();
        dismiss = (javafx.scene.control.Button) read(field("dismissNoticeButton"), view.controller());
        org.assertj.core.api.Assertions.assertThatThrownBy(dismiss::fire).isInstanceOf(NullPointerException.class)
                .satisfies(e -> assertThat(e.getStackTrace()).anySatisfy(frame -> assertThat(frame.getMethodName()).isEqualTo("dismissNotice")));
    }

    private static Field field(String name) {
        try {
            return MainWindowController.class.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Field> fxmlFields() {
        List<Field> fields = new ArrayList<>();
        for (Field field : MainWindowController.class.getDeclaredFields()) {
            if (field.isAnnotationPresent(FXML.class)) {
                fields.add(field);
            }
        }
        return fields;
    }

    private static Object read(Field field, Object target) {
        try {
            field.setAccessible(true);
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    /** Walks two object graphs side by side through JavaFX getters; collects what differs. */
    private static final class Comparison {
        final List<String> differences = new ArrayList<>();
        final Map<Object, Object> seen = new IdentityHashMap<>();
        int objects;
        int values;

        void compare(Object a, Object b, String path) {
            if (a == null || b == null) {
                check(a == null && b == null, path, a, b);
                return;
            }
            if (a instanceof EventHandler<?> || b instanceof EventHandler<?>) {
                // both there (FXMLLoader's own handler class, a lambda here): what they run is the handler test's
                check(a instanceof EventHandler<?> && b instanceof EventHandler<?>, path, a, b);
                return;
            }
            if (!check(a.getClass() == b.getClass(), path + " (class)", a.getClass(), b.getClass())) {
                return;
            }
            if (a instanceof List<?> la) {
                List<?> lb = (List<?>) b;
                if (check(la.size() == lb.size(), path + ".size", la.size(), lb.size())) {
                    for (int i = 0; i < la.size(); i++) {
                        compare(la.get(i), lb.get(i), path + "[" + i + "]");
                    }
                }
                return;
            }
            if (isValue(a)) {
                values++;
                check(Objects.equals(a, b) || Objects.equals(String.valueOf(a), String.valueOf(b)), path, a, b);
                return;
            }
            if (!(a instanceof Node || a instanceof MenuItem || a instanceof ToggleGroup)) {
                return;
            }
            if (seen.containsKey(a)) {
                check(seen.get(a) == b, path + " (same object as before)", a, b);
                return;
            }
            seen.put(a, b);
            objects++;
            if (a instanceof Node na) {
                compare(new ArrayList<>(na.getProperties().entrySet().stream().map(String::valueOf).sorted().toList()),
                        new ArrayList<>(((Node) b).getProperties().entrySet().stream().map(String::valueOf).sorted().toList()),
                        path + ".properties");
            }
            for (Method getter : a.getClass().getMethods()) {
                if (isGetter(getter)) {
                    compare(call(getter, a), call(getter, b), path + "." + getter.getName());
                }
            }
        }

        private static boolean isGetter(Method m) {
            String owner = m.getDeclaringClass().getName();
            return m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                    && (m.getName().startsWith("get") || m.getName().startsWith("is"))
                    && (owner.startsWith("javafx.") || owner.startsWith("org.kordamp."))
                    // the way back up is compared where it was reached from
                    && !m.getName().equals("getParent") && !m.getName().equals("getStyleableParent")
                    && !m.getName().equals("getParentMenu") && !m.getName().equals("getParentPopup");
        }

        private static boolean isValue(Object o) {
            return o instanceof String || o instanceof Number || o instanceof Boolean || o instanceof Character
                    || o instanceof Enum<?> || o instanceof javafx.scene.input.KeyCombination
                    || o instanceof javafx.geometry.Insets || o instanceof javafx.scene.text.Font;
        }

        private static Object call(Method getter, Object target) {
            try {
                return getter.invoke(target);
            } catch (InvocationTargetException | IllegalAccessException | RuntimeException e) {
                return "threw " + (e instanceof InvocationTargetException i ? i.getCause().getClass().getName() : e.getClass().getName());
            }
        }

        private boolean check(boolean same, String path, Object a, Object b) {
            if (!same) {
                differences.add(path + ": FXMLLoader " + a + ", compiled " + b);
            }
            return same;
        }
    }
}
