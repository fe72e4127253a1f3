package org.hub.api.documents;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Builds {@code Content-Disposition} header values (RFC 6266) that every browser reads the same
 * way: a plain-ASCII {@code filename} for old clients and the exact name as UTF-8 in
 * {@code filename*} (RFC 5987), which current browsers prefer.
 */
public final class ContentDisposition {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ContentDisposition() {}

    /** A value that makes the browser save the response as {@code filename} instead of showing it. */
    public static String attachment(String filename) {
        String name = SafeFilename.clean(filename);
        return "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + encode(name);
    }

    /**
     * Accents are dropped ({@code résumé} becomes {@code resume}); anything else outside printable
     * ASCII, and the quote, backslash and percent that old browsers mis-read, become {@code _}.
     */
    static String asciiFallback(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                continue;
            }
            boolean printable = cp >= 0x20 && cp < 0x7F;
            out.append(printable && cp != '"' && cp != '\\' && cp != '%' ? (char) cp : '_');
        }
        return out.toString();
    }

    /** RFC 5987 {@code value-chars}: attr-chars as they are, every other UTF-8 byte as %XX. */
    static String encode(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (isAttrChar(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
            }
        }
        return out.toString();
    }

    private static boolean isAttrChar(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || "!#$&+-.^_`|~".indexOf(c) >= 0;
    }
}
