package org.packpress.checks;

import org.packpress.model.Finding;
import org.packpress.model.Finding.Severity;

/**
 * One consistency rule over a body's papers. Each rule is a Spring bean in {@code checks.rules}; the
 * {@link ChecksEngine} runs every rule on what a build or the {@code check} command looks at.
 */
public abstract class CheckRule {

    private final String id;
    private final Severity severity;
    private final String explanation;

    protected CheckRule(String id, Severity severity, String explanation) {
        this.id = id;
        this.severity = severity;
        this.explanation = explanation;
    }

    /** The rule's id, e.g. {@code tracker.scheduled-meeting}; a body's {@code checks.yaml} names rules by it. */
    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** What the rule checks and why, shown beside each finding. */
    public String explanation() {
        return explanation;
    }

    /** Reports every breach of the rule in the papers of {@code subject}. */
    public abstract void check(Subject subject, Sink findings);

    /** Where a rule reports what it found; each finding carries the rule's id, severity and explanation. */
    public interface Sink {
        void add(String document, String location, String field, String message);
    }

    Finding finding(String document, String location, String field, String message) {
        return new Finding(id, severity, document, location, field, message, explanation);
    }
}
