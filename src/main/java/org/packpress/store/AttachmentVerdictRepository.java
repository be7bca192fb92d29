package org.packpress.store;

import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Validators' verdicts on stored attachments, as JSON by content hash and validator version (the
 * accessibility verdicts of {@code render/pdf/AttachmentVerdicts}): bytes that were validated once are not
 * validated again, in this process or the next.
 */
@Repository
public class AttachmentVerdictRepository {

    private final JdbcTemplate jdbc;

    public AttachmentVerdictRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> find(String sha256, String validator) {
        List<String> found = jdbc.queryForList("SELECT verdict FROM attachment_verdict WHERE sha256 = ? AND validator = ?",
                String.class, sha256, validator);
        return found.stream().findFirst();
    }

    /** Records a verdict; one recorded meanwhile by another build or process (the same verdict) is kept. */
    public void save(String sha256, String validator, String verdictJson) {
        try {
            jdbc.update("INSERT INTO attachment_verdict (sha256, validator, verdict) VALUES (?, ?, ?)", sha256,
                    validator, verdictJson);
        } catch (DuplicateKeyException e) {
            // validated twice at once: both verdicts are the same
        }
    }
}
