package org.packpress.batch;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Starts the nightly run while the service runs ({@code serve}), at {@code packpress.nightly.cron}
 * ("-" switches it off). The command line runs it with {@code nightly}.
 */
@Configuration
@EnableScheduling
@ConditionalOnWebApplication
public class NightlySchedule {

    private static final Logger LOG = LoggerFactory.getLogger(NightlySchedule.class);

    private final NightlyRunner runner;

    public NightlySchedule(NightlyRunner runner) {
        this.runner = runner;
    }

    @Scheduled(cron = "${packpress.nightly.cron:0 30 1 * * *}")
    public void runToday() {
        try {
            NightlyRunner.Outcome outcome = runner.run(LocalDate.now());
            LOG.info("nightly run: {}", outcome.alreadyCompleted() ? "already completed" : "built " + outcome.built());
        } catch (RuntimeException e) {
            LOG.error("nightly run failed: {}", e.getMessage(), e);
        }
    }
}
