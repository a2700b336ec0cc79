package dev.adfconsole.service.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pace the watch list keeps: a round of at least 30 s, never more than two calls a second in all. */
class WatchPollerTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final WatchPoller poller = new WatchPoller(scheduler, Clock.systemUTC(), event -> { });

    @AfterEach
    void stop() {
        poller.close();
        scheduler.shutdownNow();
    }

    @Test
    void fewItemsShareTheMinimumRoundAndManyAreHeldToTheCallRate() {
        // 10 items: one every 3 s, each item every 30 s.
        assertThat(poller.spacing(10)).isEqualTo(Duration.ofSeconds(3));
        // 200 items: the rate decides, one call every 500 ms (a fifth of ARM's 10 writes a second), a round of 100 s.
        assertThat(poller.spacing(200)).isEqualTo(Duration.ofMillis(500));
        assertThat(1000.0 / poller.spacing(5000).toMillis()).isLessThanOrEqualTo(WatchPoller.CALLS_PER_SECOND);
    }

    @Test
    void nothingWatchedMeansNothingScheduled() {
        assertThat(poller.paused()).isTrue();
        poller.watch(List.of());
        assertThat(poller.paused()).isTrue();
        assertThat(poller.describe()).isEqualTo("Nothing watched: polling paused.");
        assertThat(poller.callsSent()).isZero();
    }
}
