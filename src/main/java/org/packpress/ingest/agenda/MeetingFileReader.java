package org.packpress.ingest.agenda;

import org.packpress.common.FieldPaths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.packpress.ingest.BodyFolder;
import org.packpress.ingest.Problems;
import org.packpress.model.GeneratedPaperKind;
import org.packpress.model.AgendaDocument;
import org.packpress.model.AgendaItem;
import org.packpress.model.AgendaItemType;
import org.packpress.model.ExemptParagraphs;
import org.packpress.model.ItemNumbers;
import org.packpress.model.Meeting;
import org.packpress.model.Meeting.Broadcast;
import org.packpress.model.Meeting.BroadcastKind;
import org.packpress.model.Meeting.MeetingStatus;
import org.packpress.model.Meeting.MeetingType;
import org.packpress.common.AtomicFiles;
import org.packpress.common.Hashes;
import org.packpress.store.BlobStore;
import org.packpress.ingest.word.WordConversionException;
import org.packpress.ingest.scan.ScannedPapers;
import org.packpress.ingest.word.WordPapers;
import org.packpress.render.pdf.PdfFiles;
import org.packpress.store.WordConversions;

/**
 * Turns a parsed meeting file into a {@link Meeting}: checks the agenda's rules, reads the reports and
 * checks the attachments it refers to, and reports every problem with file and field.
 */
final class MeetingFileReader {

    /** A meeting ready to store, with the files whose bytes go into the blob store. */
    record ReadMeeting(String file, Meeting meeting, Map<String, Path> blobs, Map<String, String> blobTypes,
            List<String> notes) {
    }


    private final BodyFolder folder;
    private final ReportReader reports;
    private final Predicate<String> isPerson;
    private final Function<LocalDate, ItemNumbers> numbering;
    private final Function<LocalDate, Locale> language;
    private final WordPapers wordPapers;
    private final ScannedPapers scannedPapers;
    private final BlobStore blobStore;

    /**
     * @param numbering the body's item numbers on a meeting's date (the sub-item form of its house style)
     * @param language the language of the body's papers on a meeting's date (its house style's), which a scanned
     *     paper's text is read in
     */
    MeetingFileReader(BodyFolder folder, Predicate<String> isPerson, Function<LocalDate, ItemNumbers> numbering,
            Function<LocalDate, Locale> language, WordPapers wordPapers, ScannedPapers scannedPapers,
            BlobStore blobStore) {
        this.folder = folder;
        this.reports = new ReportReader(folder);
        this.isPerson = isPerson;
        this.numbering = numbering;
        this.language = language;
        this.wordPapers = wordPapers;
        this.scannedPapers = scannedPapers;
        this.blobStore = blobStore;
    }

    ReadMeeting toMeeting(String bodyId, MeetingFile file, String name, byte[] fileBytes, Problems problems) {
        LocalDate expectedDate = dateFromFileName(name);
        if (file.date() == null) {
            problems.add(name, "date", "is required");
        } else if (expectedDate != null && !expectedDate.equals(file.date())) {
            problems.add(name, "date", file.date() + " does not match the file name (" + expectedDate + ")");
        }
        problems.require(file.start(), name, "start");
        problems.require(file.venue(), name, "venue");
        if (file.contactOfficer() == null) {
            problems.add(name, "contactOfficer", "is required");
        } else if (!isPerson.test(file.contactOfficer())) {
            problems.add(name, "contactOfficer", "'" + file.contactOfficer() + "' is not a person of the body");
        }
        MeetingType type = file.type() == null ? MeetingType.ORDINARY
                : Enums.parse(MeetingType.class, file.type(), name, "type", problems);
        MeetingStatus status = file.status() == null ? MeetingStatus.SCHEDULED
                : Enums.parse(MeetingStatus.class, file.status(), name, "status", problems);
        Broadcast broadcast = broadcast(file.broadcast(), name, problems);
        Meeting.Postponement postponedTo = postponement(file, status, name, problems);

        Map<String, Path> blobs = new LinkedHashMap<>();
        Map<String, String> blobTypes = new LinkedHashMap<>();
        Map<String, String> inputHashes = new TreeMap<>();
        inputHashes.put(name, Hashes.sha256(fileBytes));
        Sources sources = new Sources(name, problems, blobs, blobTypes, inputHashes, new ArrayList<>(),
                language.apply(file.date() == null ? LocalDate.MAX : file.date()));
        List<AgendaItem> agenda = agenda(file, name, problems, sources);
        String sourceHash = Hashes.sha256(inputHashes.toString());
        Meeting meeting = new Meeting(bodyId, file.date(), type, file.start(), file.venue(), file.venueShort(),
                status, broadcast, file.contactOfficer(), agenda, sourceHash, Boolean.TRUE.equals(file.draft()), postponedTo);
        return new ReadMeeting(name, meeting, blobs, blobTypes, sources.notes());
    }

