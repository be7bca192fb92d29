package org.packpress.bench;

import java.nio.file.Path;

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
 */
record Commands(int warmUps, Path layoutCache, NewJvm.ClassPath classPath) {

    static Commands of(BenchSize size, String processLayoutCache, NewJvm.ClassPath classPath) {
        boolean tiny = size == BenchSize.TINY;
        return new Commands(size.wholeRunWarmUps(), tiny && !processLayoutCache.equals("none")
                ? Path.of(processLayoutCache) : null, classPath);
    }

    /** The commands of a workload whose folder is {@code work}. */
    NewJvm jvm(Path work) {
        return new NewJvm(work, layoutCache == null ? work.resolve("layouts") : layoutCache, classPath);
    }
}
