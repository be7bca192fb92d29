package org.packpress.model;

import java.util.Arrays;
import java.util.Optional;

/** The papers PackPress generates from stored data; {@link #id()} is what a meeting file writes as {@code generated:}. */
public enum GeneratedPaperKind {
    MINUTES("minutes"),
    ACTION_TRACKER("action-tracker"),
    KEY_DECISIONS("key-decisions"),
    WORK_PROGRAMME("work-programme");

    private final String id;

    GeneratedPaperKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<GeneratedPaperKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
