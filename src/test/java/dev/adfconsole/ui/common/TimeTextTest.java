package dev.adfconsole.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeTextTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void agesReadAsOperatorsSayThem() {
        assertThat(TimeText.age(NOW.minusSeconds(2), NOW)).isEqualTo("just now");
        assertThat(TimeText.age(NOW.minusSeconds(42), NOW)).isEqualTo("42 s ago");
        assertThat(TimeText.age(NOW.minusSeconds(5 * 60 + 20), NOW)).isEqualTo("5 min ago");
        assertThat(TimeText.age(NOW.minus(Duration.ofHours(3)), NOW)).isEqualTo("3 h ago");
        assertThat(TimeText.age(NOW.minus(Duration.ofDays(12)), NOW)).isEqualTo("12 days ago");
        assertThat(TimeText.age(NOW.plus(Duration.ofMinutes(5)), NOW)).isEqualTo("in 5 min");
    }

    @Test
    void localTimeCarriesItsAge() {
        assertThat(TimeText.localWithAge(NOW.minusSeconds(300), NOW, ZoneOffset.ofHours(1)))
                .isEqualTo("2026-11-25 10:55:00 (5 min ago)");
        assertThat(TimeText.localWithAge(null, NOW, ZoneOffset.UTC)).isEqualTo("—");
    }

    @Test
    void durationsAreShortAndExact() {
        assertThat(TimeText.duration(Duration.ofMillis(850))).isEqualTo("850 ms");
        assertThat(TimeText.duration(Duration.ofMillis(12_440))).isEqualTo("12.4 s");
        assertThat(TimeText.duration(Duration.ofSeconds(185))).isEqualTo("3 min 05 s");
        assertThat(TimeText.duration(Duration.ofMinutes(121))).isEqualTo("2 h 01 min");
    }
}
