package org.packpress.ingest.minutes;

import org.packpress.common.FieldPaths;

import java.util.HashMap;
import java.util.Map;
import org.packpress.ingest.Problems;
import org.packpress.model.Body;
import org.packpress.model.CheckSettings;
import org.packpress.model.minutes.KeyDecision;
import org.packpress.model.minutes.KeyDecisions;
import org.packpress.model.minutes.WorkProgramme;

/** Checks {@code key-decisions.yaml}, {@code work-programme.yaml} and {@code checks.yaml}. */
final class PaperDataChecks {

    private PaperDataChecks() {
    }

    static void checkKeyDecisions(KeyDecisions decisions, String file, Problems problems) {
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < decisions.decisions().size(); i++) {
            KeyDecision d = decisions.decisions().get(i);
            String at = FieldPaths.entry("decisions", i);
            if (d.number() == null || !d.number().matches("[0-9]{3}-[0-9]{4}")) {
                problems.add(file, at + ".number", d.number() == null ? "is required"
                        : "'" + d.number() + "' is not NNN-yyyy such as 030-2023");
            } else if (seen.putIfAbsent(d.number(), at) != null) {
                problems.add(file, at + ".number", d.number() + " is also listed as " + seen.get(d.number()));
            } else if (d.date() != null && !d.number().endsWith("-" + d.date().getYear())) {
                problems.add(file, at + ".number", d.number() + " does not belong to the year of its date (" + d.date() + ")");
            }
            problems.require(d.date(), file, at + ".date");
            problems.require(d.title(), file, at + ".title");
            problems.require(d.subject(), file, at + ".subject");
            problems.require(d.confidential(), file, at + ".confidential");
        }
    }

    static void checkWorkProgramme(WorkProgramme programme, String file, Problems problems) {
        problems.require(programme.year(), file, "year");
        for (int i = 0; i < programme.items().size(); i++) {
            WorkProgramme.Item item = programme.items().get(i);
            String at = FieldPaths.entry("items", i);
            problems.require(item.date(), file, at + ".date");
            problems.require(item.topic(), file, at + ".topic");
            WorkProgramme.Item before = i == 0 ? null : programme.items().get(i - 1);
            if (before != null && before.date() != null && item.date() != null && item.date().isBefore(before.date())) {
                problems.add(file, at + ".date", item.date() + " is earlier than the item before (" + before.date()
                        + "); list items in date order");
            }
        }
        for (int i = 0; i < programme.menu().size(); i++) {
            problems.require(programme.menu().get(i).topic(), file, FieldPaths.entry("menu", i) + ".topic");
        }
    }

    static void checkSettings(CheckSettings settings, Body body, String file, Problems problems) {
        for (int i = 0; i < settings.errors().size(); i++) {
            problems.require(settings.errors().get(i), file, FieldPaths.entry("errors", i));
        }
        for (int i = 0; i < settings.aliases().size(); i++) {
            problems.require(settings.aliases().get(i).item(), file, FieldPaths.entry("aliases", i) + ".item");
            problems.require(settings.aliases().get(i).paper(), file, FieldPaths.entry("aliases", i) + ".paper");
        }
        if (settings.municipalYearStarts() != null && CheckSettings.month(settings.municipalYearStarts()).isEmpty()) {
            problems.add(file, "municipalYearStarts", "'" + settings.municipalYearStarts()
                    + "' is not a month (write it in full, e.g. May)");
        }
        for (int i = 0; i < settings.titles().size(); i++) {
            CheckSettings.NamedTitle title = settings.titles().get(i);
            String at = FieldPaths.entry("titles", i);
            if (problems.require(title.person(), file, at + ".person")
                    && body.people().stream().noneMatch(p -> p.id().equals(title.person()))) {
                problems.add(file, at + ".person", "'" + title.person() + "' is not a person of " + body.id());
            }
            problems.require(title.title(), file, at + ".title");
            problems.require(title.reason(), file, at + ".reason");
            if (title.from() != null && title.until() != null && title.until().isBefore(title.from())) {
                problems.add(file, at + ".until", title.until() + " is before from (" + title.from() + ")");
            }
        }
    }
}
