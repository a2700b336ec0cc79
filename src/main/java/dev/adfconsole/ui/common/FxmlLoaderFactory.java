package dev.adfconsole.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;

/**
 * Loads FXML views with controllers built by the composition root: the loader never instantiates a controller by
 * reflection, so controllers receive their view models by constructor and reach for no globals.
 */
public final class FxmlLoaderFactory {

    private final Map<Class<?>, Supplier<?>> controllers;

    public FxmlLoaderFactory(Map<Class<?>, Supplier<?>> controllers) {
        this.controllers = Map.copyOf(controllers);
    }

    /** A view whose only controller is {@code controller}: what every dialog and side window loads. */
    public static <T> Loaded<T> loadWith(FxmlFile file, Class<T> controllerType, Supplier<T> controller) {
        return new FxmlLoaderFactory(Map.of(controllerType, controller)).load(file, controllerType);
    }

    /** Loads the view and returns its root together with the controller the factory made for it. */
    public <T> Loaded<T> load(FxmlFile file, Class<T> controllerType) {
        URL url = FxmlLoaderFactory.class.getResource(file.resource());
        if (url == null) {
            throw new IllegalStateException("FXML resource missing from the build: " + file.resource());
        }
        FXMLLoader loader = new FXMLLoader(url);
        loader.setControllerFactory(this::controller);
        try {
            javafx.scene.Parent root = loader.load();
            return new Loaded<>(root, controllerType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + file.resource() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads a few lines of FXML that make no control (padding, an accelerator): FXMLLoader's one-time costs (its XML
     * reader, builder factory, the reflection and annotation proxies behind {@code @NamedArg} values) are then paid
     * where the launcher calls this, while the toolkit starts and a core is idle, instead of in the main window's
     * load on the critical path. Best effort: a failure here only means the main window pays for it.
     */
    public static void warmUp() {
        String fxml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <?import java.util.ArrayList?>
                <?import javafx.geometry.Insets?>
                <?import javafx.scene.input.KeyCodeCombination?>
                <ArrayList xmlns:fx="http://javafx.com/fxml/1">
                    <Insets top="6" right="8" bottom="6" left="12"/>
                    <KeyCodeCombination alt="UP" code="I" control="DOWN" meta="UP" shift="DOWN" shortcut="UP"/>
                </ArrayList>
                """;
        try {
            new FXMLLoader().load(new java.io.ByteArrayInputStream(fxml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException | LinkageError e) {
            // nothing lost but the head start (without a display, the launcher says why once the toolkit fails)
        }
    }

    private Object controller(Class<?> type) {
        Supplier<?> supplier = controllers.get(type);
        if (supplier == null) {
            throw new IllegalStateException("No controller registered for " + type.getName());
        }
        return supplier.get();
    }

    /** A loaded view: its root node and its controller. */
    public record Loaded<T>(javafx.scene.Parent root, T controller) {
    }
}
