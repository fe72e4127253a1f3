package org.hub.api.documents;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Streams a blob while hashing it, and fails at end of stream if the bytes do not hash to the
 * expected SHA-256. A reader that stops early gets no verdict: only a complete read is checked.
 */
final class VerifyingInputStream extends DigestInputStream {
    private final String expectedSha256;
    private boolean checked;

    VerifyingInputStream(InputStream in, String expectedSha256) {
        super(in, BlobStore.newSha256());
        this.expectedSha256 = expectedSha256;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b == -1) {
            verify();
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n == -1) {
            verify();
        }
        return n;
    }

    /** Skipped bytes must still be hashed, or the check at the end would fail for honest blobs. */
    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r == -1) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void verify() throws CorruptBlobException {
        if (checked) {
            return;
        }
        checked = true;
        MessageDigest digest = getMessageDigest();
        String actual = HexFormat.of().formatHex(digest.digest());
        if (!actual.equals(expectedSha256)) {
            throw new CorruptBlobException(expectedSha256, actual);
        }
    }
}
