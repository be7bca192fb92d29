package org.packpress.model.minutes;

import java.util.List;

/** The Commissioner's key decisions a body receives ({@code key-decisions.yaml}). */
public record KeyDecisions(List<KeyDecision> decisions) {

    public KeyDecisions {
        decisions = Minutes.copy(decisions);
    }
}
