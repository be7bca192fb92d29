package org.packpress.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.packpress.model.style.HouseStyle;

/**
 * A panel or board that publishes papers.
 *
 * @param id the folder and URL name, e.g. {@code wm-pcp}
 * @param kind selects the house styles (panel or board)
 * @param textBlocks standard wording that this body overrides in its {@code body.yaml}, by key
 * @param styles the body's house styles, each from its effective-from date
 */
public record Body(String id, String name, String shortName, BodyKind kind, String website, String email,
        String phone, Map<String, String> textBlocks, List<Person> people, List<Membership> memberships,
        List<HouseStyle> styles) {

    public Body {
        textBlocks = Map.copyOf(textBlocks);
        people = List.copyOf(people);
        memberships = List.copyOf(memberships);
        styles = styles == null ? List.of() : List.copyOf(styles);
    }

    /** The house style in force on a date: the latest one starting on or before it, else the default. */
    public HouseStyle style(LocalDate date) {
        return styles.stream().filter(s -> s.startsOnOrBefore(date))
                .max(Comparator.comparing(s -> s.effectiveFrom() == null ? LocalDate.MIN : s.effectiveFrom()))
                .orElse(HouseStyle.DEFAULT);
    }

    /** This body as its papers of a date see it: the text blocks of the style in force override its own. */
    public Body asOn(LocalDate date) {
        Map<String, String> blocks = new HashMap<>(textBlocks);
        blocks.putAll(style(date).textBlocks());
        return new Body(id, name, shortName, kind, website, email, phone, blocks, people, memberships, styles);
    }

    public Person person(String personId) {
        return people.stream().filter(p -> p.id().equals(personId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No person " + personId + " in " + id));
    }

    /**
     * How many persons are members of the body on a date: its appointed and independent members, not a substitute of
     * the day (the number a Police and Crime Panel's two-thirds majority is taken of).
     */
    public int memberCount(LocalDate date) {
        return (int) memberships.stream().filter(m -> m.activeOn(date) && m.type() != Membership.MemberType.SUBSTITUTE)
                .map(Membership::personId).distinct().count();
    }

    public enum BodyKind {
        PANEL, BOARD
    }
}
