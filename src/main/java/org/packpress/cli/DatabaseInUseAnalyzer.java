package org.packpress.cli;

import java.sql.SQLException;
import org.packpress.store.EmbeddedDatabaseOwner;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A command started while another process (normally the service) holds the embedded database stops
 * with a message naming that process, instead of H2's lock error (error 90020).
 */
public class DatabaseInUseAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private static final int DATABASE_ALREADY_OPEN = 90020;

    @Override
    protected FailureAnalysis analyze(Throwable root, SQLException cause) {
        if (cause.getErrorCode() != DATABASE_ALREADY_OPEN) {
            return null;
        }
        String holder = EmbeddedDatabaseOwner.ownerFileInMessage(cause.getMessage())
                .flatMap(EmbeddedDatabaseOwner::read).orElse("another PackPress process");
        return new FailureAnalysis("The embedded database is in use by " + holder
                + ". It serves one process at a time.",
                "Stop that process first, or do this through the running service's API or officer page; to run"
                        + " commands and the service side by side, use PostgreSQL (spring.datasource.url).", cause);
    }
}
