package dev.adfconsole.model;

import java.util.Optional;

/** Reads the parts of an ARM resource id ({@code /subscriptions/{s}/resourceGroups/{rg}/providers/...}). */
public final class ResourceId {

    private ResourceId() {
    }

    /** The value after a segment name, matched case-insensitively as ARM ids are (resourceGroups vs resourcegroups). */
    public static Optional<String> segment(String id, String name) {
        if (id == null) {
            return Optional.empty();
        }
        String[] parts = id.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (parts[i].equalsIgnoreCase(name)) {
                return Optional.of(parts[i + 1]);
            }
        }
        return Optional.empty();
    }
}
