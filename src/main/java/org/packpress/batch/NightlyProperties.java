package org.packpress.batch;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code packpress.nightly.*}: when the nightly run starts, how many clear working days before a
 * meeting its agenda is published (by default and per body), how many packs build at once, and
 * whether the run also sends what it built.
 */
@ConfigurationProperties("packpress.nightly")
public record NightlyProperties(String cron, Integer clearDays, Map<String, Integer> bodyClearDays, Integer threads,
        Boolean send) {

    public NightlyProperties {
        cron = cron == null ? "0 30 1 * * *" : cron;
        clearDays = clearDays == null ? 5 : clearDays;
        bodyClearDays = bodyClearDays == null ? Map.of() : Map.copyOf(bodyClearDays);
        threads = threads == null ? 2 : threads;
        send = send != null && send;
    }

    public int clearDaysOf(String body) {
        return bodyClearDays.getOrDefault(body, clearDays);
    }
}
