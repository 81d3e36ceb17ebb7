package org.anchorage.shared.database;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A backup file's encryption, since a backup holds special-category data: AES-256-GCM under a key
 * derived from the operator's passphrase (PBKDF2-HMAC-SHA256, 310,000 rounds, random salt), in
 * segments of up to 1 MiB so a large backup needs little memory. Each segment's nonce is its number
 * and its authenticated data the header, its number and whether it is the last, so a file that is
 * not ours, truncated, reordered or opened with the wrong passphrase is refused before anything is
 * restored.
 */
final class BackupFile {

    static final byte[] MAGIC = "ANCHORAGE-BACKUP-1\n".getBytes(StandardCharsets.US_ASCII);
    static final int SEGMENT = 1 << 20;
    static final int ROUNDS = 310_000;

    /** A backup that cannot be used, with a message for the operator. */
    static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    private BackupFile() {}

    private static SecretKeySpec key(char[] passphrase, byte[] salt) throws GeneralSecurityException {
        byte[] bytes = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(passphrase, salt, ROUNDS, 256)).getEncoded();
        return new SecretKeySpec(bytes, "AES");
    }

    private static byte[] aad(byte[] header, long segment, boolean last) {
        return ByteBuffer.allocate(header.length + 9).put(header).putLong(segment).put((byte) (last ? 1 : 0)).array();
    }

    private static GCMParameterSpec nonce(long segment) {
        return new GCMParameterSpec(128, ByteBuffer.allocate(12).putInt(0).putLong(segment).array());
    }

    /** An output stream that encrypts everything written to it into {@code out}. */
    static OutputStream encrypting(OutputStream out, char[] passphrase) throws IOException {
        try {
            byte[] salt = new byte[16];
            new SecureRandom().nextBytes(salt);
            byte[] header = ByteBuffer.allocate(MAGIC.length + 16 + 4).put(MAGIC).put(salt).putInt(ROUNDS).array();
            SecretKeySpec key = key(passphrase, salt);
            DataOutputStream data = new DataOutputStream(out);
            data.write(header);
            return new OutputStream() {
                private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(SEGMENT);
                private long segment;
                private boolean closed;

                @Override
                public void write(int b) throws IOException {
                    buffer.write(b);
                    if (buffer.size() >= SEGMENT) {
                        flushSegment(false);
                    }
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    while (len > 0) {
                        int n = Math.min(len, SEGMENT - buffer.size());
                        buffer.write(b, off, n);
                        off += n;
                        len -= n;
                        if (buffer.size() >= SEGMENT) {
                            flushSegment(false);
                        }
                    }
                }

                private void flushSegment(boolean last) throws IOException {
                    try {
                        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                        cipher.init(Cipher.ENCRYPT_MODE, key, nonce(segment));
                        cipher.updateAAD(aad(header, segment, last));
                        byte[] sealed = cipher.doFinal(buffer.toByteArray());
                        data.writeByte(last ? 1 : 0);
                        data.writeInt(sealed.length);
                        data.write(sealed);
                        buffer.reset();
                        segment++;
                    } catch (GeneralSecurityException e) {
                        throw new IOException("Could not encrypt the backup", e);
                    }
                }

                @Override
                public void close() throws IOException {
                    if (!closed) {
                        closed = true;
                        flushSegment(true);
                        data.flush();
                        out.close();
                    }
                }
            };
        } catch (GeneralSecurityException e) {
            throw new IOException("Could not encrypt the backup", e);
        }
    }

    /** An input stream of the decrypted contents; any damage is a {@link Refused} while reading. */
    static InputStream decrypting(InputStream in, char[] passphrase) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] magic = new byte[MAGIC.length];
        try {
            data.readFully(magic);
        } catch (EOFException e) {
            throw new Refused("This is not an Anchorage backup (it is too short to be one)");
        }
        if (!Arrays.equals(magic, MAGIC)) {
            throw new Refused("This is not an Anchorage backup");
        }
        byte[] salt = new byte[16];
        int rounds;
        SecretKeySpec key;
        try {
            data.readFully(salt);
            rounds = data.readInt();
            if (rounds != ROUNDS) {
                throw new Refused("This backup was made by another version of Anchorage's backup format");
            }
            key = key(passphrase, salt);
        } catch (EOFException e) {
            throw new Refused("The backup is cut short: it ends inside its header");
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
        byte[] header = ByteBuffer.allocate(MAGIC.length + 16 + 4).put(MAGIC).put(salt).putInt(rounds).array();
        return new org.anchorage.shared.PieceByPieceInputStream() {
            private long segment;
            private boolean ended;

            @Override
            protected byte[] nextPiece() throws IOException {
                if (ended) {
                    return null;
                }
                int flag;
                try {
                    flag = data.readUnsignedByte();
                } catch (EOFException e) {
                    throw new Refused("The backup is cut short: its last part is missing");
                }
                byte[] piece;
                try {
                    int length = data.readInt();
                    if (length < 16 || length > SEGMENT + 16) {
                        throw new Refused("The backup is damaged at part " + (segment + 1));
                    }
                    byte[] sealed = new byte[length];
                    data.readFully(sealed);
                    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                    cipher.init(Cipher.DECRYPT_MODE, key, nonce(segment));
                    cipher.updateAAD(aad(header, segment, flag == 1));
                    piece = cipher.doFinal(sealed);
                } catch (EOFException e) {
                    throw new Refused("The backup is cut short at part " + (segment + 1));
                } catch (javax.crypto.AEADBadTagException e) {
                    throw new Refused(segment == 0 ? "The passphrase is wrong, or this backup is damaged"
                            : "The backup is damaged at part " + (segment + 1));
                } catch (GeneralSecurityException e) {
                    throw new IOException(e);
                }
                segment++;
                ended = flag == 1;
                if (ended && data.read() != -1) {
                    throw new Refused("The backup has data after its last part");
                }
                return piece;
            }
        };
    }
}
