package dev.adfconsole.ui.common;

import java.util.List;
import java.util.Set;
import org.kordamp.ikonli.FontLoader;
import org.kordamp.ikonli.IkonHandler;
import org.kordamp.ikonli.IkonResolverProvider;
import org.kordamp.ikonli.javafx.JavaFXFontLoader;

/**
 * Ikonli made ready before the main window needs it, with only what the app draws with. Ikonli's resolver loads the
 * font of every icon pack on the class path when first asked (Material 2 has four styles, ~250 KB of font each, each
 * copied to a temporary file and registered), and each pack's enum of about a thousand icons is initialised at its
 * first icon; the app uses Material 2's filled style only ({@code mdal-}, {@code mdmz-}), so only its font and its
 * two enums are loaded. {@code IconFontsTest} keeps {@link #FONT_FAMILIES} true to the icons the app names.
 */
public final class IconFonts {

    /** The fonts of the icon literals the app uses. */
    static final Set<String> FONT_FAMILIES = Set.of("Material Icons");
    /** Their packs' enums: class initialisation is the JVM's to make thread-safe, so warming them anywhere helps. */
    static final List<String> PACKS = List.of("org.kordamp.ikonli.material2.Material2AL",
            "org.kordamp.ikonli.material2.Material2MZ");

    private IconFonts() {
    }

    /** The icon packs' classes; needs no toolkit. Best effort: the window resolves its icons itself. */
    public static void warmPacks() {
        ClassLoader loader = IconFonts.class.getClassLoader();
        for (String pack : PACKS) {
            try {
                Class.forName(pack, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                return;
            }
        }
    }

    /**
     * Makes Ikonli's one resolver (the first caller decides its font loader), loading only the fonts above. Needs the
     * toolkit's start begun (its font loader), not finished; fonts may be loaded from any thread. If a window's icon
     * came first, that resolver stays, with every font loaded: slower, never wrong.
     */
    public static void loadFonts() {
        FontLoader all = JavaFXFontLoader.getInstance();
        IkonResolverProvider.getInstance(handler -> {
            if (used(handler)) {
                all.loadFont(handler);
            }
        });
    }

    static boolean used(IkonHandler handler) {
        return FONT_FAMILIES.contains(handler.getFontFamily());
    }
}
