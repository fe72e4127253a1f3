package org.hub.api.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Decides the content types of documents: which type to record for an upload (from its bytes,
 * not from what the client claimed) and which type to serve it with.
 *
 * <p>Downloads carry their recorded type only when that type cannot run script in a browser;
 * anything else (HTML, SVG, XHTML, JavaScript, unknown) is served as
 * {@code application/octet-stream}, so a document can never become a page on our origin.
 */
public final class DownloadTypes {
    public static final String OCTET_STREAM = "application/octet-stream";

    /** Types a browser shows or hands to another program without running script in our origin. */
    private static final Set<String> HARMLESS = Set.of(
            "application/pdf",
            "text/plain",
            "text/csv",
            "image/png",
            "image/jpeg",
            "image/gif",
            "application/msword",
            "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation",
            "application/zip");

    private final Detector detector;
    private final MediaTypeRegistry registry;

    /** Uses Tika's default detector: magic bytes, file name, and container (OOXML, ODF) inspection. */
    public DownloadTypes() {
        this(new DefaultDetector(), MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry());
    }

    DownloadTypes(Detector detector, MediaTypeRegistry registry) {
        this.detector = Objects.requireNonNull(detector, "detector");
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * The type to put in {@code Content-Type} when serving a document recorded as {@code stored}:
     * its base type (no parameters) if harmless, else {@value #OCTET_STREAM}.
     */
    public static String forDownload(String stored) {
        MediaType type = stored == null ? null : MediaType.parse(stored.trim().toLowerCase(Locale.ROOT));
        if (type == null) {
            return OCTET_STREAM;
        }
        String base = type.getBaseType().toString();
        return HARMLESS.contains(base) ? base : OCTET_STREAM;
    }

    /**
     * The type of the file's content, as Tika's detector sees its bytes and name. The declared
     * type only narrows that answer, and only to a harmless subtype of it (a {@code .csv} sent as
     * {@code text/csv} whose bytes look like {@code text/plain}); it can never change what kind of
     * file this is.
     */
    public String detect(Path file, String declared, String filename) throws IOException {
        Metadata metadata = new Metadata();
        if (filename != null && !filename.isBlank()) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
        }
        MediaType detected;
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            detected = detector.detect(in, metadata);
        }
        if (detected == null) {
            detected = MediaType.OCTET_STREAM;
        }
        MediaType claimed =
                declared == null ? null : MediaType.parse(declared.trim().toLowerCase(Locale.ROOT));
        if (claimed != null
                && HARMLESS.contains(claimed.getBaseType().toString())
                && registry.isSpecializationOf(claimed.getBaseType(), detected.getBaseType())
                && !detected.getBaseType().equals(MediaType.OCTET_STREAM)) {
            return claimed.getBaseType().toString();
        }
        return detected.getBaseType().toString();
    }
}
