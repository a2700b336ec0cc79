package dev.adfconsole.model;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * An enum value as read from Azure: the constant when it is known, {@code UNKNOWN} otherwise, and always the raw
 * text, so that new values still show and round-trip unchanged.
 */
@JsonDeserialize(using = WireValueDeserializer.class)
public record WireValue<E extends Enum<E> & WireEnum>(E value, String raw) {

    /** The value for a raw text, matched case-insensitively as Azure's own SDKs do. */
    public static <E extends Enum<E> & WireEnum> WireValue<E> of(Class<E> type, String raw) {
        if (raw == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (!constant.name().equals("UNKNOWN") && constant.wire().equalsIgnoreCase(raw)) {
                return new WireValue<>(constant, raw);
            }
        }
        return new WireValue<>(Enum.valueOf(type, "UNKNOWN"), raw);
    }

    public static <E extends Enum<E> & WireEnum> WireValue<E> of(E constant) {
        return new WireValue<>(constant, constant.wire());
    }

    public boolean is(E constant) {
        return value == constant;
    }

    public boolean isKnown() {
        return !value.name().equals("UNKNOWN");
    }

    @JsonValue
    @Override
    public String raw() {
        return raw;
    }

    @Override
    public String toString() {
        return raw;
    }
}
