package org.hub.web.pages.groups;

import java.util.List;
import org.hub.web.pages.common.GroupItem;
import org.hub.web.pages.common.PageView;
import org.hub.web.pages.common.Viewer;

/** The group directory. */
public final class GroupsView extends PageView {
    private final List<GroupItem> groups;
    private final String nextCursor;

    public GroupsView(Viewer viewer, List<GroupItem> groups, String nextCursor) {
        super("groups.mustache", viewer, "Groups", Section.GROUPS);
        this.groups = groups;
        this.nextCursor = nextCursor;
    }

    public List<GroupItem> groups() {
        return groups;
    }

    public String nextCursor() {
        return nextCursor;
    }
}
