package org.hub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 finding 3: bytes overwritten inside a {@code .tim} and an {@code .fdt} file while the
 * index is closed pass the cheap check at opening, then break searches. Every failure they cause
 * must be a corruption (so the application rebuilds, and answers 503 meanwhile), the integrity
 * check must find them, and once found no search answers from the damaged files.
 */
class DamagedFilesTest {
    private static final int ITEMS = 400;
    private static final String[] WORDS = {
        "budget", "council", "housing", "repair", "planning", "licence", "waste", "parking", "school", "library"
    };

    @Test
    void damageInsideDataFilesIsFoundAndNothingIsServedFromIt(@TempDir Path folder) throws IOException {
        writeUntilMerged(folder);
        List<Path> damaged = damage(folder, ".tim", ".fdt");
        assertThat(damaged).as("a terms file and a stored-fields file").hasSize(2);
        assertThat(SearchIndex.isHealthy(folder))
                .as("opening does not checksum data files: start-up cannot tell")
                .isTrue();

        try (SearchIndex index = SearchIndex.open(folder, SearchIndexOptions.defaults())) {
            AtomicInteger told = new AtomicInteger();
            index.onCorruption(told::incrementAndGet);
            List<Throwable> notCorruption = new ArrayList<>();
            int failed = 0;
            for (String word : WORDS) {
                for (String q : List.of(word, word + " question", "question " + word + " -planning")) {
                    try {
                        index.search(Items.request(q, Items.ALL));
                    } catch (SearchIndexException e) {
                        failed++;
                        if (!e.isCorruption()) {
                            notCorruption.add(e);
                        }
                    } catch (RuntimeException | InvalidQueryException e) {
                        failed++;
                        notCorruption.add(e);
                    }
                }
            }
            assertThat(notCorruption).as("failures that would answer 500").isEmpty();
            assertThat(failed).as("searches that met the damage").isPositive();
            assertThat(index.corruption())
                    .as("marked by the first search that met it")
                    .isPresent();

            assertThat(index.checkIntegrity()).isFalse();
            assertThat(index.corruption()).isPresent();
            assertThat(told)
                    .as("told once, however often it was met (%d failed searches)", failed)
                    .hasValue(1);
            assertThatThrownBy(() -> index.search(Items.request("budget", Items.ALL)))
                    .isInstanceOfSatisfying(SearchIndexException.class, e -> assertThat(e.isCorruption())
                            .isTrue());
            assertThatThrownBy(() -> index.suggest("bud", Items.ALL, 5))
                    .isInstanceOfSatisfying(SearchIndexException.class, e -> assertThat(e.isCorruption())
                            .isTrue());
        }
    }

    @Test
    void anIntactIndexPassesTheIntegrityCheck(@TempDir Path folder) {
        try (SearchIndex index = SearchIndex.open(folder, SearchIndexOptions.defaults())) {
            for (int i = 1; i <= 50; i++) {
                index.upsert(Items.thread(i, "budget question " + i, body(i), Items.ALL));
            }
            index.commit(1);
            index.refreshNow();
            assertThat(index.checkIntegrity()).isTrue();
            assertThat(index.corruption()).isEmpty();
        }
    }

    @Test
    void aBugOfOursIsNotMistakenForDamage() {
        IndexOutOfBoundsException ours = new IndexOutOfBoundsException("ours");
        ours.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.hub.search.TextSearch", "run", "TextSearch.java", 1),
            new StackTraceElement("org.apache.lucene.codecs.Whatever", "read", "Whatever.java", 1)
        });
        IndexOutOfBoundsException lucenes = new IndexOutOfBoundsException("lz4");
        lucenes.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.apache.lucene.util.compress.LZ4", "decompress", "LZ4.java", 1),
            new StackTraceElement("org.hub.search.Snippets", "toHits", "Snippets.java", 1)
        });
        assertThat(CorruptionSigns.isCorruption(ours)).isFalse();
        assertThat(CorruptionSigns.isCorruption(new RuntimeException(lucenes))).isTrue();
        assertThat(CorruptionSigns.isCorruption(new org.apache.lucene.index.CorruptIndexException("x", "y")))
                .isTrue();
    }

    /**
     * Small flushed segments are packed into one compound file; a merged one keeps its files
     * apart, as on a real index. Commits small batches until a merge has produced a segment with
     * its own {@code .tim} and {@code .fdt} files, and commits once more so that it is the one on disk.
     */
    static void writeUntilMerged(Path folder) throws IOException {
        int id = 1;
        for (int attempt = 0; attempt < 5 && !hasFile(folder, ".tim"); attempt++) {
            try (SearchIndex index = SearchIndex.open(folder, SearchIndexOptions.defaults())) {
                for (int round = 1; round <= 200 && !hasFile(folder, ".tim"); round++) {
                    for (int i = 0; i < ITEMS / 10; i++, id++) {
                        index.upsert(
                                Items.thread(id, WORDS[id % WORDS.length] + " question " + id, body(id), Items.ALL));
                    }
                    index.commit(round);
                }
                pause(); // let the merge that wrote the .tim finish, so the last commit holds its segment
                index.commit(1000);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean hasFile(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(suffix));
        }
    }

    private static String body(int i) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < 40; w++) {
            sb.append(WORDS[(i * 7 + w * 3) % WORDS.length])
                    .append(' ')
                    .append("word")
                    .append(i * w % 97)
                    .append(' ');
        }
        return sb.toString();
    }

    /** Overwrites the middle half of the first file with each suffix, keeping headers and footers. */
    static List<Path> damage(Path folder, String... suffixes) throws IOException {
        List<Path> damaged = new ArrayList<>();
        Random random = new Random(11);
        for (String suffix : suffixes) {
            Path file;
            try (Stream<Path> files = Files.list(folder)) {
                file = files.filter(p -> p.getFileName().toString().endsWith(suffix))
                        .findFirst()
                        .orElseThrow();
            }
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                long length = raf.length();
                byte[] noise = new byte[(int) (length / 2)];
                random.nextBytes(noise);
                raf.seek(length / 4);
                raf.write(noise);
            }
            damaged.add(file);
        }
        return damaged;
    }
}
