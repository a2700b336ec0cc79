package dev.adfconsole.ui.common;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.fxml.Initializable;

/**
 * What a view compiled from FXML at build time ({@code src/build/FxmlCompiler.java}) still does by reflection, as
 * FXMLLoader does it: controller fields injected by {@code fx:id} (an fx:id without a field is no error),
 * {@code #handler} methods (with the event or without it) and {@code initialize()}. Unlike FXMLLoader it reads no
 * annotations: the first one read costs the JVM ~10 ms (its parser and proxy class) on the way to the first frame.
 * So a field or method is found by its name alone; MainWindowFxmlTest checks that every one found is {@code @FXML}.
 */
public final class CompiledFxml {

    private final Object controller;
    private final Map<String, Field> fields = new HashMap<>();

    public CompiledFxml(Object controller) {
        this.controller = controller;
        // Subclass first: a field hides its namesake in a superclass, as FXMLLoader finds them.
        for (Class<?> c = controller.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    fields.putIfAbsent(field.getName(), field);
                }
            }
        }
    }

    public void inject(String fxId, Object value) {
        Field field = fields.get(fxId);
        if (field == null) {
            return;
        }
        try {
            field.setAccessible(true);
            field.set(controller, value);
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot inject fx:id " + fxId + " into " + field, e);
        }
    }

    /** The controller's method {@code name} as an event handler; fails now, not at the first event, when there is none. */
    public <E extends Event> EventHandler<E> handler(String name) {
        Method method = find(name, true);
        if (method == null) {
            method = find(name, false);
        }
        if (method == null) {
            throw new IllegalStateException("No method " + name + " in " + controller.getClass().getName());
        }
        Method target = method;
        target.setAccessible(true);
        boolean withEvent = target.getParameterCount() == 1;
        return event -> invoke(target, withEvent ? new Object[] {event} : new Object[0]);
    }

    /**
     * FXMLLoader's last step: {@code Initializable.initialize} (with no location or resources: a compiled view has
     * neither), else an {@code initialize()} method, if any.
     */
    public void initialize() {
        if (controller instanceof Initializable initializable) {
            initializable.initialize(null, null);
            return;
        }
        Method method = find("initialize", false);
        if (method != null) {
            method.setAccessible(true);
            invoke(method, new Object[0]);
        }
    }

    private Method find(String name, boolean withEvent) {
        for (Class<?> c = controller.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name) && !Modifier.isStatic(m.getModifiers())
                        && (withEvent ? m.getParameterCount() == 1 && Event.class.isAssignableFrom(m.getParameterTypes()[0])
                        : m.getParameterCount() == 0)) {
                    return m;
                }
            }
        }
        return null;
    }

    private void invoke(Method method, Object[] arguments) {
        try {
            method.invoke(controller, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
