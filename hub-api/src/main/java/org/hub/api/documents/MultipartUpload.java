package org.hub.api.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadFileCountLimitException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.core.RequestContext;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.hub.api.common.HubException;

/**
 * Reads a {@code multipart/form-data} body part by part as it arrives: the file part streams
 * straight into the {@link BlobStore} under the size limit, text fields are capped, and the
 * number of parts is limited. Nothing is buffered whole, in memory or on disk.
 */
public final class MultipartUpload {
    private static final int MAX_PARTS = 10;
    private static final int MAX_FIELD_BYTES = 8 * 1024;
    /**
     * Room for a very long file name (a browser sends 255 characters, up to 4 bytes each, and some
     * escape them as {@code %XX}) while still refusing a part whose headers never end.
     */
    private static final int MAX_PART_HEADER_BYTES = 48 * 1024;

    private static final long ENVELOPE_BYTES = 64 * 1024;

    private final BlobStore blobs;
    private final long maxFileBytes;
    private final java.util.function.Predicate<String> referenced;

    /** {@code referenced} tells whether a stored blob is used by some document version. */
    public MultipartUpload(BlobStore blobs, long maxFileBytes, java.util.function.Predicate<String> referenced) {
        this.blobs = blobs;
        this.maxFileBytes = maxFileBytes;
        this.referenced = referenced;
    }

    /** The parsed form: its text fields, and the stored file if there was one. */
    public record Form(Map<String, String> fields, Optional<UploadedFile> file) {
        public String field(String name) {
            return fields.get(name);
        }
    }

    public record UploadedFile(StoredBlob blob, String originalName, String declaredType) {}

    public Form read(InputStream body, String contentType, long contentLength) {
        if (contentType == null
                || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            throw new HubException(415, "Send the document as multipart/form-data.");
        }
        if (contentLength > maxFileBytes + ENVELOPE_BYTES) {
            throw tooLarge();
        }
        JakartaServletFileUpload<?, ?> upload = new JakartaServletFileUpload<>();
        upload.setMaxFileCount(MAX_PARTS);
        upload.setMaxPartHeaderSize(MAX_PART_HEADER_BYTES);
        upload.setHeaderCharset(StandardCharsets.UTF_8);
        upload.setMaxSize(maxFileBytes + ENVELOPE_BYTES);
        Map<String, String> fields = new HashMap<>();
        UploadedFile file = null;
        try {
            FileItemInputIterator parts = upload.getItemIterator(context(body, contentType, contentLength));
            int count = 0;
            while (parts.hasNext()) {
                FileItemInput part = parts.next();
                // setMaxFileCount only counts for parseRequest, not for this streaming iterator.
                if (++count > MAX_PARTS) {
                    throw tooManyParts();
                }
                if (part.isFormField()) {
                    fields.put(part.getFieldName(), readField(part));
                } else if ("file".equals(part.getFieldName()) && file == null) {
                    try (InputStream in = part.getInputStream()) {
                        file = new UploadedFile(
                                blobs.store(in, maxFileBytes), rawFileName(upload, part), part.getContentType());
                    }
                } else {
                    throw HubException.badRequest("Only one file may be sent, in the part named 'file'.");
                }
            }
        } catch (FileUploadFileCountLimitException e) {
            discard(file);
            throw tooManyParts();
        } catch (FileUploadSizeException e) {
            discard(file);
            if (e.getPermitted() == MAX_PART_HEADER_BYTES) {
                throw HubException.badRequest(
                        "A part's headers are too long: at most " + MAX_PART_HEADER_BYTES / 1024 + " KB.");
            }
            throw tooLarge();
        } catch (FileTooLargeException e) {
            discard(file);
            throw tooLarge();
        } catch (FileUploadException e) {
            discard(file);
            throw HubException.badRequest("The multipart body could not be read: " + safeMessage(e));
        } catch (IOException e) {
            discard(file);
            throw HubException.badRequest("The upload was interrupted or malformed.");
        } catch (RuntimeException e) {
            discard(file);
            throw e;
        }
        return new Form(fields, Optional.ofNullable(file));
    }

    /** Removes a blob stored by a request that then failed, unless some document already uses it. */
    public void discard(UploadedFile file) {
        if (file != null && !referenced.test(file.blob().sha256())) {
            try {
                blobs.delete(file.blob().sha256());
            } catch (IOException e) {
                // Left for a later clean-up: an orphan blob is harmless, only wasted space.
            }
        }
    }

    private static HubException tooManyParts() {
        return HubException.badRequest(
                "Too many parts: send at most " + MAX_PARTS + " (the file, title, description and tags).");
    }

    private HubException tooLarge() {
        return new HubException(413, "The file is too large: the limit is " + describe(maxFileBytes) + ".");
    }

    /**
     * The limit as it was most likely configured: Dropwizard reads {@code 50MB} as 50,000,000 bytes
     * and {@code 50MiB} as 50 x 2^20, so both read back exactly.
     */
    static String describe(long bytes) {
        long[] sizes = {1_000_000_000L, 1L << 30, 1_000_000L, 1L << 20, 1_000L, 1L << 10};
        String[] units = {"GB", "GiB", "MB", "MiB", "KB", "KiB"};
        for (int i = 0; i < sizes.length; i++) {
            if (bytes >= sizes[i] && bytes % sizes[i] == 0) {
                return bytes / sizes[i] + " " + units[i];
            }
        }
        return bytes + " bytes";
    }

    /**
     * The file name exactly as sent. {@link FileItemInput#getName()} throws for a name holding NUL,
     * which would fail the whole upload; {@link SafeFilename} cleans it later instead.
     */
    private static String rawFileName(JakartaServletFileUpload<?, ?> upload, FileItemInput part) {
        return upload.getFileName(part.getHeaders());
    }

    private static String readField(FileItemInput part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (out.size() + n > MAX_FIELD_BYTES) {
                    throw HubException.invalid("The field '" + part.getFieldName() + "' is too long.");
                }
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private static String safeMessage(FileUploadException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        return message.length() > 200 ? message.substring(0, 200) : message;
    }

    private static RequestContext context(InputStream body, String contentType, long contentLength) {
        return new RequestContext() {
            @Override
            public String getCharacterEncoding() {
                return StandardCharsets.UTF_8.name();
            }

            @Override
            public long getContentLength() {
                return contentLength;
            }

            @Override
            public String getContentType() {
                return contentType;
            }

            @Override
            public InputStream getInputStream() {
                return body;
            }

            @Override
            public boolean isMultipartRelated() {
                return false;
            }
        };
    }
}
