package dev.adfconsole.ui.common;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/** The filter boxes' one rule: what was typed, trimmed, found anywhere in a field, ignoring case. */
public final class TextSearch {

    private TextSearch() {
    }

    /** The typed text as compared: trimmed and lower-case; empty when nothing (or only spaces) was typed. */
    public static String needle(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code value} (null: never) contains a {@link #needle}. */
    public static boolean contains(String value, String needle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
    }

    /** Items one of whose {@code fields} contains the typed text; every item when nothing was typed. */
    public static <T> Predicate<T> matching(String typed, Function<T, List<String>> fields) {
        String needle = needle(typed);
        if (needle.isEmpty()) {
            return item -> true;
        }
        return item -> fields.apply(item).stream().anyMatch(value -> contains(value, needle));
    }
}
