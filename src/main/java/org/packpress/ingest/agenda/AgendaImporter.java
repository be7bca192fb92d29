package org.packpress.ingest.agenda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.packpress.ingest.BodyFolder;
import org.packpress.ingest.ImportSummary;
import org.packpress.ingest.InputError;
import org.packpress.ingest.InputImporter;
import org.packpress.ingest.InputRejectedException;
import org.packpress.ingest.Problems;
import org.packpress.ingest.StructuredFiles;
import org.packpress.ingest.scan.ScannedPapers;
import org.packpress.ingest.word.WordPapers;
import org.packpress.model.Body;
import org.packpress.model.ItemNumbers;
import org.packpress.model.Meeting;
import org.packpress.common.Hashes;
import org.packpress.store.BlobStore;
import org.packpress.store.BodyRepository;
import org.packpress.store.MeetingRepository;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Imports {@code body.yaml} and {@code meetings/*.yaml} (or JSON) of a body folder, with the reports
 * and attachments the meetings refer to. A file whose content (and referenced files) is unchanged is
 * skipped, so importing twice changes nothing.
 */
@Component
@Order(0)
public class AgendaImporter implements InputImporter {

    private final BodyRepository bodies;
    private final MeetingRepository meetings;
    private final BlobStore blobs;
    private final WordPapers wordPapers;
    private final ScannedPapers scannedPapers;

    public AgendaImporter(BodyRepository bodies, MeetingRepository meetings, BlobStore blobs, WordPapers wordPapers,
            ScannedPapers scannedPapers) {
        this.bodies = bodies;
        this.meetings = meetings;
        this.blobs = blobs;
        this.wordPapers = wordPapers;
        this.scannedPapers = scannedPapers;
    }

    @Override
    public boolean accepts(String relativePath) {
        return BodyFolder.BODY_FILE_NAMES.contains(relativePath)
                || relativePath.matches("meetings/[^/]+\\.(yaml|yml|json)");
    }

    @Override
    public ImportSummary importFiles(Path bodyFolder, List<String> files) {
        BodyFolder folder = new BodyFolder(bodyFolder);
        String bodyName = files.stream().filter(BodyFolder.BODY_FILE_NAMES::contains).findFirst()
                .orElseThrow(() -> new InputRejectedException(new InputError(folder.root().toString(), null,
                        "a body folder needs a body.yaml")));
        Problems problems = new Problems();
        byte[] bodyBytes = bytes(folder.root().resolve(bodyName));
        Body body = readBody(folder, bodyName, problems);
        boolean bodyValid = body != null && problems.isEmpty();
        List<MeetingFileReader.ReadMeeting> read = new ArrayList<>();
        if (body != null) {
            Body known = body;
            MeetingFileReader reader = new MeetingFileReader(folder,
                    id -> known.people().stream().anyMatch(p -> p.id().equals(id)),
                    date -> ItemNumbers.of(known, date), date -> known.style(date).language().locale(), wordPapers,
                    scannedPapers, blobs);
            for (String name : files) {
                if (!BodyFolder.BODY_FILE_NAMES.contains(name)) {
                    int before = problems.count();
                    Path file = folder.root().resolve(name);
                    MeetingFile parsed = StructuredFiles.read(file, name, MeetingFile.class, problems);
                    MeetingFileReader.ReadMeeting meeting = parsed == null ? null
                            : reader.toMeeting(known.id(), parsed, name, bytes(file), problems);
                    if (meeting != null && problems.count() == before) {
                        read.add(meeting);
                    }
                }
            }
        }
        if (!bodyValid) {
            problems.throwIfAny();
        }
        // The valid body and meetings are stored even when another meeting has problems, so that later
        // importers can check their files against them; the import's transaction then rolls back.
        ImportSummary summary = store(body, Hashes.sha256(bodyBytes), bodyName, read);
        problems.throwIfAny();
        return summary;
    }

    private static Body readBody(BodyFolder folder, String name, Problems problems) {
        BodyFile file = StructuredFiles.read(folder.root().resolve(name), name, BodyFile.class, problems);
        return file == null ? null : BodyFileReader.toBody(file, name, problems);
    }

    private ImportSummary store(Body body, String bodyHash, String bodyName, List<MeetingFileReader.ReadMeeting> read) {
        List<String> lines = new ArrayList<>();
        Optional<String> storedHash = bodies.sourceHash(body.id());
        if (storedHash.isPresent() && storedHash.get().equals(bodyHash)) {
            lines.add(bodyName + ": body " + body.id() + " unchanged");
        } else {
            bodies.save(body, bodyHash);
            lines.add(bodyName + ": body " + body.id() + " stored (" + body.people().size() + " people, "
                    + body.memberships().size() + " memberships)");
        }
        for (MeetingFileReader.ReadMeeting m : read) {
            Meeting meeting = m.meeting();
            String label = m.file();
            if (meetings.sourceHash(body.id(), meeting.date()).filter(meeting.sourceHash()::equals).isPresent()) {
                lines.add(label + ": meeting " + meeting.date() + " unchanged");
                continue;
            }
            m.blobs().forEach((sha, file) -> blobs.put(sha, m.blobTypes().get(sha), file));
            meetings.save(meeting);
            lines.add(label + ": meeting " + meeting.date() + " stored (" + meeting.agenda().size() + " agenda items)");
            m.notes().forEach(note -> lines.add(label + ": " + note));
        }
        return new ImportSummary(lines);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
