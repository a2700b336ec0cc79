package dev.adfconsole.ui.pipelinerun;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One pipeline parameter in the run dialog: the text the user typed (or the default), checked against the
 * parameter's type as they type, and turned into the JSON value the createRun body carries.
 */
public final class ParameterInput {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final ParameterKind kind;
    private final JsonNode defaultValue;
    private final StringProperty text = new SimpleStringProperty("");
    /** False means "leave it out of the request": Data Factory then uses the default (or the reference run's value). */
    private final BooleanProperty included = new SimpleBooleanProperty();
    private final StringBinding error;
    private final ObjectBinding<Optional<JsonNode>> value;
    /** The text shown when the parameter is left out: its default, or the reference run's value on a rerun. */
    private String baseline;

    public ParameterInput(String name, ParameterKind kind, JsonNode defaultValue) {
        this.name = name;
        this.kind = kind;
        this.defaultValue = defaultValue == null || defaultValue.isNull() ? null : defaultValue;
        this.error = Bindings.createStringBinding(() -> check(text.get()), text, included);
        this.value = Bindings.createObjectBinding(() -> parse(text.get()), text, included);
        restoreDefault();
        // Typing something other than what is shown for "left out" means "send this value".
        text.addListener((obs, old, typed) -> {
            if (!typed.equals(baseline)) {
                included.set(true);
            }
        });
    }

    public String name() {
        return name;
    }

    public ParameterKind kind() {
        return kind;
    }

    /** Required parameters have no default: a run without them fails in Data Factory. */
    public boolean required() {
        return defaultValue == null;
    }

    public Optional<JsonNode> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    public StringProperty textProperty() {
        return text;
    }

    public BooleanProperty includedProperty() {
        return included;
    }

    /** The message to show beside the field, naming the parameter and the rule; null when the input is fine. */
    public StringBinding errorProperty() {
        return error;
    }

    /** The JSON value to send, empty when the parameter is left out or the input is invalid. */
    public ObjectBinding<Optional<JsonNode>> valueProperty() {
        return value;
    }

    /** Shows the default again and leaves the parameter out of the request, so Data Factory applies it. */
    public void restoreDefault() {
        baseline = defaultText();
        text.set(baseline);
        included.set(defaultValue == null);
    }

    /**
     * On a rerun: shows the reference run's value and leaves the parameter out, so Data Factory reuses that value;
     * any edit (even back to the default) is then sent.
     */
    public void showReferenceValue(String value) {
        baseline = value;
        text.set(value);
        included.set(false);
    }

    private String defaultText() {
        if (defaultValue == null) {
            return kind == ParameterKind.BOOL ? "false" : "";
        }
        return defaultValue.isTextual() ? defaultValue.asText() : defaultValue.toString();
    }

    private String check(String input) {
        if (!included.get()) {
            return null;
        }
        String trimmed = input == null ? "" : input.trim();
        return switch (kind) {
            case STRING, SECURE_STRING -> null;
            case INT -> trimmed.matches("[-+]?\\d{1,18}") ? null
                    : "Parameter '" + name + "' is an Int: enter a whole number, e.g. 42.";
            case FLOAT -> isDecimal(trimmed) ? null
                    : "Parameter '" + name + "' is a Float: enter a number, e.g. 0.75.";
            case BOOL -> trimmed.equals("true") || trimmed.equals("false") ? null
                    : "Parameter '" + name + "' is a Bool: true or false.";
            case ARRAY -> jsonError(trimmed, true);
            case OBJECT -> jsonError(trimmed, false);
        };
    }

    private Optional<JsonNode> parse(String input) {
        if (!included.get() || check(input) != null) {
            return Optional.empty();
        }
        String trimmed = input == null ? "" : input.trim();
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return Optional.of(switch (kind) {
            case STRING, SECURE_STRING -> nodes.textNode(input == null ? "" : input);
            case INT -> integer(Long.parseLong(trimmed.replace("+", "")));
            case FLOAT -> nodes.numberNode(new BigDecimal(trimmed));
            case BOOL -> nodes.booleanNode(Boolean.parseBoolean(trimmed));
            case ARRAY, OBJECT -> readJson(trimmed);
        });
    }

    private String jsonError(String input, boolean array) {
        String expected = array ? "an Array: a JSON array such as [\"a\", 1]" : "an Object: a JSON object such as {\"key\": \"value\"}";
        try {
            JsonNode node = JSON.readTree(input);
            if (node != null && (array ? node.isArray() : node.isObject())) {
                return null;
            }
            return "Parameter '" + name + "' is " + expected + ".";
        } catch (JsonProcessingException e) {
            return "Parameter '" + name + "' is " + expected + "; the JSON is invalid at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ".";
        }
    }

    /** Int where it fits, as Data Factory's own examples write it; Long beyond. */
    private static JsonNode integer(long number) {
        return number == (int) number ? JsonNodeFactory.instance.numberNode((int) number)
                : JsonNodeFactory.instance.numberNode(number);
    }

    private static JsonNode readJson(String input) {
        try {
            return JSON.readTree(input);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("checked before", e);
        }
    }

    private static boolean isDecimal(String input) {
        try {
            return !input.isEmpty() && new BigDecimal(input) != null;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
