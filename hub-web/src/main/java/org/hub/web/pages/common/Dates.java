package org.hub.web.pages.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How pages show dates: "22 Nov 2026", plus the machine-readable form for {@code <time datetime>}. */
public final class Dates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private Dates() {}

    public static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(ZoneOffset.UTC));
    }

    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String dayTime(Instant instant) {
        return instant == null ? "" : DAY_TIME.format(instant.atZone(ZoneOffset.UTC)) + " UTC";
    }

    public static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
