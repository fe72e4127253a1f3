package org.hub.web.pages.common;

import org.hub.api.guidance.Guidance;

/** A guidance item in a list: title, status, owner, review date and whether that date has passed. */
public record GuidanceItem(
        String slug, String title, String status, String ownerName, String reviewBy, boolean overdue, boolean draft) {

    public static GuidanceItem of(Guidance g) {
        return new GuidanceItem(
                g.slug(),
                g.title(),
                g.status().wireName(),
                g.owner() == null ? "" : g.owner().displayName(),
                Dates.day(g.reviewBy()),
                g.overdue(),
                g.status() == org.hub.api.guidance.GuidanceStatus.DRAFT);
    }

    /** Published items need no status badge in lists: that is what readers expect guidance to be. */
    public boolean published() {
        return "published".equals(status);
    }
}
