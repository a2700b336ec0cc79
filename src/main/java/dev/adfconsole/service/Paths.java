package dev.adfconsole.service;

import java.nio.charset.StandardCharsets;

/** Escapes a path segment as RFC 3986 asks: pipeline names may hold spaces and other characters. */
final class Paths {

    private Paths() {
    }

    static String segment(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~()".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
