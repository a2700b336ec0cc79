package dev.adfconsole.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kordamp.ikonli.IkonHandler;
import org.junit.jupiter.api.Test;

/**
 * Only the icon fonts in {@link IconFonts#FONT_FAMILIES} are loaded: an icon of another pack or style would be drawn
 * in the fallback font, as an empty box. So every icon the app names, in its FXML and its code, must resolve to a
 * loaded font and a warmed pack.
 */
class IconFontsTest {

    /** Ikonli's literals: a pack prefix, a dash, the icon's name (e.g. mdal-folder, mdmz-refresh). */
    private static final Pattern LITERAL = Pattern.compile("\"(md[a-z]{1,4}-[a-z0-9_-]+)\"");

    @Test
    void everyIconTheAppNamesIsDrawnWithALoadedFont() throws IOException {
        TreeSet<String> literals = literalsIn(Path.of("src/main"));
        assertThat(literals).as("the app's icon literals").hasSizeGreaterThan(5);
        List<IkonHandler> handlers = new ArrayList<>();
        ServiceLoader.load(IkonHandler.class).forEach(handlers::add);
        for (String literal : literals) {
            IkonHandler handler = handlers.stream().filter(h -> h.supports(literal)).findFirst().orElse(null);
            assertThat(handler).as("an icon pack for %s", literal).isNotNull();
            assertThat(IconFonts.used(handler)).as("%s is drawn with %s, which IconFonts does not load", literal,
                    handler.getFontFamily()).isTrue();
            // The handler's pack enum is Material2AL for Material2ALIkonHandler, and so on.
            String pack = handler.getClass().getName().replace("IkonHandler", "");
            assertThat(IconFonts.PACKS).as("the pack of %s is warmed", literal).contains(pack);
            assertThat(handler.resolve(literal)).as("%s names an icon of its pack", literal).isNotNull();
        }
    }

    @Test
    void theOtherStylesFontsAreNotLoaded() {
        List<String> skipped = new ArrayList<>();
        ServiceLoader.load(IkonHandler.class).forEach(h -> {
            if (!IconFonts.used(h)) {
                skipped.add(h.getFontFamily());
            }
        });
        assertThat(skipped).as("Material 2's outlined, round and sharp fonts").hasSizeGreaterThanOrEqualTo(3);
    }

    private static TreeSet<String> literalsIn(Path root) throws IOException {
        TreeSet<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".fxml")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }
}
