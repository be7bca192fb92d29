package org.packpress.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.packpress.store.AuditLog;
import org.packpress.publish.Archive;
import org.packpress.publish.Manifest;
import org.packpress.publish.Publisher;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of published documents: {@code /files/<body>/<folder>/<file>} (the current version) and
 * {@code /files/<body>/<folder>/versions/<n>/<file>} (an earlier one), both read from the folder's archive by the
 * content the manifest records, so that a download while a new version moves into place gets the bytes of the
 * manifest it was read from. Only files that a manifest lists are served. Files the manifest records as public need no sign-in once released (a
 * meeting's pack when the meeting is published); all others only officers, members and administrators (see
 * the security configuration).
 */
@RestController
@ConditionalOnWebApplication
public class Downloads {

    private static final String SEGMENT = "[A-Za-z0-9][A-Za-z0-9._-]{0,199}";

    private final MeetingDocuments documents;
    private final AuditLog audit;

    public Downloads(MeetingDocuments documents, AuditLog audit) {
        this.documents = documents;
        this.audit = audit;
    }

    private static boolean entitledToConfidential() {
        var user = SecurityContextHolder.getContext().getAuthentication();
        return user != null && user.getAuthorities().stream().map(a -> a.getAuthority())
                .anyMatch(a -> a.equals("ROLE_OFFICER") || a.equals("ROLE_MEMBER") || a.equals("ROLE_ADMIN"));
    }

    @GetMapping("/files/{body}/{folder}/{file}")
    public ResponseEntity<FileSystemResource> download(@PathVariable String body, @PathVariable String folder,
            @PathVariable String file) {
        requireSegments(body, folder, file);
        Optional<Manifest.OutputFile> published = documents.published(body, folder, file);
        Path dir = Publisher.folder(documents.outRoot(), body, folder).normalize();
        return serve(body, folder, file, published, documents.publiclyReadable(body, folder, file),
                published.flatMap(p -> Archive.stored(dir, file, p.sha256())).map(Path::normalize), file);
    }

    /** An earlier version's file, kept in its folder's archive: as protected as the current one of its audience. */
    @GetMapping("/files/{body}/{folder}/" + MeetingDocuments.VERSIONS + "/{version}/{file}")
    public ResponseEntity<FileSystemResource> downloadEarlier(@PathVariable String body, @PathVariable String folder,
            @PathVariable int version, @PathVariable String file) {
        requireSegments(body, folder, file);
        Optional<Manifest.OutputFile> published = documents.published(body, folder, version, file);
        Path dir = Publisher.folder(documents.outRoot(), body, folder).normalize();
        int dot = file.lastIndexOf('.');
        String name = (dot < 0 ? file : file.substring(0, dot)) + "-version-" + version + (dot < 0 ? "" : file.substring(dot));
        return serve(body, folder, file, published, documents.publiclyReadable(body, folder, version, file),
                published.map(p -> Archive.path(dir, p).normalize()), name);
    }

    private static void requireSegments(String body, String folder, String file) {
        if (!body.matches(SEGMENT) || !folder.matches(SEGMENT) || !file.matches(SEGMENT)) {
            throw new NotFoundException("No published file " + body + "/" + folder + "/" + file);
        }
    }

    /**
     * Serves a file the manifest records, at {@code path}, saved as {@code name}: to anyone when it is publicly
     * readable, else to those entitled to confidential papers, with an audit record of a confidential file.
     */
    private ResponseEntity<FileSystemResource> serve(String body, String folder, String file,
            Optional<Manifest.OutputFile> published, boolean publiclyReadable, Optional<Path> path, String name) {
        if (!publiclyReadable && !entitledToConfidential()) {
            // the security configuration already refuses these; checked again here, where the names are decoded
            throw new org.springframework.security.access.AccessDeniedException("confidential");
        }
        if (path.isEmpty() || !path.get().startsWith(documents.outRoot()) || !Files.isRegularFile(path.get())) {
            throw new NotFoundException("No published file " + body + "/" + folder + "/" + file);
        }
        if (!published.get().isPublic()) {
            audit.record(SecurityContextHolder.getContext().getAuthentication().getName(),
                    AuditLog.CONFIDENTIAL_DOWNLOADED, body, folder, name, null);
        }
        MediaType type = MediaTypeFactory.getMediaType(file).orElse(MediaType.APPLICATION_OCTET_STREAM);
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(new FileSystemResource(path.get()));
    }
}
