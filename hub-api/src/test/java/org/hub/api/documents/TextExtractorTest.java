package org.hub.api.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.hub.api.testing.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/** TextExtractor: text from each supported format, and failure, cap, time-out and zip-bomb handling. */
class TextExtractorTest {
    private static TextExtractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        extractor = new TextExtractor(ExtractionLimits.defaults());
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    @Test
    void pdf() throws IOException {
        Path file = TestFiles.pdf(dir.resolve("minutes.pdf"), "Quarterly safeguarding pelican review");

        assertExtracts(file, "minutes.pdf", "Quarterly safeguarding pelican review");
    }

    @Test
    void docx() throws IOException {
        Path file = TestFiles.docx(dir.resolve("policy.docx"), "Hedgehog crossing procedure for depots");

        assertExtracts(file, "policy.docx", "Hedgehog crossing procedure for depots");
    }

    @Test
    void odt() throws IOException {
        Path file = TestFiles.odt(dir.resolve("notes.odt"), "Marmalade budget allocation notes");

        assertExtracts(file, "notes.odt", "Marmalade budget allocation notes");
    }

    @Test
    void html() throws IOException {
        Path file = Files.writeString(dir.resolve("page.html"), """
                <!DOCTYPE html><html><head><title>Guide</title><script>var hidden = "scripted words";</script></head>
                <body><h1>Guide</h1><p>Lighthouse keeper rota explained</p></body></html>
                """);

        ExtractionResult result = assertExtracts(file, "page.html", "Lighthouse keeper rota explained");
        assertThat(result.text()).doesNotContain("scripted words");
    }

    @Test
    void plainText() throws IOException {
        Path file = Files.writeString(dir.resolve("readme.txt"), "Walrus parking permits renew in May\n");

        assertExtracts(file, "readme.txt", "Walrus parking permits renew in May");
    }

    @Test
    void csv() throws IOException {
        Path file = Files.writeString(dir.resolve("budget.csv"), "team,item\nHighways,Zebra crossing paint\n");

        assertExtracts(file, "budget.csv", "Zebra crossing paint");
    }

    @Test
    void typeComesFromTheBytesNotTheName() throws IOException {
        Path file = TestFiles.docx(dir.resolve("upload"), "Otter habitat survey results");

        assertExtracts(file, "misnamed.txt", "Otter habitat survey results");
    }

    @Test
    void unparseableFileIsAFailureNotAnException() throws IOException {
        byte[] noise = new byte[20_000];
        new Random(42).nextBytes(noise);
        Path file = Files.write(dir.resolve("broken.pdf"), noise);

        ExtractionResult result = extractor.extract(file, "broken.pdf");

        assertThat(result.failure()).isPresent();
        assertThat(result.text()).isEmpty();
    }

    @Test
    void truncatedPdfIsAFailure() throws IOException {
        byte[] whole = Files.readAllBytes(TestFiles.pdf(dir.resolve("whole.pdf"), "cut short"));
        Path file = Files.write(dir.resolve("half.pdf"), java.util.Arrays.copyOf(whole, 40));

        assertThat(extractor.extract(file, "half.pdf").failure()).isPresent();
    }

    @Test
    void unsupportedTypeIsReportedAsSuch() throws IOException {
        Path file = Files.write(dir.resolve("pixel.png"), new byte[] {
            (byte) 0x89,
            'P',
            'N',
            'G',
            '\r',
            '\n',
            0x1a,
            '\n',
            0,
            0,
            0,
            13,
            'I',
            'H',
            'D',
            'R',
            0,
            0,
            0,
            1,
            0,
            0,
            0,
            1,
            8,
            6,
            0,
            0,
            0
        });

        ExtractionResult result = extractor.extract(file, "pixel.png");

        assertThat(result.failure())
                .hasValueSatisfying(reason -> assertThat(reason).contains("image/png"));
    }

