package org.hub.api.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.csv.TextAndCSVParser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts the searchable text of uploaded documents (PDF, Word, OpenDocument, HTML, plain text,
 * CSV) with Apache Tika, treating every file as hostile.
 *
 * <p>Parsing runs on a small pool of its own threads, never the caller's, so the caller can give
 * up after {@link ExtractionLimits#timeout()}. Giving up also tells the parse to stop at the next
 * text it produces; a parser stuck without producing text keeps its thread until it returns, and
 * while all threads and the queue are busy new work is refused rather than piled up.
 *
 * <p>Zip bombs are stopped in layers: POI refuses Office zip entries that inflate more than
 * 100-fold ({@link ZipSecureFile}'s default, which Tika's {@code OOXMLParser} switches off for the
 * whole JVM when it loads, so we switch it back on), Word and PowerPoint files are streamed
 * through SAX rather than loaded whole, Tika's {@code SecureContentHandler} refuses output far out
 * of proportion to input and over-deep nesting, and the character cap ends any parse that
 * produces too much text.
 *
 * <p>Only the parsers named here are used, whatever else is on the class path, and documents
 * embedded inside documents are not parsed.
 */
public final class TextExtractor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TextExtractor.class);
    /** POI's own default: an entry may inflate at most 100-fold. */
    private static final double POI_MIN_INFLATE_RATIO = 0.01;

    private final ExtractionLimits limits;
    private final Parser parser;
    private final ThreadPoolExecutor executor;

    public TextExtractor(ExtractionLimits limits) {
        this(limits, defaultParser());
    }

    /** For tests that need a parser misbehaving in a particular way. */
    TextExtractor(ExtractionLimits limits, Parser parser) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.parser = Objects.requireNonNull(parser, "parser");
        // Threads start on first use, not here.
        this.executor = new ThreadPoolExecutor(
                limits.threads(),
                limits.threads(),
                30,
                TimeUnit.SECONDS,
                limits.queueCapacity() == 0
                        ? new SynchronousQueue<>()
                        : new ArrayBlockingQueue<>(limits.queueCapacity()),
                new DaemonThreads(),
                new ThreadPoolExecutor.AbortPolicy());
        executor.allowCoreThreadTimeOut(true);
        if (ZipSecureFile.getMinInflateRatio() <= 0) {
            LOG.warn(
                    "POI's zip bomb check is switched off (ZipSecureFile min inflate ratio {})",
                    ZipSecureFile.getMinInflateRatio());
        }
    }

    public ExtractionLimits limits() {
        return limits;
    }

    /**
     * The text of {@code file}, whose uploaded name (used as a hint to its type) is {@code filename}.
     * Never throws for a bad file: failures, time-outs and refusals come back as a result with
     * {@link ExtractionResult#failure()} set, and are logged.
     */
    public ExtractionResult extract(Path file, String filename) {
        Objects.requireNonNull(file, "file");
        AtomicBoolean cancelled = new AtomicBoolean();
        Future<ExtractionResult> future;
        try {
            future = executor.submit(() -> parse(file, filename, cancelled));
        } catch (RejectedExecutionException e) {
            LOG.warn("text extraction of {} refused: extractor busy or closed", filename);
            return ExtractionResult.failed("text extraction is busy; try again later");
        }
        try {
            return future.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            cancelled.set(true);
            future.cancel(true);
            LOG.warn("text extraction of {} timed out after {}", filename, limits.timeout());
            return ExtractionResult.failed("text extraction timed out after " + describe(limits.timeout()));
        } catch (InterruptedException e) {
            cancelled.set(true);
            future.cancel(true);
            Thread.currentThread().interrupt();
            return ExtractionResult.failed("text extraction was interrupted");
        } catch (ExecutionException e) {
            // parse() handles exceptions itself; this is an Error such as OutOfMemoryError.
            LOG.error("text extraction of {} failed", filename, e.getCause());
            return ExtractionResult.failed("the file's text could not be read");
        }
    }

    private static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private ExtractionResult parse(Path file, String filename, AtomicBoolean cancelled) {
        Metadata metadata = new Metadata();
        if (filename != null && !filename.isBlank()) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
        }
        BodyContentHandler text = new BodyContentHandler(limits.maxChars());
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            parser.parse(in, new StopWhenCancelled(text, cancelled), metadata, parseContext());
            return withWarnings(ExtractionResult.complete(text.toString()), filename, metadata);
        } catch (Exception e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                return ExtractionResult.truncated(text.toString());
            }
            String type = metadata.get(Metadata.CONTENT_TYPE);
            if (cancelled.get()) {
                LOG.debug("abandoned text extraction of {} ({}) stopped", filename, type);
                return ExtractionResult.failed("cancelled");
            }
            if (e instanceof UnsupportedFormatException) {
                LOG.info("no text extracted from {}: {}", filename, e.getMessage());
                return ExtractionResult.failed("no text can be extracted from files of type " + type);
            }
            LOG.warn("could not extract text from {} ({})", filename, type, e);
            return ExtractionResult.failed("the file's text could not be read" + (type == null ? "" : " as " + type));
        }
    }

    /**
     * Some parsers carry on past a broken part and only note the exception in the metadata; the
     * streaming Word extractor does this even for a part POI refused as a zip bomb. Text from
     * the other parts is worth keeping, but a file that yielded nothing but warnings has failed.
     */
    private static ExtractionResult withWarnings(ExtractionResult result, String filename, Metadata metadata) {
        String[] warnings = metadata.getValues(TikaCoreProperties.TIKA_META_EXCEPTION_WARNING);
        if (warnings.length == 0) {
            return result;
        }
        String type = metadata.get(Metadata.CONTENT_TYPE);
        LOG.warn("parts of {} ({}) could not be read: {}", filename, type, String.join("; ", warnings));
        return result.text().isBlank()
                ? ExtractionResult.failed("the file's text could not be read" + (type == null ? "" : " as " + type))
                : result;
    }

    /** Stops waiting work, interrupts running parses and waits briefly for them. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("text extraction threads still busy after close; they are daemons and will not block exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ParseContext parseContext() {
        OfficeParserConfig office = new OfficeParserConfig();
        // Streaming extractors: memory stays flat however large document.xml or the slides are.
        office.setUseSAXDocxExtractor(true);
        office.setUseSAXPptxExtractor(true);
        ParseContext context = new ParseContext();
        context.set(OfficeParserConfig.class, office);
        return context;
    }

    static Parser defaultParser() {
        Detector detector = new FreshContainerDetector(new DefaultDetector());
        OOXMLParser ooxml = new OOXMLParser();
        restorePoiZipBombCheck();
        AutoDetectParser parser = new AutoDetectParser(
                detector,
                new PDFParser(),
                ooxml,
                new OfficeParser(),
                new OpenDocumentParser(),
                new JSoupParser(),
                new TextAndCSVParser());
        AutoDetectParserConfig config = new AutoDetectParserConfig();
        // Tika's SecureContentHandler: past 10 M characters of output, more than 100 characters
        // per input byte is taken for a zip bomb; XHTML nesting and archive depth are bounded.
        config.setOutputThreshold(10_000_000);
        config.setMaximumCompressionRatio(100);
        config.setMaximumDepth(100);
        config.setMaximumPackageEntryDepth(10);
        parser.setAutoDetectParserConfig(config);
        parser.setFallback(new Unsupported());
        return parser;
    }

    /**
     * Tika's {@code OOXMLParser} sets POI's minimum inflate ratio to -1 (off) in its static
     * initialiser, trusting its own output checks; those cannot see the bytes POI reads from a
     * file directly, so a .docx bomb would be inflated in full. Put POI's default back, unless
     * someone has already chosen something stricter.
     */
    static void restorePoiZipBombCheck() {
        if (ZipSecureFile.getMinInflateRatio() < POI_MIN_INFLATE_RATIO) {
            ZipSecureFile.setMinInflateRatio(POI_MIN_INFLATE_RATIO);
        }
    }

    /**
     * Detects as Tika does, then makes the parser open the file afresh. Tika's zip container
     * detector opens a .docx through a plain zip reader and leaves it on the stream for the parser
     * to reuse, which would bypass POI's {@link ZipSecureFile} inflate-ratio check entirely.
     */
    private static final class FreshContainerDetector implements Detector {
        private static final long serialVersionUID = 1L;

        private final Detector delegate;

        FreshContainerDetector(Detector delegate) {
            this.delegate = delegate;
        }

        @Override
        public MediaType detect(InputStream input, Metadata metadata) throws IOException {
            MediaType type = delegate.detect(input, metadata);
            if (input instanceof TikaInputStream tis && tis.getOpenContainer() != null) {
                // Still closed with the stream: setOpenContainer registered it for that.
                tis.setOpenContainer(null);
            }
            return type;
        }
    }

    /** Ends a parse whose caller has given up, at the next piece of output. */
    private static final class StopWhenCancelled extends ContentHandlerDecorator {
        private final AtomicBoolean cancelled;

        StopWhenCancelled(ContentHandler handler, AtomicBoolean cancelled) {
            super(handler);
            this.cancelled = cancelled;
        }

        private void check() throws SAXException {
            if (cancelled.get() || Thread.currentThread().isInterrupted()) {
                throw new SAXException("text extraction cancelled");
            }
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
            check();
            super.startElement(uri, localName, name, atts);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            check();
            super.characters(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            check();
            super.ignorableWhitespace(ch, start, length);
        }
    }

    /** Fallback for types none of our parsers handle: say so instead of returning no text silently. */
    private static final class Unsupported implements Parser {
        private static final long serialVersionUID = 1L;

        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return Set.of();
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                throws UnsupportedFormatException {
            throw new UnsupportedFormatException("no parser for " + metadata.get(Metadata.CONTENT_TYPE));
        }
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "text-extractor-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
