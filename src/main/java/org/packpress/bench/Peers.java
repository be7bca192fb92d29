package org.packpress.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The programs a user might run instead of PackPress, for the side-by-side workloads: qpdf merging PDFs, and
 * Python scripts kept in {@code bench/peers/} (run from the project folder). A peer that is not installed is
 * reported as such, never replaced by something else.
 */
final class Peers {

    /** The folder of the peer scripts, in the project folder the bench runs from. */
    static final Path SCRIPTS = Path.of("bench/peers");

    private Peers() {
    }

    /** {@code qpdf --empty --pages <pdfs> -- out.pdf}: the same PDFs merged, nothing else. */
    static Workload.Peer qpdf(List<Path> pdfs, Path work) {
        if (!Processes.succeeds(List.of("qpdf", "--version"))) {
            return Workload.Peer.notInstalled("qpdf", "qpdf is not installed (Debian: apt-get install qpdf)");
        }
        return Workload.Peer.of("qpdf", run -> {
            Path out = work.resolve("qpdf-" + run + ".pdf");
            List<String> command = new ArrayList<>(List.of("qpdf", "--empty", "--pages"));
            pdfs.forEach(p -> command.add(p.toString()));
            command.addAll(List.of("--", out.toString()));
            Processes.run(command, Map.of(), work.resolve("qpdf.log"));
            PackBuilds.deleteRecursively(out);
        });
    }

    /**
     * A script of {@code bench/peers/} run by a Python 3 that has the module it needs ({@code module}, or null
     * for the standard library alone): the first of {@code python3} and Debian's {@code /usr/bin/python3} that
     * imports it.
     *
     * @param arguments the script's arguments for one run
     */
    static Workload.Peer python(String name, String script, String module, Path work,
            IntFunction<List<String>> arguments) {
        Path file = SCRIPTS.resolve(script);
        if (!Files.isRegularFile(file)) {
            return Workload.Peer.notInstalled(name, file + " is not here: run the bench from the project folder");
        }
        String python = List.of("python3", "/usr/bin/python3").stream()
                .filter(p -> Processes.succeeds(List.of(p, "-c", module == null ? "pass" : "import " + module)))
                .findFirst().orElse(null);
        if (python == null) {
            return Workload.Peer.notInstalled(name, "no python3 with " + (module == null ? "its standard library"
                    : module + " (Debian: apt-get install python3-" + module + ")"));
        }
        return Workload.Peer.of(name, run -> {
            List<String> command = new ArrayList<>(List.of(python, file.toString()));
            command.addAll(arguments.apply(run));
            Processes.run(command, Map.of(), work.resolve(script + ".log"));
        });
    }
}
