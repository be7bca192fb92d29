package org.packpress.model;

import java.util.List;
import java.util.Map;

/**
 * A panel or board that publishes papers.
 *
 * @param id the folder and URL name, e.g. {@code wm-pcp}
 * @param kind selects the house styles (panel or board)
 * @param textBlocks standard wording that this body overrides in its {@code body.yaml}, by key
 */
public record Body(String id, String name, String shortName, BodyKind kind, String website, String email,
        String phone, Map<String, String> textBlocks, List<Person> people, List<Membership> memberships) {

    public Body {
        textBlocks = Map.copyOf(textBlocks);
        people = List.copyOf(people);
        memberships = List.copyOf(memberships);
    }

    public enum BodyKind {
        PANEL, BOARD
    }
}
