package org.packpress.batch;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;

/**
 * Starts the nightly run while the service runs ({@code serve}), at {@code packpress.nightly.cron}
 * ("-" switches it off). The command line runs it with {@code nightly}. A service that starts after today's
 * time (it was stopped then, or killed during the run) runs today's run at once, in the background: a killed run
 * resumes where it stopped, a completed one does nothing, so packs due today are not a night late.
 */
@Configuration
@EnableScheduling
@ConditionalOnWebApplication
public class NightlySchedule {

    private static final Logger LOG = LoggerFactory.getLogger(NightlySchedule.class);

    private final NightlyRunner runner;
    private final String cron;

    public NightlySchedule(NightlyRunner runner, @Value("${packpress.nightly.cron:0 30 1 * * *}") String cron) {
        this.runner = runner;
        this.cron = cron;
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

    /** On start, before `serve` settles to wait (it never returns, so the ready event never comes). */
    @EventListener(ApplicationStartedEvent.class)
    void catchUp() {
        if (missedToday(cron, LocalDateTime.now())) {
            Thread run = new Thread(this::runToday, "nightly-catch-up");
            run.setDaemon(true);
            run.start();
        }
    }

    /** Whether today's scheduled time has passed (and so today's run may have been missed); never when switched off. */
    static boolean missedToday(String cron, LocalDateTime now) {
        if (Scheduled.CRON_DISABLED.equals(cron)) {
            return false;
        }
        LocalDateTime first = CronExpression.parse(cron).next(now.toLocalDate().atStartOfDay().minusNanos(1));
        return first != null && !first.isAfter(now);
    }
}
