package org.packpress.ingest.performance;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.packpress.model.performance.Observation;

/**
 * Which file (and line) gives each observation of a plan during one import: the stored ones of files not
 * being imported again, then each new one as it is read. An observation may be given once only.
 */
final class GivenObservations {

    private record Source(String file, String position) {
    }

    private final Map<String, Source> given = new HashMap<>();

    /**
     * @param stored the file each stored observation of the plan came from, by {@link Observation#key()}
     * @param importing the files being imported now, which replace their own stored observations
     */
    GivenObservations(Map<String, String> stored, Collection<String> importing) {
        stored.forEach((key, file) -> {
            if (!importing.contains(file)) {
                given.put(key, new Source(file, null));
            }
        });
    }

    /**
     * Records that a file gives an observation.
     *
     * @param position where in the file ("line 12"), or null for an observation counted from many rows
     * @return null if it was not given before; otherwise why it is rejected
     */
    String claim(Observation o, String file, String position) {
        Source earlier = given.putIfAbsent(o.key(), new Source(file, position));
        if (earlier == null) {
            return null;
        }
        String what = "indicator " + o.indicator() + ", " + o.measure() + ", " + o.area() + ", " + o.period().label();
        if (earlier.file().equals(file) && earlier.position() != null) {
            return "duplicate observation: " + earlier.position() + " already gives " + what;
        }
        return "duplicate observation: " + (position == null ? "" : what + " is ") + "already given by "
                + earlier.file() + (earlier.position() == null ? "" : " (" + earlier.position() + ")");
    }
}
