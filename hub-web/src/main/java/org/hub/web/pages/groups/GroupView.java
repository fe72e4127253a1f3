package org.hub.web.pages.groups;

import java.util.List;
import org.hub.web.pages.common.DocumentItem;
import org.hub.web.pages.common.Followable;
import org.hub.web.pages.common.GroupItem;
import org.hub.web.pages.common.PageView;
import org.hub.web.pages.common.ThreadItem;
import org.hub.web.pages.common.Viewer;

/** A group's page: its threads, documents and members, and what the viewer may do there. */
public final class GroupView extends PageView implements Followable {
    private final GroupItem group;
    private final List<ThreadItem> threads;
    private final String nextCursor;
    private final List<MemberItem> members;
    private final List<DocumentItem> documents;
    private final boolean canPost;
    private final boolean canModerate;
    private final String notice;

    public GroupView(
            Viewer viewer,
            GroupItem group,
            List<ThreadItem> threads,
            String nextCursor,
            List<MemberItem> members,
            List<DocumentItem> documents,
            boolean canPost,
            boolean canModerate,
            String notice) {
        super("group.mustache", viewer, group.name(), Section.GROUPS);
        this.group = group;
        this.threads = threads;
        this.nextCursor = nextCursor;
        this.members = members;
        this.documents = documents;
        this.canPost = canPost;
        this.canModerate = canModerate;
        this.notice = notice;
    }

    @Override
    public Followable.Target followTarget() {
        return new Followable.Target("group", group.slug());
    }

    public GroupItem group() {
        return group;
    }

    public List<ThreadItem> threads() {
        return threads;
    }

    public String nextCursor() {
        return nextCursor;
    }

    public List<MemberItem> members() {
        return members.stream().filter(m -> !m.pending()).toList();
    }

    /** Requests waiting for approval; the service lists them only to those who may approve. */
    public List<MemberItem> pending() {
        return members.stream().filter(MemberItem::pending).toList();
    }

    public List<DocumentItem> documents() {
        return documents;
    }

    public boolean canPost() {
        return canPost;
    }

    public boolean canModerate() {
        return canModerate;
    }

    /** Neither a member nor waiting: the join button is shown. */
    public boolean canJoin() {
        return group.myRole() == null;
    }

    public String notice() {
        return notice;
    }
}
