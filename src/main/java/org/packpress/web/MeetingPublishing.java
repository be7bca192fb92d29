package org.packpress.web;

import java.time.LocalDate;
import java.util.List;
import org.packpress.common.BuildFailedException;
import org.packpress.documents.agenda.PackPublication;
import org.packpress.store.MeetingPublications;
import org.springframework.stereotype.Service;

/**
 * Publishing a meeting, the officer's deliberate step: refused while the checks find an error in its pack
 * (a build would refuse it too); a meeting file of the workbench marked {@code draft: true} is saved without
 * the mark through the import, so that file and store agree; then the publication is recorded with who and
 * when. From then on its pack is public and may be sent.
 */
@Service
public class MeetingPublishing {

    private final MeetingDocuments documents;
    private final PackPublication publication;
    private final InputUploads uploads;

    public MeetingPublishing(MeetingDocuments documents, PackPublication publication, InputUploads uploads) {
        this.documents = documents;
        this.publication = publication;
        this.uploads = uploads;
    }

    /** @throws BuildRefusedException naming every error the checks find in the pack */
    public MeetingPublications.Publication publish(String body, LocalDate date, String by) {
        documents.meeting(body, date);
        try {
            publication.requirePublishable(body, date);
            String name = MeetingYaml.fileName(date);
            uploads.read(body, name).filter(MeetingYaml::isDraft).ifPresent(yaml -> uploads.store(body, List.of(
                    InputUploads.Incoming.of(name, MeetingYaml.edit(yaml, meeting -> meeting.remove(MeetingYaml.DRAFT))))));
            return publication.publish(body, date, by);
        } catch (BuildFailedException e) {
            throw new BuildRefusedException(e.getMessage());
        }
    }
}