    private static LocalDate dateFromFileName(String name) {
        String base = Path.of(name).getFileName().toString().replaceFirst("\\.[a-z]+$", "");
        try {
            return LocalDate.parse(base);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A postponed meeting says when it moved to: a later date, and a start time (by default its own). */
    private static Meeting.Postponement postponement(MeetingFile file, MeetingStatus status, String name,
            Problems problems) {
        MeetingFile.PostponedEntry entry = file.postponedTo();
        if (status != MeetingStatus.POSTPONED) {
            if (entry != null) {
                problems.add(name, "postponedTo", "only a postponed meeting has one (status: postponed)");
            }
            return null;
        }
        if (entry == null || entry.date() == null) {
            problems.add(name, entry == null ? "postponedTo" : "postponedTo.date",
                    "is required: the date the postponed meeting moves to");
            return null;
        }
        if (file.date() != null && !entry.date().isAfter(file.date())) {
            problems.add(name, "postponedTo.date", entry.date() + " is not after the meeting's date (" + file.date()
                    + "): a postponed meeting moves to a later date (to change only its time, change its start)");
        }
        return new Meeting.Postponement(entry.date(), entry.start() == null ? file.start() : entry.start());
    }

    private static Broadcast broadcast(MeetingFile.BroadcastEntry entry, String name, Problems problems) {
        if (entry == null) {
            return null;
        }
        problems.require(entry.host(), name, "broadcast.host");
        problems.require(entry.url(), name, "broadcast.url");
        BroadcastKind kind = entry.kind() == null ? BroadcastKind.LIVESTREAM
                : Enums.parse(BroadcastKind.class, entry.kind(), name, "broadcast.kind", problems);
        return new Broadcast(kind, entry.host(), entry.url());
    }

    private List<AgendaItem> agenda(MeetingFile file, String name, Problems problems, Sources sources) {
        List<MeetingFile.ItemEntry> entries = file.agenda() == null ? List.of() : file.agenda();
        if (entries.isEmpty()) {
            problems.add(name, "agenda", "is required and must list at least one item");
        }
        AgendaWalk walk = new AgendaWalk(file, sources);
        List<AgendaItem> items = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            AgendaItem item = walk.item(i, entries.get(i));
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    /**
     * The agenda's items read in order, each checked against those before it: numbers ascending and given once,
     * sub-items after their group's earlier ones, times never decreasing.
     */
    private final class AgendaWalk {

        private final MeetingFile file;
        private final Sources sources;
        private final String name;
        private final Problems problems;
        private final ItemNumbers form;
        private final Set<String> numbers = new HashSet<>();
        private AgendaItem previousTimed;
        private AgendaItem groupHead;
        private String previousNumber;

        AgendaWalk(MeetingFile file, Sources sources) {
            this.file = file;
            this.sources = sources;
            this.name = sources.file();
            this.problems = sources.problems();
            // a file without its date (refused above) is read in the form of the latest style
            this.form = numbering.apply(file.date() == null ? LocalDate.MAX : file.date());
        }

        /** The item of entry {@code i}, or null when its number cannot be read (the problem is noted). */
        AgendaItem item(int i, MeetingFile.ItemEntry e) {
            String at = FieldPaths.entry("agenda", i);
            String number = number(e, at);
            if (number == null) {
                return null;
            }
            boolean subItem = !number.equals(ItemNumbers.group(number));
            boolean continuesGroup = subItem && groupHead != null && groupHead.groupNumber().equals(ItemNumbers.group(number));
            String title = e.title();
            if (continuesGroup) {
                title = title == null ? groupHead.title() : title;
            } else if (subItem && !number.endsWith("a")) {
                problems.add(name, at + ".number", "sub-" + form.reference(number)
                        + " must follow its group's earlier sub-items");
            }
            problems.require(title, name, at + ".title");
            AgendaItemType type = type(e.type(), name, at, problems);
            if (type == AgendaItemType.PRIVATE_SESSION) {
                checkPrivateSession(e, name, at, problems);
            }
            List<Integer> exempt = e.exempt() == null ? List.of() : e.exempt();
            if (ExemptParagraphs.problem(exempt) != null) {
                problems.add(name, at + ".exempt", ExemptParagraphs.problem(exempt));
            }
            checkTime(i, e.time(), at);
            AgendaItem item = new AgendaItem(number, type, title, e.description(), e.note(), e.time(), e.reportOf(),
                    exempt, e.workProgramme(), papers(e, exempt, at), toFollow(e, at));
            if (e.time() != null) {
                previousTimed = item;
            }
            if (!continuesGroup) {
                groupHead = subItem ? item : null;
            }
            return item;
        }

        /** The entry's number in the stored form, or null when it has none that can be read. */
        private String number(MeetingFile.ItemEntry e, String at) {
            if (e.number() == null) {
                problems.add(name, at + ".number", "is required");
                return null;
            }
            String number = form.read(e.number());
            if (number == null) {
                problems.add(name, at + ".number", "'" + e.number() + "' is not " + form.expectedForm());
                return null;
            }
            if (!numbers.add(number)) {
                problems.add(name, at + ".number", form.reference(number) + " appears more than once");
            } else if (previousNumber != null && ItemNumbers.compare(number, previousNumber) < 0) {
                problems.add(name, at + ".number", form.reference(number) + " comes after "
                        + form.reference(previousNumber) + ": items are listed in ascending order");
            }
            previousNumber = number;
            return number;
        }

        /** Times never decrease, and the first item's is the meeting's start. */
        private void checkTime(int i, LocalTime time, String at) {
            if (time != null && previousTimed != null && time.isBefore(previousTimed.time())) {
                problems.add(name, at + ".time", time + " is earlier than " + form.reference(previousTimed.number())
                        + " (" + previousTimed.time() + ")");
            }
            if (i == 0 && time != null && file.start() != null && !time.equals(file.start())) {
                problems.add(name, at + ".time", time + " should equal the meeting's start time (" + file.start() + ")");
            }
        }

        private List<AgendaDocument> papers(MeetingFile.ItemEntry e, List<Integer> exempt, String at) {
            List<AgendaDocument> documents = documents(e.documents(), at + ".documents", sources);
            if (!exempt.isEmpty()) {
                exemptPapersOfExemptItem(e.documents(), at + ".documents", sources);
            }
            return documents;
        }

        private boolean toFollow(MeetingFile.ItemEntry e, String at) {
            boolean toFollow = Boolean.TRUE.equals(e.papersToFollow());
            if (toFollow && e.documents() != null && !e.documents().isEmpty()) {
                problems.add(name, at + ".papersToFollow", "the item's papers are attached: remove papersToFollow"
                        + " (it says that a paper is not here yet)");
            }
            return toFollow;
        }
    }

    /**
     * A members' private session has no papers and is not exempt business: it needs no paragraph of Schedule 12A,
     * and nobody takes papers into it.
     */
    private static void checkPrivateSession(MeetingFile.ItemEntry e, String name, String at, Problems problems) {
        String session = "a private session (type: private-session) ";
        if (e.documents() != null && !e.documents().isEmpty()) {
            problems.add(name, at + ".documents", session + "has no papers: remove documents (a paper"
                    + " belongs to an item of its own)");
        }
        if (Boolean.TRUE.equals(e.papersToFollow())) {
            problems.add(name, at + ".papersToFollow", session + "has no papers to follow: remove papersToFollow");
        }
        if (e.exempt() != null && !e.exempt().isEmpty()) {
            problems.add(name, at + ".exempt", session + "takes no exempt information and needs no paragraph of"
                    + " Schedule 12A: remove exempt (the front sheet says it is held in private)");
        }
    }

    private static AgendaItemType type(String written, String name, String at, Problems problems) {
        if (written == null) {
            problems.add(name, at + ".type", "is required");
            return AgendaItemType.OTHER;
        }
        AgendaItemType type = AgendaItemType.fromInputName(written.trim().toLowerCase());
        if (type == null) {
            problems.add(name, at + ".type", "'" + written + "' is not an agenda item type (one of: "
                    + Arrays.stream(AgendaItemType.values()).map(AgendaItemType::inputName)
                            .collect(Collectors.joining(", ")) + ")");
            return AgendaItemType.OTHER;
        }
        return type;
    }

    private List<AgendaDocument> documents(List<MeetingFile.DocumentEntry> entries, String at, Sources sources) {
        List<AgendaDocument> documents = new ArrayList<>();
        if (entries == null) {
            return documents;
        }
        for (int i = 0; i < entries.size(); i++) {
            AgendaDocument document = document(entries.get(i), FieldPaths.entry(at, i), sources);
            if (document != null) {
                documents.add(document);
            }
        }
        return documents;
    }

    /** An exempt item's papers are all exempt: one that says so again is refused, so that a file says it once. */
    private static void exemptPapersOfExemptItem(List<MeetingFile.DocumentEntry> entries, String at, Sources sources) {
        for (int i = 0; entries != null && i < entries.size(); i++) {
            MeetingFile.DocumentEntry e = entries.get(i);
            String entry = FieldPaths.entry(at, i);
            if (e.exempt() != null && !e.exempt().isEmpty()) {
                sources.problems().add(sources.file(), entry + ".exempt", "the item is exempt, so all its papers are:"
                        + " remove exempt here (a paper's exempt is for an exempt appendix of a public item)");
            }
            exemptPapersOfExemptItem(e.appendices(), entry + ".appendices", sources);
        }
    }

    private AgendaDocument document(MeetingFile.DocumentEntry e, String at, Sources sources) {
        String name = sources.file();
        Problems problems = sources.problems();
        problems.require(e.title(), name, at + ".title");
        List<Integer> exempt = e.exempt() == null ? List.of() : e.exempt();
        if (ExemptParagraphs.problem(exempt) != null) {
            problems.add(name, at + ".exempt", ExemptParagraphs.problem(exempt));
        }
        int given = (e.report() == null ? 0 : 1) + (e.file() == null ? 0 : 1) + (e.generated() == null ? 0 : 1);
        if (given != 1) {
            problems.add(name, at, "give exactly one of report, file or generated");
            return null;
        }
        AgendaDocument.Source source;
        String contentHash;
        if (e.report() != null) {
            Path path = problems.collect(() -> folder.resolve(folder.root(), e.report(), name, at + ".report"));
            ReportReader.ReadReport read = path == null ? null : problems.collect(() -> reports.read(path));
            if (read == null) {
                return null;
            }
            read.imageFiles().forEach((written, file) -> {
                String sha = Hashes.sha256(file);
                sources.blobs().put(sha, file);
                sources.blobTypes().put(sha, file.toString().toLowerCase().endsWith(".png") ? "image/png" : "image/jpeg");
                sources.inputHashes().put(folder.relative(file), sha);
            });
            source = new AgendaDocument.ReportSource(e.report(), read.report());
            contentHash = Hashes.sha256(read.sha256() + read.report().images());
            sources.inputHashes().put(folder.relative(path), read.sha256());
        } else if (e.file() != null) {
            Path path = problems.collect(() -> folder.resolve(folder.root(), e.file(), name, at + ".file"));
            Attachment pdf = path == null ? null : attachment(path, e, at, sources);
            if (pdf == null) {
                return null;
            }
            contentHash = pdf.sha256();
            source = new AgendaDocument.FileSource(e.file(), contentHash, pdf.pages());
        } else {
            Optional<GeneratedPaperKind> kind = GeneratedPaperKind.fromId(e.generated());
            if (kind.isEmpty()) {
                problems.add(name, at + ".generated", "'" + e.generated() + "' is not a paper PackPress can generate (one of: "
                        + Arrays.stream(GeneratedPaperKind.values()).map(GeneratedPaperKind::id)
                                .collect(Collectors.joining(", ")) + ")");
                return null;
            }
            Map<String, String> options = e.options() == null ? Map.of() : e.options();
            source = new AgendaDocument.GeneratedSource(kind.get(), options);
            contentHash = Hashes.sha256(e.generated() + new TreeMap<>(options));
        }
        List<AgendaDocument> appendices = documents(e.appendices(), at + ".appendices", sources);
        return new AgendaDocument(e.title(), e.label(), source, contentHash, exempt, appendices);
    }

    /**
     * A paper's file as the PDF the pack attaches: a PDF as it is (its bytes stored with the meeting), a Word
     * document converted as the meeting form converts one ({@link WordPapers}); null when it is refused.
     */
    private Attachment attachment(Path path, MeetingFile.DocumentEntry e, String at, Sources sources) {
        String name = sources.file();
        if (WordPapers.isWordPaper(path)) {
            try {
                WordConversions.Conversion pdf = wordPapers.pdf(path, e.title() == null ? e.file() : e.title());
                sources.inputHashes().put(folder.relative(path), Hashes.sha256(path));
                return new Attachment(pdf.pdfSha256(), pdf.pages());
            } catch (WordConversionException refused) {
                sources.problems().add(name, at + ".file", e.file() + ": " + refused.getMessage());
                return null;
            }
        }
        if (isRestricted(path)) {
            return unrestricted(path, at, sources);
        }
        String problem = PdfFiles.problem(path);
        if (problem != null) {
            sources.problems().add(name, at + ".file", problem);
            return null;
        }
        if (ScannedPapers.isScanned(path)) {
            Attachment recognised = recognised(path, e, sources);
            if (recognised != null) {
                return recognised;
            }
        }
        String contentHash = Hashes.sha256(path);
        sources.blobs().put(contentHash, path);
        sources.blobTypes().put(contentHash, "application/pdf");
        sources.inputHashes().put(folder.relative(path), contentHash);
        return new Attachment(contentHash, PdfFiles.pageCount(path));
    }

    /**
     * A scan (pages that are pictures of text) as the tagged PDF of its recognised text ({@link ScannedPapers}); null
     * when Tesseract is not installed or fails, and the scan is then attached as it is.
     */
    private Attachment recognised(Path path, MeetingFile.DocumentEntry e, Sources sources) {
        String file = folder.relative(path);
        if (!scannedPapers.canRead()) {
            sources.notes().add(file + ": scanned pages without text, attached as they are: a screen reader finds"
                    + " nothing to read (install Tesseract, the Debian package tesseract-ocr, to recognise their text)");
            return null;
        }
        ScannedPapers.Recognised pdf;
        try {
            pdf = scannedPapers.recognised(path, e.title() == null ? e.file() : e.title(), sources.language());
        } catch (UncheckedIOException failed) {
            sources.notes().add(file + ": scanned pages without text, attached as they are: their text could not be"
                    + " recognised (" + failed.getCause().getMessage() + ")");
            return null;
        }
        sources.inputHashes().put(file, Hashes.sha256(path));
        sources.notes().add(file + ": scanned pages without text; the pack attaches them with the text Tesseract"
                + " recognised in " + pdf.readIn() + ", tagged for screen readers: read it through before publishing");
        return new Attachment(pdf.conversion().pdfSha256(), pdf.conversion().pages());
    }

    private static boolean isRestricted(Path path) {
        try {
            return Files.size(path) > 0 && PdfFiles.protection(path) == PdfFiles.Protection.RESTRICTED;
        } catch (IOException e) {
            return false; // PdfFiles.problem names it
        }
    }

    /**
     * A PDF that opens without a password but carries permission restrictions (an owner password), as many
     * published papers do, is attached as a copy without them: a pack must not be encrypted (PDF/A). The copy is
     * stored in the import's transaction, as a converted Word paper is, so that the build, its page count and
     * veraPDF's verdict all read what the pack attaches.
     */
    private Attachment unrestricted(Path path, String at, Sources sources) {
        Path copy = null;
        try {
            copy = Files.createTempFile("packpress-unrestricted-", ".pdf");
            PdfFiles.writeUnrestricted(path, copy);
            String problem = PdfFiles.problem(copy);
            if (problem != null) {
                sources.problems().add(sources.file(), at + ".file",
                        problem.replace(copy.getFileName().toString(), path.getFileName().toString()));
                return null;
            }
            String sha = Hashes.sha256(copy);
            blobStore.put(sha, "application/pdf", copy);
            sources.inputHashes().put(folder.relative(path), Hashes.sha256(path));
            sources.notes().add(folder.relative(path) + ": permission restrictions (an owner password) removed;"
                    + " the pack attaches a copy without them");
            return new Attachment(sha, PdfFiles.pageCount(copy));
        } catch (IOException e) {
            sources.problems().add(sources.file(), at + ".file", path.getFileName() + " cannot be read: "
                    + e.getMessage());
            return null;
        } finally {
            if (copy != null) {
                AtomicFiles.deleteQuietly(copy);
            }
        }
    }

    /** The PDF a paper's file is attached as: its blob's SHA-256 and its pages. */
    private record Attachment(String sha256, int pages) {
    }

    /** @param notes what the import summary says of the meeting's papers beyond its stored line */
    private record Sources(String file, Problems problems, Map<String, Path> blobs, Map<String, String> blobTypes,
            Map<String, String> inputHashes, List<String> notes, Locale language) {
    }
}
