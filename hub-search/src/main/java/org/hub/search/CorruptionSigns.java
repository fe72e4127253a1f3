package org.hub.search;

import java.io.EOFException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;

/**
 * Tells a failure caused by damaged index files from any other. Lucene verifies checksums only
 * when asked ({@code checkIntegrity}) or when merging, so bytes overwritten inside a data file
 * usually surface at query time not as a {@link CorruptIndexException} but as whatever the
 * decoder trips over: an {@link ArrayIndexOutOfBoundsException} in LZ4 decompression, an
 * {@link EOFException} reading past a block, a negative array size. Those count as corruption only
 * when thrown from Lucene's file-reading code (codecs, compression, packed ints, FSTs, the store),
 * so a bug of ours that throws the same class is still a bug, not a reason to rebuild the index.
 */
final class CorruptionSigns {
    private static final String[] READING_CODE = {
        "org.apache.lucene.codecs.",
        "org.apache.lucene.backward_codecs.",
        "org.apache.lucene.util.compress.",
        "org.apache.lucene.util.packed.",
        "org.apache.lucene.util.fst.",
        "org.apache.lucene.store.",
    };

    private CorruptionSigns() {}

    /** True when {@code failure}, or anything in its cause chain, says the index files are damaged. */
    static boolean isCorruption(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
            if (t instanceof CorruptIndexException
                    || t instanceof IndexFormatTooOldException
                    || t instanceof IndexFormatTooNewException) {
                return true;
            }
            if (t instanceof SearchIndexException e && e.isCorruption()) {
                return true;
            }
            boolean decoderKind = t instanceof IndexOutOfBoundsException
                    || t instanceof EOFException
                    || t instanceof NegativeArraySizeException;
            if (decoderKind && thrownWhileReadingFiles(t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a frame of Lucene's file-reading code is on the stack before any of ours. */
    private static boolean thrownWhileReadingFiles(Throwable t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            String cls = frame.getClassName();
            if (cls.startsWith("org.hub.")) {
                return false;
            }
            for (String prefix : READING_CODE) {
                if (cls.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }
}
