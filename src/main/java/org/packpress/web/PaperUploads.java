package org.packpress.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.packpress.ingest.word.WordConversionException;
import org.packpress.ingest.word.WordConverter;
import org.packpress.ingest.word.WordPapers;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Papers the meeting form uploads to its items: a PDF is attached as it is, a Markdown report (with its
 * front matter) is added as a report, and a Word document ({@code .docx}, {@code .odt}, {@code .doc},
 * {@code .rtf}) is converted to tagged PDF by LibreOffice first. Each goes to {@code papers/<meeting date>/<name>} in the body folder,
 * and its entry is added to the item's documents; the import then checks them like any other paper.
 */
@Service
public class PaperUploads {

    private final WordPapers word;

    public PaperUploads(WordPapers word) {
        this.word = word;
    }

    /** What the form's uploads became: files to store, entries per item (by position), and problems. */
    record Received(List<InputUploads.Incoming> files, List<List<ObjectNode>> entries, FieldErrors errors,
            Map<String, Integer> itemByPath) {

        /** The item (from 1) a stored paper was uploaded to, or null. */
        Integer itemOf(String path) {
            return itemByPath.get(path);
        }
    }

    Received receive(MeetingForm form) {
        List<InputUploads.Incoming> files = new ArrayList<>();
        List<List<ObjectNode>> entries = new ArrayList<>();
        FieldErrors errors = FieldErrors.none();
        Map<String, Integer> itemByPath = new HashMap<>();
        for (int i = 0; i < form.getItems().size(); i++) {
            MeetingForm.Item item = form.getItems().get(i);
            MultipartFile paper = item.getPaper();
            List<ObjectNode> added = new ArrayList<>();
            entries.add(added);
            if (paper == null || paper.isEmpty()) {
                continue;
            }
            String original = baseName(paper.getOriginalFilename());
            String field = "item-" + (i + 1) + "-paper";
            String title = item.getPaperTitle() == null || item.getPaperTitle().isBlank()
                    ? titleFrom(original) : item.getPaperTitle().strip();
            try {
                Stored stored = store(form.getDate(), original, title, bytes(paper));
                files.add(InputUploads.Incoming.of(stored.path(), stored.bytes()));
                itemByPath.put(stored.path(), i + 1);
                added.add(MeetingYaml.paperEntry(title, stored.kind(), stored.path()));
            } catch (WordConversionException e) {
                errors.add(field, original + ": " + e.getMessage() + "; nothing was stored");
            } catch (IllegalArgumentException e) {
                errors.add(field, original + ": " + e.getMessage());
            }
        }
        return new Received(files, entries, errors, itemByPath);
    }

    /** A paper as stored: its place in the body folder, how the meeting file refers to it, and its bytes. */
    private record Stored(String path, String kind, byte[] bytes) {
    }

    private Stored store(String date, String original, String title, byte[] bytes) {
        String lower = original.toLowerCase(Locale.ROOT);
        String folder = "papers/" + date + "/";
        String stem = safe(original.replaceFirst("\\.[^.]*$", ""));
        if (lower.endsWith(".pdf")) {
            return new Stored(folder + stem + ".pdf", "file", bytes);
        }
        if (lower.endsWith(".md")) {
            return new Stored(folder + stem + ".md", "report", bytes);
        }
        if (WordConverter.converts(lower)) {
            return new Stored(folder + stem + ".pdf", "file", word.toPdf(original, title, bytes));
        }
        throw new IllegalArgumentException("is not a paper PackPress accepts: give a PDF, a Markdown report (.md)"
                + " or a Word document (.docx, .odt, .doc, .rtf)");
    }

    /** Letters, digits, '.', '_' and '-' only, starting with a letter or digit (as input file names must). */
    private static String safe(String stem) {
        String s = stem.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        s = s.length() > 100 ? s.substring(0, 100) : s;
        return s.isEmpty() ? "paper" : s;
    }

    private static String titleFrom(String original) {
        return original.replaceFirst("\\.[^.]*$", "").replaceAll("[-_]+", " ").strip();
    }

    private static String baseName(String name) {
        String n = name == null ? "paper" : name.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }

    private static byte[] bytes(MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the upload " + file.getOriginalFilename(), e);
        }
    }
}
