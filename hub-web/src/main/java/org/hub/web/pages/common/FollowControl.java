package org.hub.web.pages.common;

import java.util.List;

/** The small form that sets how closely one follows a group or thread: where it posts, and the levels. */
public record FollowControl(String action, List<Option> options) {
    public record Option(String value, String label, boolean selected) {}

    /** The four levels, the one in effect selected. */
    public static FollowControl of(String action, String current) {
        return new FollowControl(
                action,
                List.of(
                        new Option("watching", "Watching: every new post", "watching".equals(current)),
                        new Option("tracking", "Tracking: new threads, and answers to me", "tracking".equals(current)),
                        new Option("normal", "Normal: only what involves me", "normal".equals(current)),
                        new Option("muted", "Muted: nothing", "muted".equals(current))));
    }
}
