package org.packpress.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Attachment and image bytes, stored once by SHA-256 and streamed in and out (never held whole). */
@Repository
public class BlobStore {

    private final JdbcTemplate jdbc;

    public BlobStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean contains(String sha256) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM blob WHERE sha256 = ?", Integer.class, sha256);
        return n != null && n > 0;
    }

    /** Stores a file's bytes under their hash, unless they are there already. */
    public void put(String sha256, String mediaType, Path file) {
        if (contains(sha256)) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            jdbc.update(con -> {
                var ps = con.prepareStatement(
                        "INSERT INTO blob (sha256, media_type, byte_size, content) VALUES (?, ?, ?, ?)");
                ps.setString(1, sha256);
                ps.setString(2, mediaType);
                ps.setLong(3, size);
                ps.setBinaryStream(4, in, size);
                return ps;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Copies a blob into a file, streaming. */
    public void copyTo(String sha256, Path target) {
        jdbc.query("SELECT content FROM blob WHERE sha256 = ?", rs -> {
            try (InputStream in = rs.getBinaryStream(1)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + target, e);
            }
        }, sha256);
        if (!Files.exists(target)) {
            throw new IllegalStateException("No stored blob " + sha256);
        }
    }

    public byte[] bytes(String sha256) {
        return jdbc.queryForObject("SELECT content FROM blob WHERE sha256 = ?", byte[].class, sha256);
    }
}
