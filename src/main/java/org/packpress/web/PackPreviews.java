package org.packpress.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.packpress.common.PackPressProperties;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.render.pdf.PageImages;
import org.packpress.store.MeetingRepository;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;

/**
 * Previews of meetings' packs for the officer, before publishing: the whole pack as members would receive
 * it ({@code preview.pdf}), and the front sheet and the first page of each paper as images with their text.
 * Kept per meeting under {@code <upload-dir>/.previews/<body>/<date>/} (never in the published folders) and
 * made again when the meeting's inputs have changed.
 */
@Service
public class PackPreviews {

    /** Resolution of the page images: an A4 page is about 500 by 700 pixels. */
    private static final float DPI = 60f;
    private static final String PDF = "preview.pdf";
    private static final String SHEETS = "preview.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A preview: the pack's pages, and the pages shown as images.
     *
     * @param sourceHash the meeting's inputs it was made from
     */
    public record Preview(String sourceHash, int pages, List<Sheet> sheets) {
    }

    /**
     * A page shown: its number in the pack, what it is (its caption, and the image's alternative text), its
     * text, and whether the public pack leaves it out.
     */
    public record Sheet(int page, String caption, String alt, String text, boolean exempt) {
    }

    private final AgendaPackBuilder builder;
    private final MeetingRepository meetings;
    private final Path root;

    public PackPreviews(AgendaPackBuilder builder, MeetingRepository meetings, PackPressProperties properties) {
        this.builder = builder;
        this.meetings = meetings;
        this.root = properties.uploadDir().toAbsolutePath().normalize().resolve(".previews");
    }

    /** The meeting's preview, made now if there is none or the meeting changed since. */
    public synchronized Preview current(String body, LocalDate date) {
        String hash = meetings.sourceHash(body, date)
                .orElseThrow(() -> new NotFoundException("No meeting of " + body + " on " + date + " has been imported"));
        Optional<Preview> kept = read(folder(body, date));
        return kept.filter(p -> p.sourceHash().equals(hash)).orElseGet(() -> make(body, date));
    }

    /** The previewed pack, or a page image ({@code page-<n>.png}) of the current preview; empty if there is none. */
    public Optional<Path> file(String body, LocalDate date, String name) {
        Path file = folder(body, date).resolve(name).normalize();
        return file.startsWith(folder(body, date)) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    public static String pdfName() {
        return PDF;
    }

    private Preview make(String body, LocalDate date) {
        Path work = root.resolve(body).resolve("." + UUID.randomUUID());
        try {
            Files.createDirectories(work);
            AgendaPackBuilder.Preview pack = builder.preview(body, date, work.resolve(PDF));
            List<Sheet> shown = sheets(pack);
            List<PageImages.Page> pages = PageImages.render(work.resolve(PDF), shown.stream().map(Sheet::page).toList(),
                    DPI, work);
            List<Sheet> sheets = new ArrayList<>();
            for (int i = 0; i < shown.size(); i++) {
                Sheet s = shown.get(i);
                sheets.add(new Sheet(s.page(), s.caption(), s.alt(), pages.get(i).text(), s.exempt()));
            }
            Preview preview = new Preview(pack.sourceHash(), pack.pages(), sheets);
            JSON.writeValue(work.resolve(SHEETS).toFile(), preview);
            replace(folder(body, date), work);
            return preview;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the preview of " + body + "/" + date, e);
        } finally {
            delete(work);
        }
    }

    /** The front sheet's pages, then the first page of each paper, in pack order. */
    private static List<Sheet> sheets(AgendaPackBuilder.Preview pack) {
        List<Sheet> sheets = new ArrayList<>();
        for (int page = 1; page <= pack.frontPages(); page++) {
            String caption = "Front sheet" + (pack.frontPages() > 1 ? ", page " + page + " of " + pack.frontPages() : "");
            sheets.add(new Sheet(page, caption, "Pack page " + page + ": the front sheet of the agenda"
                    + (pack.frontPages() > 1 ? " (its page " + page + ")" : ""), null, false));
        }
        for (AgendaPackBuilder.Preview.Paper paper : pack.papers()) {
            String item = paper.item();
            String what = (paper.appendix() ? "appendix " : "paper ") + "“" + paper.title() + "”";
            sheets.add(new Sheet(paper.firstPage(), capitalised(item) + ": " + paper.title()
                    + (paper.exempt() ? " (exempt: not in the public pack)" : ""),
                    "Pack page " + paper.firstPage() + ": the first page of " + item + "’s " + what, null, paper.exempt()));
        }
        return sheets;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private Path folder(String body, LocalDate date) {
        return root.resolve(body).resolve(date.toString());
    }

    private static Optional<Preview> read(Path folder) {
        Path sheets = folder.resolve(SHEETS);
        if (!Files.isRegularFile(sheets)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(sheets.toFile(), Preview.class));
        } catch (IOException e) {
            return Optional.empty(); // an unreadable preview is made again
        }
    }

    private void replace(Path current, Path made) throws IOException {
        Path old = current.resolveSibling("." + UUID.randomUUID() + ".old");
        if (Files.exists(current)) {
            Files.move(current, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(made, current, StandardCopyOption.ATOMIC_MOVE);
        delete(old);
    }

    private static void delete(Path dir) {
        try {
            FileSystemUtils.deleteRecursively(dir);
        } catch (IOException ignored) {
            // a left-over folder is harmless; the next preview uses a new one
        }
    }
}
