package org.packpress.documents;

import java.nio.file.Path;
import org.packpress.model.Audience;
import org.packpress.model.AgendaDocument.GeneratedSource;
import org.packpress.model.AgendaItem;
import org.packpress.model.GeneratedPaperKind;
import org.packpress.model.Body;
import org.packpress.model.Meeting;

/**
 * Generates a paper of an agenda item from data in the store (minutes, the action tracker, key
 * decisions, the work programme). A Spring bean implementing this is found by its {@link #kind()},
 * whose id is what a meeting file writes as {@code generated: <kind>}.
 */
public interface GeneratedPaperProvider {

    GeneratedPaperKind kind();

    /**
     * A hash of the data the paper is made from. The pack build compares it with the previous build's
     * to tell whether the paper changed (and so belongs in a supplement).
     */
    String dataHash(Body body, Meeting meeting, AgendaItem item, GeneratedSource source);

    /**
     * Renders the paper as a PDF into {@code target} (a temporary file the caller owns).
     *
     * @param audience the public pack must never contain exempt information
     * @param appendixLine the line the paper opens with when it is printed as an appendix and the style labels
     *     generated appendices ("Appendix A"), else null
     * @return the number of pages written
     */
    int render(Body body, Meeting meeting, AgendaItem item, GeneratedSource source, Audience audience,
            String appendixLine, Path target);
}
