package org.hub.api.documents;

import java.util.Objects;

/** A blob held by {@link BlobStore}: its content hash (lower-case hex SHA-256) and size in bytes. */
public record StoredBlob(String sha256, long size) {
    public StoredBlob {
        Objects.requireNonNull(sha256, "sha256");
        if (!BlobStore.isValidSha256(sha256)) {
            throw new IllegalArgumentException("not a lower-case hex SHA-256");
        }
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
    }
}
