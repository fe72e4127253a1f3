package org.hub.web.pages.notifications;

import java.util.List;
import org.hub.web.pages.common.PageView;
import org.hub.web.pages.common.Viewer;

/** The notifications page: newest first, unread ones marked, each with its own "mark read". */
public final class NotificationsView extends PageView {
    private final List<NotificationItem> items;
    private final String nextCursor;

    public NotificationsView(Viewer viewer, List<NotificationItem> items, String nextCursor) {
        super("notifications.mustache", viewer, "Notifications", Section.OTHER);
        this.items = items;
        this.nextCursor = nextCursor;
    }

    public List<NotificationItem> items() {
        return items;
    }

    public String nextCursor() {
        return nextCursor;
    }
}
