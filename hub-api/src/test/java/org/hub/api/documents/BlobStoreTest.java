package org.hub.api.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BlobStore: content addressing, size limit while streaming, dedupe, verification on read, hash validation. */
class BlobStoreTest {
    @TempDir
    Path root;

    private BlobStore store;

    @BeforeEach
    void setUp() throws IOException {
        store = new BlobStore(root).init();
    }

    @Test
    void constructorHasNoSideEffects() {
        Path elsewhere = root.resolve("not-yet");
        new BlobStore(elsewhere);
        assertThat(elsewhere).doesNotExist();
    }

    @Test
    void storesUnderItsHashAndReadsBack() throws IOException {
        byte[] content = "minutes of the adult social care forum".getBytes(StandardCharsets.UTF_8);

        StoredBlob blob = store.store(new ByteArrayInputStream(content), 1024);

        assertThat(blob.sha256()).isEqualTo(sha256(content));
        assertThat(blob.size()).isEqualTo(content.length);
        assertThat(store.pathOf(blob.sha256()))
                .isEqualTo(root.resolve(blob.sha256().substring(0, 2))
                        .resolve(blob.sha256().substring(2, 4))
                        .resolve(blob.sha256()))
                .hasBinaryContent(content);
        try (InputStream in = store.open(blob.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void storesEmptyFile() throws IOException {
        StoredBlob blob = store.store(InputStream.nullInputStream(), 0);

        assertThat(blob).isEqualTo(new StoredBlob(sha256(new byte[0]), 0));
        assertThat(store.exists(blob.sha256())).isTrue();
    }

    @Test
    void sameContentIsStoredOnce() throws IOException {
        byte[] content = "the same policy twice".getBytes(StandardCharsets.UTF_8);

        StoredBlob first = store.store(new ByteArrayInputStream(content), 1024);
        StoredBlob second = store.store(new ByteArrayInputStream(content), 1024);

        assertThat(second).isEqualTo(first);
        assertThat(blobFiles()).containsExactly(store.pathOf(first.sha256()));
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void tooLargeUploadLeavesNothingBehind() throws IOException {
        // An endless source: the limit must stop it while streaming, not after reading it all.
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }
        };

        assertThatThrownBy(() -> store.store(endless, 100_000))
                .isInstanceOf(FileTooLargeException.class)
                .satisfies(
                        e -> assertThat(((FileTooLargeException) e).maxBytes()).isEqualTo(100_000));

        assertThat(blobFiles()).isEmpty();
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void exactlyTheLimitIsAccepted() throws IOException {
        StoredBlob blob = store.store(new ByteArrayInputStream(new byte[100]), 100);

        assertThat(blob.size()).isEqualTo(100);
    }

    @Test
    void failingSourceLeavesNothingBehind() throws IOException {
        InputStream broken = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served++ > 10_000) {
                    throw new IOException("connection reset");
                }
                return 'y';
            }
        };

        assertThatThrownBy(() -> store.store(broken, 1_000_000)).hasMessage("connection reset");
        assertThat(temporaryFiles()).isEmpty();
        assertThat(blobFiles()).isEmpty();
    }

    @Test
    void corruptBlobIsDetectedWhenRead() throws IOException {
        StoredBlob blob = store.store(new ByteArrayInputStream("original text".getBytes(StandardCharsets.UTF_8)), 1024);
        Files.writeString(store.pathOf(blob.sha256()), "tampered text");

        try (InputStream in = store.open(blob.sha256())) {
            assertThatThrownBy(in::readAllBytes)
                    .isInstanceOf(CorruptBlobException.class)
                    .hasMessageContaining(blob.sha256());
        }
    }

    @Test
    void skippingStillVerifies() throws IOException {
        byte[] content = new byte[50_000];
        new java.util.Random(7).nextBytes(content);
        StoredBlob blob = store.store(new ByteArrayInputStream(content), content.length);

        try (InputStream in = store.open(blob.sha256())) {
            assertThat(in.skip(30_000)).isEqualTo(30_000);
            assertThat(in.readAllBytes()).hasSize(20_000);
        }
    }

    @Test
    void dedupeRepairsAStoredCopyOfTheWrongSize() throws IOException {
        byte[] content = "a complete copy".getBytes(StandardCharsets.UTF_8);
        StoredBlob blob = store.store(new ByteArrayInputStream(content), 1024);
        Files.writeString(store.pathOf(blob.sha256()), "trunc");

        store.store(new ByteArrayInputStream(content), 1024);

        assertThat(store.pathOf(blob.sha256())).hasBinaryContent(content);
    }

    @Test
    void invalidHashesAreRejected() {
        for (String bad : List.of(
                "",
                "abc",
                "../../etc/passwd",
                "..%2f..%2fetc",
                "A".repeat(64),
                "g".repeat(64),
                "0".repeat(63),
                "0".repeat(65),
                "0".repeat(62) + "/a",
                "0".repeat(63) + "\n")) {
            assertThatThrownBy(() -> store.pathOf(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.open(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> store.pathOf(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missingBlobIsNoSuchFile() {
        assertThatThrownBy(() -> store.open("0".repeat(64))).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void initRemovesOnlyStaleTemporaryFiles() throws IOException {
        Path stale = Files.createFile(root.resolve("tmp").resolve("upload-crashed.part"));
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.fromMillis(0));
        Path inFlight = Files.createFile(root.resolve("tmp").resolve("upload-in-flight.part"));

        new BlobStore(root).init();

        assertThat(stale).doesNotExist();
        assertThat(inFlight).exists();
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("tmp"))) {
            return files.toList();
        }
    }

    private List<Path> blobFiles() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(root.resolve("tmp")))
                    .toList();
        }
    }

    private static String sha256(byte[] content) {
        return HexFormat.of().formatHex(BlobStore.newSha256().digest(content));
    }
}
