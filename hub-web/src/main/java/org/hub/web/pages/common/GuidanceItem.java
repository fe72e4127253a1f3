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

    public boolean published() {
        return "published".equals(status);
    }

    /** The status as every guidance badge shows it: "Published", "Draft", "Archived". */
    public String statusLabel() {
        return status.isEmpty() ? status : Character.toUpperCase(status.charAt(0)) + status.substring(1);
    }

    /** One badge style per status, the same in the list and on the item's page. */
    public String statusBadge() {
        return switch (status) {
            case "published" -> "badge--accepted";
            case "draft" -> "badge--open";
            default -> "badge--private";
        };
    }
}
