package org.packpress.ingest.minutes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.packpress.ingest.BodyFolder;
import org.packpress.ingest.ImportSummary;
import org.packpress.ingest.InputError;
import org.packpress.ingest.InputImporter;
import org.packpress.ingest.InputRejectedException;
import org.packpress.ingest.Problems;
import org.packpress.ingest.StructuredFiles;
import org.packpress.model.Body;
import org.packpress.model.CheckSettings;
import org.packpress.model.minutes.KeyDecisions;
import org.packpress.model.minutes.MinuteContinuity;
import org.packpress.model.minutes.MinuteNumbers;
import org.packpress.model.minutes.Minutes;
import org.packpress.model.minutes.TrackerProgress;
import org.packpress.model.minutes.WorkProgramme;
import org.packpress.common.Hashes;
import org.packpress.store.BodyRepository;
import org.packpress.store.MeetingRepository;
import org.packpress.store.minutes.MinutesRepository;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Imports a body's minutes ({@code minutes/<yyyy-mm-dd>.yaml}), the progress of its actions
 * ({@code action-tracker.yaml}), the key decisions it receives ({@code key-decisions.yaml}) and its
 * work programme ({@code work-programme.yaml}); JSON with the same schema too. Runs after the agenda
 * importer, so the body and meetings of the same import are in the store. Everything is checked
 * before anything is stored; an unchanged file (same hash) is skipped.
 */
@Component
@Order(10)
public class MinutesImporter implements InputImporter {

    private static final String EXT = "\\.(yaml|yml|json)";

    private final BodyRepository bodies;
    private final MeetingRepository meetings;
    private final MinutesRepository store;

    public MinutesImporter(BodyRepository bodies, MeetingRepository meetings, MinutesRepository store) {
        this.bodies = bodies;
        this.meetings = meetings;
        this.store = store;
    }

    @Override
    public boolean accepts(String relativePath) {
        return relativePath.matches("minutes/[^/]+" + EXT)
                || relativePath.matches("(action-tracker|key-decisions|work-programme|checks)" + EXT)
                || BodyFolder.BODY_FILE_NAMES.contains(relativePath); // its minute numbering, against the stored minutes
    }

    /** A parsed file waiting to be stored. */
    private record Read<T>(String name, T value, String hash) {
    }

    @Override
    public ImportSummary importFiles(Path bodyFolder, List<String> files) {
        return importFiles(bodyFolder, files, Set.of());
    }

    @Override
    public ImportSummary importFiles(Path bodyFolder, List<String> files, Set<String> rejected) {
        BodyFolder folder = new BodyFolder(bodyFolder);
        String bodyFile = files.stream().filter(BodyFolder.BODY_FILE_NAMES::contains).findFirst().orElse(null);
        files = files.stream().filter(name -> !name.equals(bodyFile)).toList();
        if (files.isEmpty() && rejected.contains(bodyFile)) {
            return new ImportSummary(List.of()); // the body file's own problems are listed
        }
        Body body = body(folder, files.isEmpty() ? List.of(bodyFile) : files, rejected);
        Problems problems = new Problems();
        TreeMap<LocalDate, Read<Minutes>> minutes = new TreeMap<>();
        Read<TrackerProgress> tracker = null;
        Read<KeyDecisions> decisions = null;
        Read<WorkProgramme> programme = null;
        Read<CheckSettings> settings = null;
        for (String name : files) {
            Path file = folder.root().resolve(name);
            String hash = Hashes.sha256(bytes(file, name));
            if (name.startsWith("minutes/")) {
                readMinutes(body, name, file, hash, minutes, problems, rejected);
            } else if (name.startsWith("action-tracker.")) {
                tracker = read(name, file, hash, TrackerProgress.class, problems);
            } else if (name.startsWith("key-decisions.")) {
                decisions = read(name, file, hash, KeyDecisions.class, problems);
            } else if (name.startsWith("checks.")) {
                settings = read(name, file, hash, CheckSettings.class, problems);
            } else {
                programme = read(name, file, hash, WorkProgramme.class, problems);
            }
        }
        Map<LocalDate, Minutes> all = allMinutes(body, minutes);
        if (minutes.size() == files.stream().filter(name -> name.startsWith("minutes/")).count()) {
            checkContinuity(body, all, minutes, problems); // a file not read would leave a gap of its own
            if (bodyFile != null) {
                checkStoredNumbering(body, bodyFile, all, minutes, problems);
            }
        }
        if (tracker != null) {
            new TrackerChecks(body, tracker.name(), problems).check(tracker.value(), all);
        }
        if (decisions != null) {
            PaperDataChecks.checkKeyDecisions(decisions.value(), decisions.name(), problems);
        }
        if (programme != null) {
            PaperDataChecks.checkWorkProgramme(programme.value(), programme.name(), problems);
        }
        if (settings != null) {
            PaperDataChecks.checkSettings(settings.value(), body, settings.name(), problems);
        }
        problems.throwIfAny();
        return store(body, minutes, tracker, decisions, programme, settings);
    }

