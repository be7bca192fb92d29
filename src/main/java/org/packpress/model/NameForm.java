package org.packpress.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How a person's given names are written where a house style names members: in full, or as initials. The one home of
 * the rule, read by {@link Person#displayName(NameForm)}; the minutes' attendance and the front sheet's list of members
 * choose it in their house style ({@code minutes.names}, {@code frontSheet.membership.names}).
 */
public enum NameForm {
    /** "Ruth", "Mary-Ann Jo": as stored */
    FULL,
    /** "R", "M-A J": each given name's first letter, a hyphenated name's parts each, no full stops */
    INITIALS,
    /** "R.", "M.-A. J.": as {@link #INITIALS}, each letter followed by a full stop */
    INITIALS_WITH_FULL_STOPS;

    /** The given names in this form; blank given names stay as they are. */
    public String given(String givenNames) {
        if (this == FULL || givenNames == null || givenNames.isBlank()) {
            return givenNames;
        }
        return Arrays.stream(givenNames.trim().split("\\s+")).map(this::initials).collect(Collectors.joining(" "));
    }

    /** "M-A" of "Mary-Ann": the first letter of each part of a hyphenated name, joined by its hyphens. */
    private String initials(String name) {
        return Arrays.stream(name.split("-")).filter(part -> !part.isEmpty())
                .map(part -> part.substring(0, part.offsetByCodePoints(0, 1)) + (this == INITIALS ? "" : "."))
                .collect(Collectors.joining("-"));
    }
}
