package org.anchorage.eligibility.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.anchorage.eligibility.ScreeningId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A screening's uploaded list and its result, kept in PostgreSQL in pieces of {@value #CHUNK_BYTES}
 * bytes, so any node reads them and memory stays flat however long the file. Written once, never changed.
 */
@Repository
public class ScreeningFiles {

    public static final String INPUT = "input";
    public static final String RESULT = "result";
    static final int CHUNK_BYTES = 1024 * 1024;

    private final JdbcClient jdbc;

    ScreeningFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Copies a local file in, piece by piece; call inside the transaction that records the screening's state. */
    public void save(ScreeningId id, String kind, Path file) throws IOException {
        jdbc.sql("DELETE FROM eligibility_screening_file WHERE screening_id = :id AND kind = :kind")
                .param("id", id.value()).param("kind", kind).update();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[CHUNK_BYTES];
            int chunk = 0;
            int filled;
            while ((filled = in.readNBytes(buffer, 0, CHUNK_BYTES)) > 0) {
                jdbc.sql("INSERT INTO eligibility_screening_file (screening_id, kind, chunk, data) VALUES (:id, :kind, :chunk, :data)")
                        .param("id", id.value()).param("kind", kind).param("chunk", chunk++)
                        .param("data", filled == CHUNK_BYTES ? buffer : Arrays.copyOf(buffer, filled))
                        .update();
            }
        }
    }

    public boolean exists(ScreeningId id, String kind) {
        return jdbc.sql("SELECT count(*) FROM eligibility_screening_file WHERE screening_id = :id AND kind = :kind AND chunk = 0")
                .param("id", id.value()).param("kind", kind).query(Long.class).single() > 0;
    }

    /** Copies the stored file out to a local one (for a node that takes over a queued screening). */
    public void copyTo(ScreeningId id, String kind, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (InputStream in = open(id, kind)) {
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Reads the file back a piece at a time: one small query per megabyte, no transaction held open. */
    public InputStream open(ScreeningId id, String kind) {
        return new org.anchorage.shared.PieceByPieceInputStream() {
            private int next;

            @Override
            protected byte[] nextPiece() {
                return jdbc.sql("SELECT data FROM eligibility_screening_file WHERE screening_id = :id AND kind = :kind AND chunk = :chunk")
                        .param("id", id.value()).param("kind", kind).param("chunk", next++)
                        .query(byte[].class).optional().orElse(null);
            }
        };
    }
}
