package org.packpress.model;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How the consistency checks treat a body's papers ({@code checks.yaml} of the body folder): which
 * warnings count as errors for this body, so that a pack with them is not published, which agenda
 * titles are declared aliases of the title of their paper, when the body's municipal year starts, and
 * which other job titles of a person are declared (an acting role, a former title).
 *
 * @param errors ids of rules whose warnings this body treats as errors
 * @param aliases agenda item titles declared equal to the title of their paper
 * @param municipalYearStarts the month the body's municipal year (and work programme) starts, e.g. "May"
 *     (the default: the month of a council's annual meeting)
 * @param titles job titles a person may carry in the papers besides the body's data, each with the reason
 */
public record CheckSettings(List<String> errors, List<TitleAlias> aliases, String municipalYearStarts,
        List<NamedTitle> titles) {

    /** The month a municipal year starts when checks.yaml names none. */
    public static final Month DEFAULT_MUNICIPAL_YEAR_START = Month.MAY;

    public static final CheckSettings DEFAULT = new CheckSettings(List.of(), List.of(), null, List.of());

    public CheckSettings {
        errors = errors == null ? List.of() : List.copyOf(errors);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        titles = titles == null ? List.of() : List.copyOf(titles);
    }

    public CheckSettings(List<String> errors, List<TitleAlias> aliases) {
        this(errors, aliases, null, List.of());
    }

    /** An agenda title ("POLICE AND CRIME PANEL WORK PROGRAMME") and the paper title it stands for. */
    public record TitleAlias(String item, String paper) {
    }

    /**
     * A job title of a person that differs from the body's data and is declared, so the checks do not
     * report it: an acting role, or a former title up to the date it changed.
     *
     * @param person the person's id in the body's data
     * @param from the first date (a meeting date) the title is right for, or null for any date before {@code until}
     * @param until the last date it is right for, or null for any date from {@code from}
     * @param reason why it differs ("acting Chief Executive while …", "title until the restructure of …")
     */
    public record NamedTitle(String person, String title, LocalDate from, LocalDate until, String reason) {

        /** Whether the title is declared right for papers of a meeting on {@code date}. */
        public boolean appliesOn(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
        }
    }

    /** The month named by {@link #municipalYearStarts} ("May", "may", "MAY"), if it names one. */
    public static Optional<Month> month(String name) {
        return name == null ? Optional.empty() : Arrays.stream(Month.values())
                .filter(m -> m.getDisplayName(TextStyle.FULL, Locale.UK).equalsIgnoreCase(name.trim())).findFirst();
    }

    /** The first month of the body's municipal year. */
    public Month municipalYearFirstMonth() {
        return month(municipalYearStarts).orElse(DEFAULT_MUNICIPAL_YEAR_START);
    }

    /** The declared titles of a person for papers of a meeting on {@code date}. */
    public List<NamedTitle> titlesOf(String person, LocalDate date) {
        return titles.stream().filter(t -> t.person().equals(person) && t.appliesOn(date)).toList();
    }
}
