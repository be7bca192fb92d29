package org.packpress.checks;

import java.util.List;
import java.util.stream.Collectors;
import org.packpress.common.BuildFailedException;
import org.packpress.model.Finding;

/** What a build does with the checks' findings: errors stop publication, warnings go into the manifest. */
public final class PublicationCheck {

    private PublicationCheck() {
    }

    /**
     * @return the findings (all warnings), for the manifest
     * @throws BuildFailedException naming every error, when there is one
     */
    public static List<Finding> passed(List<Finding> findings, String what) {
        List<Finding> errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new BuildFailedException(what + " is not published: the checks found " + errors.size()
                    + (errors.size() == 1 ? " error" : " errors") + ":\n  "
                    + errors.stream().map(Finding::toString).collect(Collectors.joining("\n  ")));
        }
        return findings;
    }
}