    private void readMinutes(Body body, String name, Path file, String hash, Map<LocalDate, Read<Minutes>> minutes,
            Problems problems, Set<String> rejected) {
        LocalDate date = dateOf(name);
        if (date == null) {
            problems.add(name, null, "a minutes file is named after its meeting: minutes/<yyyy-mm-dd>.yaml");
            return;
        }
        if (minutes.containsKey(date)) {
            problems.add(name, null, "the minutes of " + date + " are also in " + minutes.get(date).name());
            return;
        }
        Read<Minutes> read = read(name, file, hash, Minutes.class, problems);
        if (read != null) {
            new MinutesChecks(body, name, problems, rejected).check(read.value(), date,
                    meetings.find(body.id(), date).orElse(null));
            minutes.put(date, read);
        }
    }

    /** Stored minutes with this import's replacing them. */
    private Map<LocalDate, Minutes> allMinutes(Body body, Map<LocalDate, Read<Minutes>> imported) {
        Map<LocalDate, Minutes> all = new TreeMap<>();
        store.allMinutes(body.id()).forEach(m -> all.put(m.meeting(), m));
        imported.forEach((date, read) -> all.put(date, read.value()));
        return all;
    }

    /**
     * Each meeting's first number follows the previous meeting's last (or, for the first minutes held, starts
     * the numbering) unless the minutes state that they continue from meetings not in the store; checked over
     * stored and imported minutes together, reported on the imported file of each broken pair.
     */
    private void checkContinuity(Body body, Map<LocalDate, Minutes> all, Map<LocalDate, Read<Minutes>> imported,
            Problems problems) {
        for (MinuteContinuity.BetweenMeetings gap : MinuteContinuity.betweenMeetings(body,
                MinuteContinuity.ranges(body, all.values()))) {
            Read<Minutes> own = imported.get(gap.meeting());
            Read<Minutes> previous = gap.previousMeeting() == null ? null : imported.get(gap.previousMeeting());
            if (own == null && previous == null) {
                continue;
            }
            String first = MinuteNumbers.format(body, gap.first(), gap.meeting());
            String statement = gap.skipsNumbers() ? "; minutes that continue from meetings not in the store say so"
                    + " (firstNumber: \"" + first + "\")" : "";
            String reason = gap.previousMeeting() == null
                    ? "the minutes of " + gap.meeting() + " start at " + first + ", but no earlier minutes of " + body.id()
                            + " are held"
                    : "the minutes of " + gap.meeting() + " start at " + first + " but the previous meeting ("
                            + gap.previousMeeting() + ") ended at "
                            + MinuteNumbers.format(body, gap.previousLast(), gap.previousMeeting()) + ": expected "
                            + MinuteNumbers.format(body, gap.expected(), gap.meeting());
            problems.add(own != null ? own.name() : previous.name(), own != null ? "items[1].number" : "items",
                    reason + statement);
        }
    }

