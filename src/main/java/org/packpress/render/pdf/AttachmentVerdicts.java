package org.packpress.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.packpress.common.AtomicFiles;
import org.packpress.common.Hashes;
import org.packpress.store.AttachmentVerdictRepository;
import org.packpress.store.StoredJson;
import org.springframework.stereotype.Component;

/**
 * Whether attached PDFs are accessible, by their SHA-256. A pack may claim PDF/UA-1 and PDF/A-2a only
 * when every attachment passes both, so this must be known while the pack is assembled, before its
 * metadata is written. Two cases:
 * <ul>
 * <li>An attachment that is not tagged, or does not identify itself as PDF/UA-1 and PDF/A-2a in its XMP
 * metadata, cannot pass (veraPDF requires the identification: PDF/UA-1 rule 5-1, PDF/A-2 6.6.4); that
 * is read from the file in milliseconds, and veraPDF's full list of failed rules is left to the
 * accessibility report, which runs after the build.</li>
 * <li>An attachment that claims both is validated by veraPDF at assembly, since a claim is not proof;
 * the verdict is kept by content hash (in memory, and in the store with veraPDF's version), so an
 * attachment is validated once, not at every build nor in every process (the report reuses it too).</li>
 * </ul>
 * A Word paper's PDF is judged as it is converted ({@link #upheld}), so that it claims only what veraPDF upholds.
 */
@Component
public class AttachmentVerdicts {

    public static final String NOT_TAGGED = "not tagged: the PDF has no structure tree (or does not say it is marked)";
    public static final String NO_CLAIM = "its metadata does not identify it as PDF/UA-1 and PDF/A-2a";

    private final Map<String, PdfVerdict> validated = new ConcurrentHashMap<>();
    /** Why attachments that cannot pass do not, by content hash: read once, not at every build. */
    private final Map<String, PdfVerdict> cannotPass = new ConcurrentHashMap<>();
    private final AttachmentVerdictRepository stored;

    public AttachmentVerdicts(AttachmentVerdictRepository stored) {
        this.stored = stored;
    }

    /** The verdict a pack's assembly needs: veraPDF's for a PDF that claims conformance, else why it cannot pass. */
    public PdfVerdict atAssembly(String sha256, Path pdf) {
        PdfVerdict cannot = cannotPass.get(sha256);
        PdfVerdict known = cannot != null ? cannot : known(sha256);
        if (known != null) {
            return known;
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            boolean tagged = PdfValidator.isTagged(document);
            boolean claims = Conformance.claimedBy(document);
            if (tagged && claims) {
                return validated(sha256, pdf);
            }
            List<String> why = new ArrayList<>();
            if (!tagged) {
                why.add(NOT_TAGGED);
            }
            if (!claims) {
                why.add(NO_CLAIM);
            }
            PdfVerdict verdict = new PdfVerdict(tagged, false, false, why);
            cannotPass.put(sha256, verdict);
            return verdict;
        } catch (IOException e) {
            return new PdfVerdict(false, false, false, List.of("cannot be read: " + e.getMessage()));
        }
    }

    /** veraPDF's verdict, once per content hash. */
    public PdfVerdict validated(String sha256, Path pdf) {
        PdfVerdict known = known(sha256);
        if (known != null) {
            return known;
        }
        PdfVerdict verdict = PdfValidator.validate(pdf); // seconds: not inside the map's lock
        record(sha256, verdict);
        return validated.get(sha256);
    }

    /**
     * A converted paper's PDF ({@link ConvertedWordPdf#complete}), judged by veraPDF at once: as it is when it passes
     * both profiles, else claiming only the profile it passes, with its verdict recorded for the bytes returned (the
     * rules veraPDF found, and that the PDF does not claim what it failed), so that its pack's assembly and
     * accessibility report name those rules without validating it again.
     */
    public byte[] upheld(byte[] converted) {
        Path pdf = null;
        try {
            pdf = Files.createTempFile("packpress-converted-", ".pdf");
            Files.write(pdf, converted);
            PdfVerdict verdict = validated(Hashes.sha256(converted), pdf);
            if (verdict.accessible()) {
                return converted;
            }
            byte[] upheld = ConvertedWordPdf.withClaimsUpheld(converted, verdict);
            List<String> why = new ArrayList<>(verdict.failedRules());
            why.add(NO_CLAIM);
            record(Hashes.sha256(upheld), new PdfVerdict(verdict.tagged(), verdict.pdfUa1(), verdict.pdfA2a(), why));
            return upheld;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot validate the converted PDF", e);
        } finally {
            if (pdf != null) {
                AtomicFiles.deleteQuietly(pdf);
            }
        }
    }

    private void record(String sha256, PdfVerdict verdict) {
        stored.save(sha256, PdfValidator.VERSION, StoredJson.toJson(verdict));
        validated.putIfAbsent(sha256, verdict);
    }

    /** veraPDF's verdict if this process or the store has it already, else null. */
    public PdfVerdict known(String sha256) {
        PdfVerdict known = validated.get(sha256);
        if (known != null) {
            return known;
        }
        PdfVerdict recorded = stored.find(sha256, PdfValidator.VERSION)
                .map(json -> StoredJson.fromJson(json, PdfVerdict.class)).orElse(null);
        if (recorded != null) {
            validated.putIfAbsent(sha256, recorded);
        }
        return recorded;
    }
}
