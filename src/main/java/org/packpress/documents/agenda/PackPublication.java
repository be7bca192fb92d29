package org.packpress.documents.agenda;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.packpress.checks.ChecksEngine;
import org.packpress.checks.PublicationCheck;
import org.packpress.common.BuildFailedException;
import org.packpress.publish.Manifest;
import org.packpress.store.MeetingPublications;
import org.springframework.stereotype.Service;

/**
 * The one rule on what publishing releases: a meeting's agenda pack (with its supplements) is public, and is
 * sent, only once the meeting is published, by an officer or by the nightly run on its publication date.
 * A build before that is a preview for officers. Other documents (minutes, trackers, workbooks) are not
 * held back.
 */
@Service
public class PackPublication {

    private final MeetingPublications publications;
    private final ChecksEngine checks;

    public PackPublication(MeetingPublications publications, ChecksEngine checks) {
        this.publications = publications;
        this.checks = checks;
    }

    /** A pack that may not be sent yet, with the reason in words. */
    public static class NotPublishedException extends IllegalStateException {
        public NotPublishedException(String message) {
            super(message);
        }
    }

    /** Whether a document built for a meeting may be read by the public (when public) and sent. */
    public boolean released(String bodyId, LocalDate meeting, String document) {
        return !AgendaPackBuilder.DOCUMENT.equals(document) || publications.isPublished(bodyId, meeting);
    }

    /**
     * Whether a file of the manifest's folder may be read by the public (when it is public): the folder of a
     * meeting's pack is the meeting's, named by its date.
     */
    public boolean released(Manifest manifest, String file) {
        Optional<String> document = manifest.documentOf(file);
        if (document.isEmpty()) {
            return false;
        }
        return !AgendaPackBuilder.DOCUMENT.equals(document.get())
                || publications.isPublished(manifest.body(), LocalDate.parse(manifest.folder()));
    }

    /** @throws NotPublishedException when the document is the pack of a meeting not yet published */
    public void requireReleased(String bodyId, LocalDate meeting, String document) {
        Optional<String> why = whyNotReleased(bodyId, meeting, document);
        if (why.isPresent()) {
            throw new NotPublishedException(why.get());
        }
    }

    /** Why the document may not be sent yet, or empty when it may. */
    public Optional<String> whyNotReleased(String bodyId, LocalDate meeting, String document) {
        return released(bodyId, meeting, document) ? Optional.empty()
                : Optional.of("The agenda pack of " + bodyId + "/" + meeting + " is not published yet: publish the"
                        + " meeting first (officer page, POST /api/bodies/" + bodyId + "/meetings/" + meeting
                        + "/publication, or the command publish " + bodyId + "/" + meeting + ")");
    }

    /**
     * Publishes the meeting (once: publishing it again keeps the first record).
     *
     * @param by an officer's user name, the nightly run, the command line
     * @throws BuildFailedException naming every error the checks find in its pack, which a build would refuse
     */
    public MeetingPublications.Publication publish(String bodyId, LocalDate meeting, String by) {
        requirePublishable(bodyId, meeting);
        return publications.publish(bodyId, meeting, by, LocalDateTime.now());
    }

    /** @throws BuildFailedException naming every error the checks find in the meeting's pack */
    public void requirePublishable(String bodyId, LocalDate meeting) {
        PublicationCheck.passed(checks.checkPack(bodyId, meeting), "The agenda pack of " + bodyId + "/" + meeting);
    }

    public Optional<MeetingPublications.Publication> publication(String bodyId, LocalDate meeting) {
        return publications.find(bodyId, meeting);
    }
}
