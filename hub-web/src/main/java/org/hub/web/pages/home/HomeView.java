package org.hub.web.pages.home;

import java.util.List;
import org.hub.web.pages.common.ActivityItem;
import org.hub.web.pages.common.GroupItem;
import org.hub.web.pages.common.GuidanceItem;
import org.hub.web.pages.common.PageView;
import org.hub.web.pages.common.ThreadItem;
import org.hub.web.pages.common.Viewer;

/** The home page's four panels. */
public final class HomeView extends PageView {
    private final List<GroupItem> myGroups;
    private final List<ThreadItem> unanswered;
    private final List<GuidanceItem> guidance;
    private final List<GuidanceItem> overdue;
    private final List<ActivityItem> activity;
    private final List<GroupItem> suggestedGroups;

    public HomeView(
            Viewer viewer,
            List<GroupItem> myGroups,
            List<ThreadItem> unanswered,
            List<GuidanceItem> guidance,
            List<GuidanceItem> overdue,
            List<ActivityItem> activity) {
        this(viewer, myGroups, unanswered, guidance, overdue, activity, List.of());
    }

    /** With {@code suggestedGroups}: open groups offered to someone who is in none yet. */
    public HomeView(
            Viewer viewer,
            List<GroupItem> myGroups,
            List<ThreadItem> unanswered,
            List<GuidanceItem> guidance,
            List<GuidanceItem> overdue,
            List<ActivityItem> activity,
            List<GroupItem> suggestedGroups) {
        super("home.mustache", viewer, "Home", Section.HOME);
        this.suggestedGroups = suggestedGroups;
        this.myGroups = myGroups;
        this.unanswered = unanswered;
        this.guidance = guidance;
        this.overdue = overdue;
        this.activity = activity;
    }

    public List<GroupItem> suggestedGroups() {
        return suggestedGroups;
    }

    public List<GroupItem> myGroups() {
        return myGroups;
    }

    public List<ThreadItem> unanswered() {
        return unanswered;
    }

    public List<GuidanceItem> guidance() {
        return guidance;
    }

    public List<GuidanceItem> overdue() {
        return overdue;
    }

    public List<ActivityItem> activity() {
        return activity;
    }
}
