package org.packpress.model.minutes;

import java.util.List;

/** The progress of a body's actions and its older actions ({@code action-tracker.yaml}). */
public record TrackerProgress(List<TrackerEntry> actions) {

    public TrackerProgress {
        actions = Minutes.copy(actions);
    }
}
