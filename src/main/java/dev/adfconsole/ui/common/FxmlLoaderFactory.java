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
     * Loads a few lines of FXML that make no control: FXMLLoader's one-time costs (its class initialisation, the XML
     * reader found through the service loader, the element and bean-adapter machinery) are then paid where the launcher
     * calls this, while the toolkit starts, instead of in the main window's load on the critical path. Nothing with a
     * {@code @NamedArg} constructor (Insets, KeyCodeCombination): the main view has none, and their builder would only
     * cost CPU while the toolkit starts. Then the reflection the loader will do on each class {@code views} name
     * ({@link FxmlReflection}). Best effort: a failure here only means the main window pays for it.
     */
    public static void warmUp(FxmlFile... views) {
        String fxml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <?import java.util.ArrayList?>
                <?import java.lang.String?>
                <ArrayList xmlns:fx="http://javafx.com/fxml/1">
                    <String fx:value="warm-up"/>
                </ArrayList>
                """;
        try {
            new FXMLLoader().load(new java.io.ByteArrayInputStream(fxml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException | LinkageError e) {
            // nothing lost but the head start (without a display, the launcher says why once the toolkit fails)
        }
        for (FxmlFile view : views) {
            FxmlReflection.warm(view.resource());
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
