package org.hub.api.documents;

import java.io.IOException;

/** A stored blob's bytes no longer hash to its name: the file was damaged or replaced on disk. */
public final class CorruptBlobException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String sha256;

    public CorruptBlobException(String sha256, String actual) {
        super("blob " + sha256 + " is corrupt: its content hashes to " + actual);
        this.sha256 = sha256;
    }

    public String sha256() {
        return sha256;
    }
}
