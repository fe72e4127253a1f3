package org.hub.api.documents;

import java.io.IOException;

/** An upload went past the size limit; nothing of it was kept. */
public final class FileTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long maxBytes;

    public FileTooLargeException(long maxBytes) {
        super("file is larger than the limit of " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
