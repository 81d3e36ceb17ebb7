package org.anchorage.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Secrets kept in files under $ANCHORAGE_HOME, readable only by the owner (POSIX 0600): the embedded
 * database's passwords and the audit key. Generated on first use, then read back on every start.
 */
public final class SecretFiles {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private SecretFiles() {}

    /** The secret in {@code file}, creating it with 32 random bytes (base64url, no padding) if absent. */
    public static String readOrCreate(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!Files.exists(file)) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                try {
                    Files.writeString(createOwnerOnly(file), secret + "\n", StandardCharsets.US_ASCII);
                } catch (FileAlreadyExistsException raced) {
                    // another process made it first: read theirs
                }
            }
            restrictToOwner(file);
            String secret = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (secret.isEmpty()) {
                throw new IllegalStateException("The secret file " + file + " is empty");
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the secret file " + file, e);
        }
    }

    /** Creates an empty file readable only by its owner (or does nothing if it exists), e.g. for an append-only log. */
    public static Path createOwnerOnly(Path file) throws IOException {
        if (posix()) {
            FileAttribute<Set<PosixFilePermission>> attribute = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
            return Files.createFile(file, attribute);
        }
        return Files.createFile(file);
    }

    /** Appends a line, creating the file owner-only first if needed. */
    public static void appendLine(Path file, String line) throws IOException {
        if (!Files.exists(file)) {
            try {
                createOwnerOnly(file);
            } catch (FileAlreadyExistsException raced) {
                // fine
            }
        }
        Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
    }

    public static void restrictToOwner(Path file) throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
