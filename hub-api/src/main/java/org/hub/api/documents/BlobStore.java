package org.hub.api.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Content-addressed file storage: each blob lives at {@code root/ab/cd/<sha256>}, so equal
 * uploads are stored once and a blob's name proves its content.
 *
 * <p>Uploads are written to {@code root/tmp} first and renamed into place only once complete,
 * so a reader never sees a partial blob and a failed upload leaves nothing behind. The temporary
 * folder sits under the root so the rename stays on one file system and is atomic.
 *
 * <p>Blobs are shared between documents and versions with the same content, so deleting one is
 * the caller's decision once no row refers to it.
 */
public final class BlobStore {
    private static final Logger LOG = LoggerFactory.getLogger(BlobStore.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER_SIZE = 64 * 1024;
    private static final String TMP_PREFIX = "upload-";
    /** Older temporary files can only be leftovers of a crash; younger ones may be uploads in flight. */
    private static final Duration STALE_TMP_AGE = Duration.ofDays(1);

    private final Path root;
    private final Path tmp;

    /** Names the folder only; {@link #init()} creates it. */
    public BlobStore(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        this.tmp = this.root.resolve("tmp");
    }

    /** Creates the root and temporary folders and clears stale temporary files; returns this store. */
    public BlobStore init() throws IOException {
        Files.createDirectories(tmp);
        removeStaleTemporaryFiles();
        return this;
    }

    public Path root() {
        return root;
    }

    /**
     * Stores everything {@code in} yields, hashing it on the way, without holding it in memory.
     *
     * @throws FileTooLargeException as soon as more than {@code maxBytes} arrive; nothing is kept
     */
    public StoredBlob store(InputStream in, long maxBytes) throws IOException {
        Objects.requireNonNull(in, "in");
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative");
        }
        Path part = Files.createTempFile(tmp, TMP_PREFIX, ".part");
        try {
            MessageDigest digest = newSha256();
            long size = copy(in, part, digest, maxBytes);
            StoredBlob blob = new StoredBlob(HexFormat.of().formatHex(digest.digest()), size);
            moveIntoPlace(part, blob);
            return blob;
        } finally {
            // After a successful move the part file is gone; after any failure it must not stay.
            Files.deleteIfExists(part);
        }
    }

    /**
     * Opens a blob for reading. The stream checks the content against its hash as it is read and
     * throws {@link CorruptBlobException} at the end if they differ.
     *
     * @throws NoSuchFileException if there is no such blob
     */
    public InputStream open(String sha256) throws IOException {
        return new VerifyingInputStream(Files.newInputStream(pathOf(sha256)), sha256);
    }

    /**
     * Checks the whole blob against its hash, then opens it for reading: a damaged file is refused
     * before any of its bytes are sent (a stream can only tell at its end, after a response has
     * begun). Blobs are never changed in place, so the stream is not hashed a second time.
     *
     * @throws CorruptBlobException if the bytes do not hash to {@code sha256}
     * @throws NoSuchFileException if there is no such blob
     */
    public InputStream openVerified(String sha256) throws IOException {
        try (InputStream in = open(sha256)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return Files.newInputStream(pathOf(sha256));
    }

    /** Where the blob with this hash is (or would be) stored. */
    public Path pathOf(String sha256) {
        if (!isValidSha256(sha256)) {
            // Only 64 lower-case hex digits can name a blob, so no input can climb out of the root.
            throw new IllegalArgumentException("not a lower-case hex SHA-256");
        }
        return root.resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    public boolean exists(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    /** Removes a blob; the caller must know that nothing refers to it any more. */
    public boolean delete(String sha256) throws IOException {
        return Files.deleteIfExists(pathOf(sha256));
    }

    static boolean isValidSha256(String sha256) {
        return sha256 != null && SHA256.matcher(sha256).matches();
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static long copy(InputStream in, Path part, MessageDigest digest, long maxBytes) throws IOException {
        byte[] buffer = new byte[BUFFER_SIZE];
        long size = 0;
        try (FileChannel out = FileChannel.open(part, StandardOpenOption.WRITE)) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                size += n;
                if (size > maxBytes) {
                    throw new FileTooLargeException(maxBytes);
                }
                digest.update(buffer, 0, n);
                ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, n);
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
            }
            // Durable before it becomes visible under its final name.
            out.force(true);
        }
        return size;
    }

    private void moveIntoPlace(Path part, StoredBlob blob) throws IOException {
        Path target = pathOf(blob.sha256());
        if (Files.isRegularFile(target) && Files.size(target) == blob.size()) {
            return; // Same content already stored: the caller's finally removes the part file.
        }
        Files.createDirectories(target.getParent());
        try {
            // Replacing covers a damaged copy of different size; a concurrent identical upload
            // racing us writes the same bytes, so either winner is correct.
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            // Some file systems refuse to replace atomically; the other upload's copy is as good.
            LOG.debug("blob {} appeared while storing it", blob.sha256());
        }
    }

    private void removeStaleTemporaryFiles() throws IOException {
        Instant cutoff = Instant.now().minus(STALE_TMP_AGE);
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(tmp, TMP_PREFIX + "*")) {
            for (Path part : parts) {
                try {
                    if (Files.getLastModifiedTime(part).toInstant().isBefore(cutoff)) {
                        Files.deleteIfExists(part);
                        LOG.info("removed stale upload {}", part.getFileName());
                    }
                } catch (IOException e) {
                    LOG.warn("could not remove stale upload {}", part.getFileName(), e);
                }
            }
        }
    }
}
