package org.packpress.checks;

import java.util.List;

/**
 * The annual-report reviews a body's store can build, each with what it states about the figures, for the
 * performance checks of {@code check <body>}. The review builder (a later layer) provides it; without it
 * (a context with no document builders) no review is checked.
 */
public interface AnnualReviews {

    List<Subject.Review> reviews(String bodyId);
}
