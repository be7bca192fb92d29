package org.packpress.model.performance;

import java.util.List;

/**
 * A force, England and Wales, a local policing area or NPU, or a category ("DA", "CSE"): whatever an
 * observation is about. {@code inSentence} is how generated sentences name it ("the West Midlands").
 */
public record Area(String id, String name, String inSentence, String kind, List<String> aliases) {

    public Area {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public String sentenceName() {
        return inSentence == null || inSentence.isBlank() ? name : inSentence;
    }
}
