package org.packpress.common;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Processes on this host, as PackPress tells whether the one that left some work behind still runs: by host, pid
 * namespace, pid and the pid's start time (a pid reused by a later program is not the same process).
 */
public final class LocalProcesses {

    /** This host's name. */
    public static final String HOST = hostName();
    /** Linux: this process's pid namespace (containers on one host each have their own pids); null elsewhere. */
    public static final String PID_NAMESPACE = pidNamespace();

    private LocalProcesses() {
    }

    /** When this process started (epoch ms), if the system says. */
    public static Long selfStarted() {
        return ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(null);
    }

    /** Whether a process with this pid runs and is the one that started at {@code started} (epoch ms). */
    public static boolean runs(long pid, Long started) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(h -> started == null
                || h.info().startInstant().map(i -> Math.abs(i.toEpochMilli() - started) < 2_000).orElse(true))
                .orElse(false);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("localhost");
        }
    }

    private static String pidNamespace() {
        try {
            return Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null; // not Linux, or /proc hidden: pids are then compared without a namespace
        }
    }
}
