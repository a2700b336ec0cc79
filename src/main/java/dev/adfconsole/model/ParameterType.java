package dev.adfconsole.model;

/** Type of a pipeline parameter (spec enum {@code ParameterType}). */
public enum ParameterType implements WireEnum {
    OBJECT("Object"),
    STRING("String"),
    INT("Int"),
    FLOAT("Float"),
    BOOL("Bool"),
    ARRAY("Array"),
    SECURE_STRING("SecureString"),
    UNKNOWN("");

    private final String wire;

    ParameterType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
