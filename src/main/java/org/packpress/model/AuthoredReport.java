package org.packpress.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A paper an officer writes as Markdown with a YAML front matter. The body is kept as Markdown; it is
 * turned into typeset blocks only when a document is rendered.
 *
 * @param title the report's heading, e.g. "Report to the West Midlands Police and Crime Panel – Drugs"
 * @param date the date the report carries (normally the meeting date)
 * @param reportOf who presents it, e.g. "West Midlands Police and Crime Commissioner"
 * @param authors the report's authors, each with any job title, e.g. "Sarah Fradgley, Overview and Scrutiny Manager,
 *     Birmingham City Council"; possibly empty
 * @param email contact email of the author, or null
 * @param telephone the author's telephone, or null
 * @param recommendations recommendation paragraphs (Markdown, printed in bold), possibly empty
 * @param numbering how paragraphs are numbered
 * @param runningHeader header printed on every page after the first, e.g. "DRUGS PAPER", or null
 * @param implications keys of the body's implications text blocks to append, in order
 *     (e.g. "finance", "legal", "equalities")
 * @param markdown the report body in Markdown (GFM tables allowed)
 * @param images images the Markdown refers to, by the path written in the Markdown
 */
public record AuthoredReport(
        String title,
        LocalDate date,
        String reportOf,
        List<String> authors,
        String email,
        String telephone,
        List<String> recommendations,
        ParagraphNumbering numbering,
        String runningHeader,
        List<String> implications,
        String markdown,
        List<ReportImage> images) {

    public AuthoredReport {
        authors = List.copyOf(authors);
        recommendations = List.copyOf(recommendations);
        implications = List.copyOf(implications);
        images = List.copyOf(images);
    }

    /** The authors as one line: "Sarah Fradgley", "Esther Whittock and Jody Clark", "A, B and C"; null when none. */
    public String authorLine() {
        if (authors.isEmpty()) {
            return null;
        }
        int last = authors.size() - 1;
        return last == 0 ? authors.get(0) : String.join(", ", authors.subList(0, last)) + " and " + authors.get(last);
    }

    /** A copy with other images (the importer adds them once it has read the files). */
    public AuthoredReport withImages(List<ReportImage> newImages) {
        return new AuthoredReport(title, date, reportOf, authors, email, telephone, recommendations, numbering,
                runningHeader, implications, markdown, newImages);
    }

    /** How body paragraphs are numbered: 1, 2, 3 across the paper, or 1.1, 1.2 within numbered sections. */
    public enum ParagraphNumbering {
        CONTINUOUS, SECTIONED, NONE
    }

    /**
     * An image a report shows.
     *
     * @param path the path as written in the Markdown ({@code images/divert.png})
     * @param sha256 content hash under which the bytes are stored
     * @param mediaType {@code image/png} or {@code image/jpeg}
     */
    public record ReportImage(String path, String sha256, String mediaType) {
    }
}
