package org.packpress.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * How the bench's PackPress commands in new JVMs run at one bench size.
 *
 * @param warmUps untimed runs of each command workload: 1 at full size, whose first start after preparing compiles
 *     the layouts into the workload's empty layout cache, so that the timed runs find them there; 0 in the tiny
 *     bench (a quick check)
 * @param layoutCache the layout cache every command uses, or null for the workload's own, empty when prepared. The
 *     tiny bench, having no untimed run, gives its commands the cache of its own process (the layouts W1 compiled):
 *     their one timed run is then what the full bench's timed runs are, a start that finds the layouts compiled
 * @param classPath how a command gets PackPress's classes when the bench does not run from the application jar
 * @param serviceOptions JVM options the service gets after the launcher's: none at full size, where the soak's
 *     service runs as a user starts it. The tiny soak's four builds end long before the full JIT compiler pays for
 *     the CPU it takes (about half of the service's), so its service compiles with C1 only, as a command does; its
 *     memory is read all the same, and judged at full size only
 */
record Commands(int warmUps, Path layoutCache, NewJvm.ClassPath classPath, List<String> serviceOptions) {

    /** C1 only, as the launcher gives a command. */
    static final String QUICK_JIT = "-XX:TieredStopAtLevel=1";

    static Commands of(BenchSize size, String processLayoutCache, NewJvm.ClassPath classPath) {
        boolean tiny = size == BenchSize.TINY;
        return new Commands(size.wholeRunWarmUps(), tiny && !processLayoutCache.equals("none")
                ? Path.of(processLayoutCache) : null, classPath, tiny ? List.of(QUICK_JIT) : List.of());
    }

    /** The commands of a workload whose folder is {@code work}. */
    NewJvm jvm(Path work) {
        return new NewJvm(work, this);
    }
}
