package org.packpress.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a body folder (as an officer would prepare it) holding one meeting whose agenda has the
 * requested shape: procedural items, report items with Markdown reports, attached PDFs (some as
 * appendices of reports, some as papers of their own), urgent business, and exempt report items last.
 */
final class SyntheticPanel {

    /**
     * @param items agenda items in all (at least the procedural ones, the reports and the attached papers)
     * @param reports Markdown reports, one per report item
     * @param exemptReports how many of the reports are exempt (their items come last)
     * @param attachments attached PDFs
     * @param minPages fewest pages of an attached PDF
     * @param maxPages most pages of an attached PDF
     * @param sections sections of each report (each is about two-thirds of a page)
     */
    record Shape(int items, int reports, int exemptReports, int attachments, int minPages, int maxPages, int sections) {
    }

    /** What was written: the folder to import, and the attached pages of one meeting. */
    record Written(Path folder, String bodyId, int attachedPages) {
    }

    static final LocalDate DATE = LocalDate.of(2025, 3, 10);
    static final String EXEMPT_TITLE = "Confidential contract award";
    private static final LocalTime START = LocalTime.of(10, 0);

    private SyntheticPanel() {
    }

    static Written write(Path root, String bodyId, Shape shape) {
        return write(root, bodyId, shape, List.of(DATE));
    }

    /** A body with a meeting of the same agenda (the same papers) on each date. */
    static Written write(Path root, String bodyId, Shape shape, List<LocalDate> dates) {
        Path folder = root.resolve(bodyId);
        SyntheticText text = new SyntheticText(bodyId.hashCode());
        writeFile(folder.resolve("body.yaml"), body(bodyId));
        List<String> items = new ArrayList<>();
        items.add(item(items.size(), "notice-of-recording", "NOTICE OF RECORDING", null));
        items.add(item(items.size(), "apologies", "APOLOGIES", null));
        items.add(item(items.size(), "declarations", "DECLARATIONS OF INTEREST (IF ANY)", null));
        int publicReports = shape.reports() - shape.exemptReports();
        int appendices = Math.min(publicReports, Math.round(shape.attachments() * 0.6f));
        int attachedPages = 0;
        int attachment = 0;
        for (int r = 0; r < publicReports; r++) {
            String report = writeReport(folder, "papers/report-" + (r + 1) + ".md", text.heading(5), shape, text, false);
            String documents = "    documents:\n      - title: " + text.heading(6) + "\n        report: " + report + "\n";
            if (r < appendices) {
                int pages = text.between(shape.minPages(), shape.maxPages());
                attachedPages += pages;
                String file = writeAttachment(folder, ++attachment, pages);
                documents += "        appendices:\n          - label: A\n            title: " + text.heading(5)
                        + "\n            file: " + file + "\n";
            }
            items.add(item(items.size(), "report", text.heading(6).toUpperCase(), documents));
        }
        while (attachment < shape.attachments()) {
            int pages = text.between(shape.minPages(), shape.maxPages());
            attachedPages += pages;
            String file = writeAttachment(folder, ++attachment, pages);
            items.add(item(items.size(), "report", text.heading(5).toUpperCase(),
                    "    documents:\n      - title: " + text.heading(6) + "\n        file: " + file + "\n"));
        }
        while (items.size() < shape.items() - 1 - shape.exemptReports()) {
            items.add(item(items.size(), "other", text.heading(4).toUpperCase(), null));
        }
        items.add(item(items.size(), "urgent-business", "URGENT BUSINESS", null));
        for (int r = 0; r < shape.exemptReports(); r++) {
            String report = writeReport(folder, "papers/exempt-" + (r + 1) + ".md", EXEMPT_TITLE + " " + (r + 1),
                    shape, text, true);
            items.add(item(items.size(), "report", "CONTRACT AWARD " + (r + 1), "    exempt: 3\n    documents:\n"
                    + "      - title: " + EXEMPT_TITLE + " " + (r + 1) + "\n        report: " + report + "\n"));
        }
        for (LocalDate date : dates) {
            writeFile(folder.resolve("meetings/" + date + ".yaml"), meeting(date, items));
        }
        return new Written(folder, bodyId, attachedPages);
    }

    private static String body(String id) {
        return """
                id: %s
                name: Benchmark Police and Crime Panel (%s)
                shortName: BPCP
                kind: panel
                website: www.bench-panel.example
                email: panel@bench-panel.example
                phone: 0121 000 0000
                people:
                  - id: clerk
                    givenName: Pat
                    familyName: Clerk
                    jobTitle: Democratic Services Officer
                    organisation: Bench City Council
                  - id: chair
                    prefix: Cllr
                    givenName: Alex
                    familyName: Chair
                memberships:
                  - person: chair
                    type: member
                    authority: Bench City Council
                    role: Chair
                    from: 2023-05-01
                """.formatted(id, id);
    }

    private static String meeting(LocalDate date, List<String> items) {
        return """
                date: %s
                type: ordinary
                start: "%s"
                venue: Committee Room 1, Bench Council House, High Street, Benchford BF1 1AA
                status: scheduled
                contactOfficer: clerk
                agenda:
                """.formatted(date, START) + String.join("", items);
    }

    private static String item(int index, String type, String title, String documents) {
        return "  - number: \"" + (index + 1) + "\"\n    type: " + type + "\n    title: " + title
                + "\n    time: \"" + START.plusMinutes(5L * index) + "\"\n" + (documents == null ? "" : documents);
    }

    private static String writeReport(Path folder, String path, String title, Shape shape, SyntheticText text,
            boolean exempt) {
        StringBuilder md = new StringBuilder("""
                ---
                title: %s
                date: %s
                reportOf: Chief Executive
                author: Sam Writer
                numbering: sectioned
                recommendations:
                  - That the Panel notes the report.
                  - %s
                implications: [finance, legal]
                ---
                """.formatted(title, DATE, text.sentence(12)));
        if (exempt) {
            md.append("\n## Exempt information\n\nThis report holds commercial terms and is not for publication.\n");
        }
        for (int s = 0; s < shape.sections(); s++) {
            md.append("\n## ").append(text.heading(4)).append("\n\n");
            for (int p = 0; p < 3; p++) {
                md.append(text.paragraph(4)).append("\n\n");
            }
            if (s % 3 == 1) {
                for (int i = 0; i < 4; i++) {
                    md.append("- ").append(text.sentence(10)).append('\n');
                }
                md.append('\n');
            }
            if (s % 3 == 2) {
                md.append("| Measure | 2023/24 | 2024/25 | Change |\n|---|---:|---:|---:|\n");
                for (int row = 0; row < 6; row++) {
                    int last = text.between(100, 9000);
                    int now = text.between(100, 9000);
                    md.append("| ").append(text.heading(3)).append(" | ").append(last).append(" | ").append(now)
                            .append(" | ").append(String.format("%+.1f%%", 100.0 * (now - last) / last)).append(" |\n");
                }
                md.append("\nTable ").append(s + 1).append(". ").append(text.sentence(8)).append("\n");
            }
        }
        writeFile(folder.resolve(path), md.toString());
        return path;
    }

    private static String writeAttachment(Path folder, int number, int pages) {
        String path = "papers/attachment-" + number + ".pdf";
        Path file = folder.resolve(path);
        createDirectories(file.getParent());
        SyntheticPdfs.write(file, "Attached paper " + number, pages, number * 7919L);
        return path;
    }

    private static void writeFile(Path file, String content) {
        createDirectories(file.getParent());
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