    /**
     * A body file imported with a minute numbering (a new {@code minutes.numberingYearStarts}, or a dated style that
     * changes it) is checked against the stored minutes it numbers and this import leaves as they are: those it
     * would number otherwise are listed on the body file, to be imported renumbered with it.
     */
    private static void checkStoredNumbering(Body body, String bodyFile, Map<LocalDate, Minutes> all,
            Map<LocalDate, Read<Minutes>> imported, Problems problems) {
        String field = "minutes.numberingYearStarts";
        String remedy = "; import those minutes renumbered with it";
        all.values().stream().filter(m -> !imported.containsKey(m.meeting())).forEach(stored -> stored.items().stream()
                .filter(item -> MinuteNumbers.sequence(body, item.number(), stored.meeting()) < 0).findFirst()
                .ifPresent(item -> problems.add(bodyFile, field, "the stored minutes of " + stored.meeting()
                        + " number an item " + item.number() + ", which its minute numbering writes as "
                        + MinuteNumbers.expectedForm(body, stored.meeting()) + remedy)));
        for (MinuteContinuity.BetweenMeetings gap : MinuteContinuity.betweenMeetings(body,
                MinuteContinuity.ranges(body, all.values()))) {
            if (!imported.containsKey(gap.meeting()) && (gap.previousMeeting() == null
                    || !imported.containsKey(gap.previousMeeting()))) {
                problems.add(bodyFile, field, "under its minute numbering the stored minutes of " + gap.meeting()
                        + " would start at " + MinuteNumbers.format(body, gap.expected(), gap.meeting())
                        + ", but they start at " + MinuteNumbers.format(body, gap.first(), gap.meeting()) + remedy);
            }
        }
    }

    private ImportSummary store(Body body, Map<LocalDate, Read<Minutes>> minutes, Read<TrackerProgress> tracker,
            Read<KeyDecisions> decisions, Read<WorkProgramme> programme, Read<CheckSettings> settings) {
        List<String> lines = new ArrayList<>();
        minutes.forEach((date, read) -> {
            if (store.minutesHash(body.id(), date).filter(read.hash()::equals).isPresent()) {
                lines.add(read.name() + ": minutes of " + date + " unchanged");
                return;
            }
            int[] range = MinuteNumbers.range(body, read.value());
            store.saveMinutes(body.id(), read.value(), range[0], range[1], read.name(), read.hash());
            lines.add(read.name() + ": minutes of " + date + " stored (" + read.value().items().get(0).number() + " to "
                    + read.value().items().get(read.value().items().size() - 1).number() + ")");
        });
        Map<String, Read<?>> paperData = new LinkedHashMap<>();
        paperData.put(MinutesRepository.ACTION_TRACKER, tracker);
        paperData.put(MinutesRepository.KEY_DECISIONS, decisions);
        paperData.put(MinutesRepository.WORK_PROGRAMME, programme);
        paperData.put(MinutesRepository.CHECK_SETTINGS, settings);
        paperData.forEach((kind, read) -> {
            if (read == null) {
                return;
            }
            if (store.paperDataHash(body.id(), kind).filter(read.hash()::equals).isPresent()) {
                lines.add(read.name() + ": " + kind + " unchanged");
            } else {
                store.savePaperData(body.id(), kind, read.value(), read.name(), read.hash());
                lines.add(read.name() + ": " + kind + " stored");
            }
        });
        return new ImportSummary(lines);
    }

    private static <T> Read<T> read(String name, Path file, String hash, Class<T> type, Problems problems) {
        T value = StructuredFiles.read(file, name, type, problems);
        return value == null ? null : new Read<>(name, value, hash);
    }

    private static LocalDate dateOf(String name) {
        String base = name.substring(name.indexOf('/') + 1).replaceFirst(EXT + "$", "");
        try {
            return LocalDate.parse(base);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The body this folder describes, as the agenda importer stored it. When this import rejected its body file, each
     * of the files says that it waits for it (the body file's own problems are listed already).
     */
    private Body body(BodyFolder folder, List<String> files, Set<String> rejected) {
        String bodyFile = BodyFolder.BODY_FILE_NAMES.stream().filter(n -> Files.isRegularFile(folder.root().resolve(n)))
                .findFirst().orElseThrow(() -> new InputRejectedException(new InputError(folder.root().toString(), null,
                        "a body folder needs a body.yaml")));
        if (rejected.contains(bodyFile)) {
            throw new InputRejectedException(files.stream().map(name -> new InputError(name, null,
                    "not checked: it is checked against " + bodyFile + ", which was rejected")).toList());
        }
        String id = StructuredFiles.readTree(folder.root().resolve(bodyFile), bodyFile).path("id").asText(null);
        return bodies.find(id == null ? "" : id).orElseThrow(() -> new InputRejectedException(
                new InputError(bodyFile, "id", "the body '" + id + "' is not in the store; import its body.yaml too")));
    }

    private static byte[] bytes(Path file, String name) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputRejectedException(new InputError(name, null, "cannot be read: " + e.getMessage()));
        }
    }
}
