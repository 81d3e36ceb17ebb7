package org.anchorage.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.anchorage.shared.AnchorageProperties;
import org.anchorage.shared.SecretFiles;
import org.springframework.stereotype.Component;

/**
 * Signed checkpoints of the chain head (position, entry sequence, MAC), appended to a file in
 * $ANCHORAGE_HOME that the database cannot reach: removing or rolling back the tail of the chain in the
 * database leaves a checkpoint pointing past the end, or at a link that is no longer the same.
 */
@Component
public class Checkpoints {

    static final String FILE = "audit-checkpoints.log";

    public record Checkpoint(long position, long sequence, String entryMac, Instant at) {}

    /** The lines that verify, and how many did not (a forged or damaged line is tampering too). */
    public record Read(List<Checkpoint> valid, int forged) {
        public Checkpoint latest() {
            return valid.isEmpty() ? null : valid.getLast();
        }
    }

    private final Path file;
    private final AuditKey key;
    private volatile Checkpoint latest;
    private volatile boolean loaded;

    Checkpoints(AnchorageProperties properties, AuditKey key) {
        this.file = properties.home().toAbsolutePath().normalize().resolve(FILE);
        this.key = key;
    }

    public synchronized void append(long position, long sequence, String entryMac, Instant at) {
        String body = "v1 " + position + " " + sequence + " " + entryMac + " " + at;
        try {
            SecretFiles.appendLine(file, body + " " + key.mac("checkpoint", body));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not append an audit checkpoint to " + file, e);
        }
        latest = new Checkpoint(position, sequence, entryMac, at);
        loaded = true;
    }

    public Checkpoint latest() {
        if (!loaded) {
            synchronized (this) {
                if (!loaded) {
                    latest = read().latest();
                    loaded = true;
                }
            }
        }
        return latest;
    }

    public Read read() {
        List<Checkpoint> valid = new ArrayList<>();
        int forged = 0;
        if (!Files.exists(file)) {
            return new Read(valid, 0);
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                int cut = line.lastIndexOf(' ');
                String[] parts = line.split(" ");
                if (cut < 0 || parts.length != 6 || !"v1".equals(parts[0])
                        || !key.mac("checkpoint", line.substring(0, cut)).equals(line.substring(cut + 1))) {
                    forged++;
                    continue;
                }
                valid.add(new Checkpoint(Long.parseLong(parts[1]), Long.parseLong(parts[2]), parts[3], Instant.parse(parts[4])));
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Could not read the audit checkpoints in " + file, e);
        }
        return new Read(valid, forged);
    }

    Path file() {
        return file;
    }
}
