package org.packpress.ingest.agenda;

import org.packpress.common.FieldPaths;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.packpress.ingest.Problems;
import org.packpress.model.Body;
import org.packpress.model.Body.BodyKind;
import org.packpress.model.Membership;
import org.packpress.model.Membership.MemberType;
import org.packpress.model.Person;
import org.packpress.model.style.HouseStyle;

/** Turns a parsed {@code body.yaml} into a {@link Body}, reporting every problem. */
final class BodyFileReader {

    private BodyFileReader() {
    }

    static Body toBody(BodyFile file, String name, Problems problems) {
        problems.require(file.id(), name, "id");
        problems.require(file.name(), name, "name");
        if (file.id() != null && !file.id().matches("[a-z0-9][a-z0-9-]{0,39}")) {
            problems.add(name, "id", "'" + file.id() + "' must be lower-case letters, digits and '-' (at most 40)");
        }
        BodyKind kind = BodyKind.PANEL;
        if (file.kind() != null) {
            kind = Enums.parse(BodyKind.class, file.kind(), name, "kind", problems);
        }
        List<Person> people = people(file, name, problems);
        List<Membership> memberships = memberships(file, name, people, problems);
        Map<String, String> blocks = file.textBlocks() == null ? Map.of() : file.textBlocks();
        StyleChecks.blockLanguages(blocks, "textBlocks", name, problems);
        List<HouseStyle> styles = file.styles() == null ? List.of() : file.styles();
        checkStyles(styles, kind, name, problems);
        return new Body(file.id(), file.name(), file.shortName(), kind, file.website(), file.email(), file.phone(),
                blocks, people, memberships, styles);
    }

    private static List<Person> people(BodyFile file, String name, Problems problems) {
        List<Person> people = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<BodyFile.PersonEntry> entries = file.people() == null ? List.of() : file.people();
        for (int i = 0; i < entries.size(); i++) {
            BodyFile.PersonEntry p = entries.get(i);
            String at = FieldPaths.entry("people", i);
            problems.require(p.id(), name, at + ".id");
            problems.require(p.givenName(), name, at + ".givenName");
            problems.require(p.familyName(), name, at + ".familyName");
            if (p.id() != null && !ids.add(p.id())) {
                problems.add(name, at + ".id", "'" + p.id() + "' is used by another person");
            }
            people.add(new Person(p.id(), p.prefix(), p.givenName(), p.familyName(), p.jobTitle(),
                    p.organisation(), p.abbreviation(), p.postNominals(), p.email(), p.phone()));
        }
        return people;
    }

    private static List<Membership> memberships(BodyFile file, String name, List<Person> people, Problems problems) {
        Set<String> ids = new HashSet<>();
        people.forEach(p -> ids.add(p.id()));
        List<Membership> memberships = new ArrayList<>();
        List<BodyFile.MembershipEntry> entries = file.memberships() == null ? List.of() : file.memberships();
        for (int i = 0; i < entries.size(); i++) {
            BodyFile.MembershipEntry m = entries.get(i);
            String at = FieldPaths.entry("memberships", i);
            if (m.person() == null || !ids.contains(m.person())) {
                problems.add(name, at + ".person", m.person() == null ? "is required"
                        : "'" + m.person() + "' is not a person of this body");
            }
            MemberType type = m.type() == null ? MemberType.MEMBER
                    : Enums.parse(MemberType.class, m.type(), name, at + ".type", problems);
            if (m.from() == null) {
                problems.add(name, at + ".from", "is required");
            } else if (m.to() != null && m.to().isBefore(m.from())) {
                problems.add(name, at + ".to", m.to() + " is before the start of the membership (" + m.from() + ")");
            }
            memberships.add(new Membership(m.person(), type, m.authority(), m.role(), m.from(), m.to()));
        }
        return memberships;
    }

    /**
     * At most one style without a date, no two from the same date, and patterns, templates and a minute numbering
     * that work for a body of this kind.
     */
    private static void checkStyles(List<HouseStyle> styles, BodyKind kind, String name, Problems problems) {
        Set<LocalDate> dates = new HashSet<>();
        for (int i = 0; i < styles.size(); i++) {
            HouseStyle style = styles.get(i);
            String at = FieldPaths.entry("styles", i);
            LocalDate from = style.effectiveFrom() == null ? LocalDate.MIN : style.effectiveFrom();
            if (!dates.add(from)) {
                problems.add(name, at + ".effectiveFrom", style.effectiveFrom() == null
                        ? "only one style may leave out its effective-from date"
                        : style.effectiveFrom() + " is the date of another style");
            }
            StyleChecks.check(style, kind, at, name, problems);
        }
    }
}
