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
     * Builds a view compiled from its FXML at build time ({@code src/build/FxmlCompiler.java}), with this factory's
     * controller: the same view as {@link #load(FxmlFile, Class)} makes, without parsing and reflecting on it first.
     */
    public <T> Loaded<T> load(java.util.function.Function<java.util.function.Function<Class<?>, Object>, Loaded<T>> compiled) {
        return compiled.apply(this::controller);
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
