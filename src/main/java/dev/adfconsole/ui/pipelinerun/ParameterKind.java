package dev.adfconsole.ui.pipelinerun;

import java.util.Locale;

/** The pipeline parameter types of Data Factory's {@code ParameterSpecification.type}, and what edits each. */
public enum ParameterKind {
    STRING("String"), INT("Int"), FLOAT("Float"), BOOL("Bool"), ARRAY("Array"), OBJECT("Object"),
    SECURE_STRING("SecureString");

    private final String wireName;

    ParameterKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Data Factory compares type names case-insensitively; an unknown type is edited as text. */
    public static ParameterKind of(String wireName) {
        if (wireName != null) {
            for (ParameterKind kind : values()) {
                if (kind.wireName.toLowerCase(Locale.ROOT).equals(wireName.toLowerCase(Locale.ROOT))) {
                    return kind;
                }
            }
        }
        return STRING;
    }
}
