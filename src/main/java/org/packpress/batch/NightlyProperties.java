package org.packpress.batch;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code packpress.nightly.*}: when the nightly run starts, how many clear working days before a
 * meeting its agenda is published (by default and per body), how many packs build at once, and
 * whether the run also sends what it built.
 *
 * @param cron when the nightly run starts while {@code serve} runs; "-" switches the schedule off
 * @param clearDays agendas are published this many clear working days before the meeting
 * @param bodyClearDays the same per body, e.g. {@code wm-pcp: 5}
 * @param threads packs built at once
 * @param send whether the run also sends what it built to the distribution lists
 * @param oneOffHolidays the file of one-off bank holidays (jubilees, coronations), read at start-up;
 *     by default the packaged {@code calendar/one-off-bank-holidays.yaml}
 */
@ConfigurationProperties("packpress.nightly")
public record NightlyProperties(String cron, Integer clearDays, Map<String, Integer> bodyClearDays, Integer threads,
        Boolean send, String oneOffHolidays) {

    public NightlyProperties {
        cron = cron == null ? "0 30 1 * * *" : cron;
        clearDays = clearDays == null ? 5 : clearDays;
        bodyClearDays = bodyClearDays == null ? Map.of() : Map.copyOf(bodyClearDays);
        threads = threads == null ? 2 : threads;
        send = send != null && send;
        oneOffHolidays = oneOffHolidays == null || oneOffHolidays.isBlank() ? NightlyCalendar.PACKAGED : oneOffHolidays;
    }

    public int clearDaysOf(String body) {
        return bodyClearDays.getOrDefault(body, clearDays);
    }
}
