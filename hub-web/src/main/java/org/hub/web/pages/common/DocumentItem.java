package org.hub.web.pages.common;

import org.hub.api.documents.Document;

/** A document in a list: title, file name, size and when it was uploaded. */
public record DocumentItem(long id, String title, String filename, String size, String date, String isoDate) {

    public static DocumentItem of(Document d) {
        return new DocumentItem(
                d.id(),
                d.title(),
                d.filename(),
                humanSize(d.size()),
                Dates.day(d.createdAt()),
                Dates.iso(d.createdAt()));
    }

    public static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(java.util.Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
