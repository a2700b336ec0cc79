package dev.adfconsole.service.settings;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Where the main window was when it last closed, in screen coordinates. */
public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {

    public static final double MIN_WIDTH = 640;
    public static final double MIN_HEIGHT = 400;

    /** False for values a broken or hand-edited file could hold; such geometry is ignored, not applied. */
    @JsonIgnore
    public boolean isUsable() {
        return Double.isFinite(x) && Double.isFinite(y) && width >= MIN_WIDTH && height >= MIN_HEIGHT
                && width < 100_000 && height < 100_000;
    }
}
