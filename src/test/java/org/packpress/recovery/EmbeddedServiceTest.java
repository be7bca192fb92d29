package org.packpress.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.testing.ChildProcessTest;
import org.packpress.testing.ForkedPackPress;

/**
 * Acceptance (issue 12, transport): the service on the embedded database listens on its web port and
 * on no other TCP port (no H2 server), and a command started meanwhile stops with a message naming the
 * service that holds the database, not a lock error.
 */
@ChildProcessTest
class EmbeddedServiceTest {

    @Test
    void theServiceListensOnlyOnItsWebPortAndACommandMeanwhileNamesIt(@TempDir Path temp) throws Exception {
        ForkedPackPress packpress = new ForkedPackPress(temp);
        Process service = packpress.start("-Dserver.port=0", "-Dserver.address=127.0.0.1", "-Dpackpress.nightly.cron=-",
                "serve");
        try {
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(3);
            while (!packpress.output().contains("PackPress is serving")) {
                assertThat(service.isAlive()).as(packpress.output()).isTrue();
                assertThat(System.nanoTime()).as("the service did not start").isLessThan(deadline);
                Thread.sleep(100);
            }
            Set<Integer> ports = listeningPorts(service.pid());
            assertThat(ports).as("TCP ports the service listens on").hasSize(1);

            ForkedPackPress.Finished command = packpress.run("jobs");
            assertThat(command.exitCode()).isNotZero();
            assertThat(command.output()).contains("The embedded database is in use by pid " + service.pid() + " on host ")
                    .contains("(serve)").doesNotContain("\tat ");
        } finally {
            service.destroy();
            service.waitFor();
        }
    }

    /** The TCP ports on which the process has listening sockets (Linux: its socket fds in /proc/net/tcp*). */
    private static Set<Integer> listeningPorts(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException gone) {
                    // closed meanwhile
                }
            }
        }
        Set<Integer> ports = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file); // read once: other processes' sockets come and go
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (f[3].equals("0A") && inodes.contains(f[9])) { // 0A: LISTEN
                    ports.add(Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16));
                }
            }
        }
        return ports;
    }
}
