package org.hub.web.pages.moderation;

import java.util.List;
import org.hub.api.groups.Group;
import org.hub.web.pages.common.PageView;
import org.hub.web.pages.common.Viewer;

/** A group's moderation queue: answers with open flags, each to hide or to dismiss. */
public final class QueueView extends PageView {
    private final Group group;
    private final List<QueueItem> items;
    private final String notice;

    public QueueView(Viewer viewer, Group group, List<QueueItem> items, String notice) {
        super("queue.mustache", viewer, "Moderation queue: " + group.name(), Section.GROUPS);
        this.group = group;
        this.items = items;
        this.notice = notice;
    }

    public String groupSlug() {
        return group.slug();
    }

    public String groupName() {
        return group.name();
    }

    public List<QueueItem> items() {
        return items;
    }

    public String notice() {
        return notice;
    }
}
