package org.packpress.model.performance;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of areas an indicator is compared within: the home force, its peers (most similar forces and
 * others) and the national benchmark, which is shown but not ranked.
 */
public record ComparatorGroup(String id, String name, String inSentence, String home, String national,
        List<String> peers) {

    public ComparatorGroup {
        peers = List.copyOf(peers);
    }

    /** The areas that are ranked: the home area first, then its peers. */
    public List<String> ranked() {
        List<String> all = new ArrayList<>();
        all.add(home);
        all.addAll(peers);
        return all;
    }
}
