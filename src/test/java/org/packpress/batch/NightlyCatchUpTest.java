package org.packpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * A service that starts after today's nightly time (stopped then, or killed during the run) runs today's run at
 * once; one that starts before it waits for the schedule; a schedule switched off never runs.
 */
class NightlyCatchUpTest {

    private static final String AT_HALF_PAST_ONE = "0 30 1 * * *";

    @Test
    void aServiceStartedAfterTodaysTimeRunsTodaysRun() {
        assertThat(NightlySchedule.missedToday(AT_HALF_PAST_ONE, LocalDateTime.of(2024, 1, 5, 9, 0))).isTrue();
        assertThat(NightlySchedule.missedToday(AT_HALF_PAST_ONE, LocalDateTime.of(2024, 1, 5, 1, 30))).isTrue();
        assertThat(NightlySchedule.missedToday(AT_HALF_PAST_ONE, LocalDateTime.of(2024, 1, 5, 1, 0))).isFalse();
        assertThat(NightlySchedule.missedToday("-", LocalDateTime.of(2024, 1, 5, 9, 0))).isFalse();
    }
}
