package org.packpress.batch;

import org.packpress.common.FieldPaths;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.packpress.ingest.InputError;
import org.packpress.ingest.InputRejectedException;
import org.packpress.ingest.Problems;
import org.packpress.ingest.StructuredFiles;
import org.springframework.core.io.Resource;

/**
 * Working days in England and Wales, and when an agenda is due for publication. The rules of the regular
 * bank holidays are here: New Year's Day, Good Friday, Easter Monday, the early May, spring and summer bank
 * holidays, Christmas Day and Boxing Day (with substitute days when they fall at a weekend). The one-off
 * changes (jubilees, coronations, state funerals) are data, read from {@code packpress.nightly.one-off-holidays}
 * (the packaged {@code calendar/one-off-bank-holidays.yaml} by default), so an administrator adds the next
 * one without a release.
 */
public final class NightlyCalendar {

    /** The packaged list of one-off holidays. */
    public static final String PACKAGED = "classpath:calendar/one-off-bank-holidays.yaml";

    /**
     * A holiday proclaimed for one year only.
     *
     * @param replaces the regular holiday it moved, which becomes a working day; or null
     */
    public record OneOff(LocalDate date, String name, LocalDate replaces) {
    }

    /** The file of one-off holidays. */
    public record OneOffFile(List<OneOff> holidays) {
    }

    private final Set<LocalDate> oneOff = new TreeSet<>();
    private final Set<LocalDate> movedAway = new TreeSet<>();

    public NightlyCalendar(List<OneOff> oneOffs) {
        oneOffs.forEach(h -> {
            oneOff.add(h.date());
            if (h.replaces() != null) {
                movedAway.add(h.replaces());
            }
        });
    }

    /**
     * Reads the one-off holidays of a file; every problem is reported at once, naming the file and entry.
     *
     * @throws InputRejectedException when the file cannot be read or an entry is wrong
     */
    public static NightlyCalendar read(Resource file) {
        String name = file.getDescription();
        String yaml;
        try {
            yaml = file.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputRejectedException(new InputError(name, null, "cannot be read: " + e.getMessage()));
        }
        OneOffFile read = StructuredFiles.readYaml(yaml, name, OneOffFile.class);
        List<OneOff> holidays = read.holidays() == null ? List.of() : read.holidays();
        Problems problems = new Problems();
        for (int i = 0; i < holidays.size(); i++) {
            OneOff h = holidays.get(i);
            String at = FieldPaths.entry("holidays", i);
            problems.require(h.date(), name, at + ".date");
            problems.require(h.name(), name, at + ".name");
            if (h.replaces() != null && !regularBankHolidays(h.replaces().getYear()).contains(h.replaces())) {
                problems.add(name, at + ".replaces", h.replaces() + " is not a regular bank holiday");
            }
        }
        problems.throwIfAny();
        return new NightlyCalendar(holidays);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays(date.getYear()).contains(date);
    }

    /**
     * The day an agenda must be published for {@code clearDays} clear working days before the meeting:
     * neither that day nor the meeting day counts, so it is the working day before the earliest of the
     * {@code clearDays} working days preceding the meeting.
     */
    public LocalDate publicationDate(LocalDate meeting, int clearDays) {
        LocalDate day = meeting;
        for (int counted = 0; counted <= clearDays; ) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The bank holidays of England and Wales in a year: the regular ones, changed by the one-off list. */
    public Set<LocalDate> bankHolidays(int year) {
        Set<LocalDate> days = regularBankHolidays(year);
        days.removeAll(movedAway);
        oneOff.stream().filter(d -> d.getYear() == year).forEach(days::add);
        return days;
    }

    /** The regular bank holidays of England and Wales in a year, by the rules alone. */
    public static Set<LocalDate> regularBankHolidays(int year) {
        Set<LocalDate> days = new TreeSet<>();
        days.add(substitute(LocalDate.of(year, 1, 1)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.addAll(christmas(year));
        return days;
    }

    /** Christmas Day and Boxing Day, each moved to the next free weekday when it falls at a weekend. */
    private static Set<LocalDate> christmas(int year) {
        LocalDate christmas = LocalDate.of(year, 12, 25);
        LocalDate boxing = LocalDate.of(year, 12, 26);
        Set<LocalDate> days = new TreeSet<>();
        LocalDate first = substitute(christmas);
        days.add(first);
        LocalDate second = substitute(boxing);
        if (!second.isAfter(first)) {
            second = first.plusDays(1);
        }
        days.add(second);
        return days;
    }

    /** A weekend date's substitute: the following Monday. */
    private static LocalDate substitute(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.plusDays(2);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
