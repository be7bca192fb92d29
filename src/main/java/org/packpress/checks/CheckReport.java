package org.packpress.checks;

import java.util.List;
import org.packpress.model.Finding;

/**
 * What a run of the checks found, as the {@code check --json} command and the REST API give it (see
 * {@code docs/schema/check-report.schema.json}).
 *
 * @param meeting the meeting checked (yyyy-mm-dd), or null when the whole body was
 */
public record CheckReport(String body, String meeting, int errors, int warnings, List<Finding> findings) {

    public CheckReport {
        findings = List.copyOf(findings);
    }

    public static CheckReport of(String body, String meeting, List<Finding> findings) {
        int errors = (int) findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
        return new CheckReport(body, meeting, errors, findings.size() - errors, findings);
    }
}
