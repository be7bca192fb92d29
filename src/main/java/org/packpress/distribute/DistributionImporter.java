package org.packpress.distribute;

import org.packpress.common.FieldPaths;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.packpress.ingest.ImportSummary;
import org.packpress.ingest.InputImporter;
import org.packpress.ingest.Problems;
import org.packpress.ingest.StructuredFiles;
import org.packpress.ingest.TextChecks;
import org.packpress.model.Limit;
import org.packpress.model.TextLimit;
import org.packpress.ingest.BodyFolder;
import org.packpress.ingest.InputError;
import org.packpress.ingest.InputRejectedException;
import org.packpress.store.BodyRepository;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Imports a body's distribution list, {@code distribution.yaml} (or .yml/.json) in the body folder:
 * <pre>
 * recipients:
 *   - name: Cllr Jane Example
 *     email: jane.example@council.example
 *     role: member        # member, officer or subscriber
 * </pre>
 * The list replaces the stored one.
 */
@Component
@Order(50)
public class DistributionImporter implements InputImporter {

    static final List<String> FILE_NAMES = List.of("distribution.yaml", "distribution.yml", "distribution.json");

    /** The file's shape. */
    public record DistributionFile(@JsonProperty(required = true) List<Entry> recipients) {
    }

    public record Entry(@Limit(TextLimit.HEADER_NAME) String name, @Limit(TextLimit.EMAIL) String email,
            @Limit(TextLimit.CHOICE) String role) {
    }

    private final DistributionRepository lists;
    private final BodyRepository bodies;

    public DistributionImporter(DistributionRepository lists, BodyRepository bodies) {
        this.lists = lists;
        this.bodies = bodies;
    }

    @Override
    public boolean accepts(String relativePath) {
        return FILE_NAMES.contains(relativePath);
    }

    @Override
    public ImportSummary importFiles(Path bodyFolder, List<String> files) {
        String name = files.get(0);
        Problems problems = new Problems();
        DistributionFile file = StructuredFiles.read(bodyFolder.resolve(name), name, DistributionFile.class, problems);
        if (file == null) {
            problems.throwIfAny();
        }
        List<Recipient> recipients = recipients(name, file, problems);
        problems.throwIfAny();
        String bodyId = bodyId(bodyFolder, name);
        lists.replaceList(bodyId, recipients);
        return ImportSummary.of(name + ": distribution list of " + bodyId + " stored (" + recipients.size()
                + " recipients)");
    }

    /** Validates every entry, naming the field of each problem. */
    public static List<Recipient> recipients(String name, DistributionFile file, Problems problems) {
        List<Recipient> recipients = new ArrayList<>();
        TextChecks.of(name, file).forEach(e -> problems.add(e.file(), e.location(), e.reason()));
        List<Entry> entries = file.recipients() == null ? List.of() : file.recipients();
        Map<String, Integer> firstEntryOf = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String at = FieldPaths.entry("recipients", i);
            if (e.name() == null || e.name().isBlank()) {
                problems.add(name, at + ".name", "is required");
            }
            if (e.email() == null || !e.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                problems.add(name, at + ".email", "'" + e.email() + "' is not an email address");
            } else {
                Integer earlier = firstEntryOf.putIfAbsent(e.email().strip().toLowerCase(Locale.ROOT), i + 1);
                if (earlier != null) {
                    problems.add(name, at + ".email", e.email().strip() + " is already on the list as recipients["
                            + earlier + "] (addresses are compared ignoring case)");
                }
            }
            Recipient.Role role = role(e.role());
            if (role == null) {
                problems.add(name, at + ".role", "'" + e.role() + "' is not one of member, officer, subscriber");
            }
            if (problems.isEmpty()) {
                recipients.add(new Recipient(e.name().strip(), e.email().strip(), role));
            }
        }
        return recipients;
    }

    /** The id of the body whose folder this is, as its body file gives it (already imported). */
    private String bodyId(Path bodyFolder, String name) {
        for (String bodyFile : BodyFolder.BODY_FILE_NAMES) {
            Path file = bodyFolder.resolve(bodyFile);
            if (Files.isRegularFile(file)) {
                String id = StructuredFiles.readTree(file, bodyFile).path("id").asText(null);
                if (id != null && bodies.find(id).isPresent()) {
                    return id;
                }
                break;
            }
        }
        throw new InputRejectedException(new InputError(name, null, "the body folder's body.yaml names no imported body"));
    }

    private static Recipient.Role role(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Recipient.Role.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