    @Test
    void longTextStopsAtTheCharacterCapKeepingWhatWasRead() throws IOException {
        Path file = dir.resolve("huge.txt");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 200_000; i++) {
                out.write("line " + i + " of the never-ending report\n");
            }
        }
        try (TextExtractor capped =
                new TextExtractor(ExtractionLimits.defaults().withMaxChars(10_000))) {
            ExtractionResult result = capped.extract(file, "huge.txt");

            assertThat(result.truncated()).isTrue();
            assertThat(result.failure()).isEmpty();
            assertThat(result.text())
                    .startsWith("line 0 of the never-ending report")
                    .hasSizeLessThanOrEqualTo(10_000);
            assertThat(result.text().length()).isGreaterThan(9_000);
        }
    }

    @Test
    void characterCapAppliesToWordAndOpenDocumentToo() throws IOException {
        String longText = "Kingfisher nesting season ".repeat(2_000);
        Path docx = TestFiles.docx(dir.resolve("long.docx"), longText);
        Path odt = TestFiles.odt(dir.resolve("long.odt"), longText);
        try (TextExtractor capped =
                new TextExtractor(ExtractionLimits.defaults().withMaxChars(1_000))) {
            for (Path file : List.of(docx, odt)) {
                ExtractionResult result =
                        capped.extract(file, file.getFileName().toString());

                assertThat(result.truncated()).as(file.getFileName().toString()).isTrue();
                assertThat(result.failure()).isEmpty();
                assertThat(result.text()).contains("Kingfisher nesting season").hasSizeLessThanOrEqualTo(1_000);
            }
        }
    }

    @Test
    void zipBombDocxEndsQuicklyWithoutExhaustingMemory() throws IOException {
        // One gibibyte of text deflated to about a megabyte.
        Path bomb = TestFiles.docxBomb(dir.resolve("bomb.docx"), 1L << 30);
        assertThat(Files.size(bomb)).isLessThan(4L << 20);
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();

        ExtractionResult result = extractor.extract(bomb, "bomb.docx");

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        long peakHeap =
                heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        assertThat(result.failure().isPresent() || result.truncated())
                .as("failed or truncated: %s", result)
                .isTrue();
        assertThat(result.text().length()).isLessThanOrEqualTo(ExtractionLimits.DEFAULT_MAX_CHARS);
        // Refused early, not merely abandoned at the time limit while still inflating.
        assertThat(took).isLessThan(Duration.ofSeconds(10));
        // Summed per-pool peaks overstate the true peak; a parse that inflated the entry would need gigabytes.
        assertThat(peakHeap).isLessThan(512L << 20);
    }

    @Test
    void slowParseTimesOutAndIsStopped() throws IOException {
        CountDownLatch stopped = new CountDownLatch(1);
        Parser endless = new FakeParser() {
            @Override
            public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                    throws SAXException {
                // Ignores interrupts, as CPU-bound parsers do; only the handler can stop it.
                try {
                    char[] word = "slow ".toCharArray();
                    while (true) {
                        handler.characters(word, 0, word.length);
                        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(5);
                        while (System.nanoTime() < until) {
                            Thread.onSpinWait();
                        }
                    }
                } finally {
                    stopped.countDown();
                }
            }
        };
        Path file = Files.writeString(dir.resolve("slow.txt"), "anything");
        ExtractionLimits limits = ExtractionLimits.defaults().withTimeout(Duration.ofMillis(300));
        try (TextExtractor slow = new TextExtractor(limits, endless)) {
            long start = System.nanoTime();

            ExtractionResult result = slow.extract(file, "slow.txt");

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            assertThat(result.failure()).hasValue("text extraction timed out after 300 ms");
            assertThat(stopped.await(2, TimeUnit.SECONDS))
                    .as("the abandoned parse stopped")
                    .isTrue();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void fullExtractorRefusesInsteadOfQueueingWithoutBound() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        Parser blocking = new FakeParser() {
            @Override
            public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
                started.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        Path file = Files.writeString(dir.resolve("a.txt"), "a");
        ExtractionLimits limits = new ExtractionLimits(Duration.ofSeconds(5), 1000, 1, 0);
        try (TextExtractor busy = new TextExtractor(limits, blocking)) {
            Thread first = new Thread(() -> busy.extract(file, "a.txt"));
            first.start();
            assertThat(started.await(2, TimeUnit.SECONDS)).isTrue();

            ExtractionResult refused = busy.extract(file, "a.txt");

            assertThat(refused.failure())
                    .hasValueSatisfying(reason -> assertThat(reason).contains("busy"));
            release.countDown();
            first.join(2000);
        }
    }

    @Test
    void closedExtractorFailsInsteadOfThrowing() throws IOException {
        Path file = Files.writeString(dir.resolve("late.txt"), "too late");
        TextExtractor closed = new TextExtractor(ExtractionLimits.defaults());
        closed.close();

        assertThat(closed.extract(file, "late.txt").failure()).isPresent();
    }

    private static ExtractionResult assertExtracts(Path file, String filename, String phrase) {
        ExtractionResult result = extractor.extract(file, filename);
        assertThat(result.failure()).as("failure").isEmpty();
        assertThat(result.truncated()).isFalse();
        assertThat(result.text()).contains(phrase);
        return result;
    }

    /** A parser for every type, for tests that replace Tika's. */
    private abstract static class FakeParser implements Parser {
        private static final long serialVersionUID = 1L;

        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return Set.of(MediaType.TEXT_PLAIN);
        }
    }
}
