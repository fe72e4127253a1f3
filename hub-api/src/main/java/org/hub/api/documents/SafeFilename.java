package org.hub.api.documents;

import java.text.Normalizer;

/**
 * Turns the filename a client uploaded into one that is safe to store, show and offer back in a
 * download: a single path segment with no control or direction-changing characters.
 *
 * <p>The name is never used as a file-system path (blobs are stored by hash); the cleaning
 * protects people reading it (a right-to-left override can make {@code exe} read as {@code pdf})
 * and whoever saves the download.
 */
public final class SafeFilename {
    /** Longest name kept, in code points. */
    public static final int MAX_LENGTH = 200;
    /** Name used when nothing usable is left. */
    public static final String FALLBACK = "file";
    /** Longest tail, dot included, still treated as an extension worth keeping when shortening. */
    private static final int MAX_EXTENSION_LENGTH = 20;

    private SafeFilename() {}

    public static String clean(String uploaded) {
        if (uploaded == null) {
            return FALLBACK;
        }
        String name = lastSegment(dropUnsafeCharacters(uploaded));
        // After stripping, so a combining mark separated from its letter by an override still joins it.
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        name = shorten(trimDotsAndSpaces(name));
        return name.isEmpty() ? FALLBACK : name;
    }

    /** Control and direction-changing characters go; each run of whitespace becomes one plain space. */
    private static String dropUnsafeCharacters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = true;
                continue;
            }
            if (isUnsafe(cp)) {
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(cp);
        }
        if (pendingSpace) {
            out.append(' ');
        }
        return out.toString();
    }

    private static boolean isUnsafe(int cp) {
        if (Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.SURROGATE) {
            return true; // C0, DEL, C1; and halves of broken surrogate pairs
        }
        return (cp >= 0x202A && cp <= 0x202E) // LRE, RLE, PDF, LRO, RLO
                || (cp >= 0x2066 && cp <= 0x2069) // LRI, RLI, FSI, PDI
                || cp == 0x200E
                || cp == 0x200F // LRM, RLM
                || cp == 0x061C // Arabic letter mark
                || cp == 0xFEFF; // byte order mark / zero-width no-break space
    }

    private static String lastSegment(String s) {
        int sep = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        return sep < 0 ? s : s.substring(sep + 1);
    }

    /** Leading dots would hide the file or make it {@code ..}; trailing dots and spaces Windows drops. */
    private static String trimDotsAndSpaces(String s) {
        int start = 0;
        while (start < s.length() && (s.charAt(start) == '.' || s.charAt(start) == ' ')) {
            start++;
        }
        int end = s.length();
        while (end > start && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String shorten(String s) {
        int length = s.codePointCount(0, s.length());
        if (length <= MAX_LENGTH) {
            return s;
        }
        int dot = s.lastIndexOf('.');
        String extension = dot > 0 ? s.substring(dot) : "";
        int extensionLength = extension.codePointCount(0, extension.length());
        if (extensionLength > MAX_EXTENSION_LENGTH || extension.indexOf(' ') >= 0) {
            extension = "";
            extensionLength = 0;
        }
        String base = extension.isEmpty() ? s : s.substring(0, dot);
        String cut = base.substring(0, base.offsetByCodePoints(0, MAX_LENGTH - extensionLength));
        return trimDotsAndSpaces(cut) + extension;
    }
}
