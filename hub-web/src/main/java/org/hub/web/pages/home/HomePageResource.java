package org.hub.web.pages.home;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import org.hub.api.groups.Group;
import org.hub.api.groups.GroupService;
import org.hub.api.groups.Visibility;
import org.hub.api.guidance.GuidanceService;
import org.hub.api.guidance.GuidanceStatus;
import org.hub.api.search.SearchService;
import org.hub.api.threads.ThreadService;
import org.hub.api.users.User;
import org.hub.web.pages.common.ActivityItem;
import org.hub.web.pages.common.GroupItem;
import org.hub.web.pages.common.GuidanceItem;
import org.hub.web.pages.common.ThreadItem;
import org.hub.web.pages.common.Viewer;

/** {@code /}: my groups, questions from other departments waiting for an answer, guidance, activity. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public final class HomePageResource {
    static final int UNANSWERED_SHOWN = 8;
    static final int ACTIVITY_SHOWN = 10;
    static final int SUGGESTED_SHOWN = 6;
    static final int GROUPS_SCANNED = 100;
    /** Read past the viewer's own department's questions to find enough from others. */
    static final int UNANSWERED_SCANNED = 60;

    private final GroupService groups;
    private final ThreadService threads;
    private final GuidanceService guidance;
    private final SearchService search;

    public HomePageResource(
            GroupService groups, ThreadService threads, GuidanceService guidance, SearchService search) {
        this.groups = groups;
        this.threads = threads;
        this.guidance = guidance;
        this.search = search;
    }

    @GET
    public HomeView home(@Context ContainerRequestContext request) {
        Viewer viewer = Viewer.required(request);
        User me = viewer.user();
        String myDepartment = me.department() == null ? null : me.department().slug();
        List<ThreadItem> unanswered = threads.questions(me, true, null, UNANSWERED_SCANNED, null).items().stream()
                .filter(t -> t.author().department() == null
                        || !Objects.equals(t.author().department().slug(), myDepartment))
                .limit(UNANSWERED_SHOWN)
                .map(ThreadItem::of)
                .toList();
        List<GuidanceItem> recent = guidance.list(me, null, GuidanceStatus.PUBLISHED, false, 5, null).items().stream()
                .map(GuidanceItem::of)
                .toList();
        List<GuidanceItem> overdue = me.isCurator()
                ? guidance.list(me, null, null, true, 10, null).items().stream()
                        .map(GuidanceItem::of)
                        .toList()
                : List.of();
        List<ActivityItem> activity = search.latestActivity(me, ACTIVITY_SHOWN).stream()
                .map(ActivityItem::of)
                .toList();
        List<GroupItem> mine = groups.mine(me).stream().map(GroupItem::of).toList();
        return new HomeView(
                viewer, mine, unanswered, recent, overdue, activity, mine.isEmpty() ? suggestedGroups(me) : List.of());
    }

    /**
     * For someone in no group yet: open groups to join, those that name the person's department
     * first (groups have no department of their own), then the busiest.
     */
    private List<GroupItem> suggestedGroups(User me) {
        String department =
                me.department() == null ? null : me.department().name().toLowerCase(Locale.ROOT);
        Predicate<Group> mentionsDepartment = g -> department != null
                && (g.name() + " " + Objects.toString(g.description(), ""))
                        .toLowerCase(Locale.ROOT)
                        .contains(department);
        return groups.list(me, GROUPS_SCANNED, null).items().stream()
                .filter(g -> g.visibility() == Visibility.OPEN && g.myRole() == null)
                .sorted(Comparator.comparing((Group g) -> !mentionsDepartment.test(g))
                        .thenComparing(
                                Comparator.comparingLong(Group::memberCount).reversed()))
                .limit(SUGGESTED_SHOWN)
                .map(GroupItem::of)
                .toList();
    }
}
