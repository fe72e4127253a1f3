package org.hub.web.pages.users;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.hub.api.account.Profile;
import org.hub.api.account.ProfileService;
import org.hub.api.search.SearchService;
import org.hub.api.threads.ThreadService;
import org.hub.api.users.User;
import org.hub.web.pages.common.ActivityItem;
import org.hub.web.pages.common.Viewer;

/**
 * {@code /users/{username}}: who someone is (department, role, job title, bio, declared expertise), their recent answers and the thanks
 * they received. Recent answers come from search, so only what the viewer may see is listed.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public final class UserProfilePageResource {
    static final int ANSWERS_SHOWN = 10;

    private final ProfileService profiles;
    private final ThreadService threads;
    private final SearchService search;

    public UserProfilePageResource(ProfileService profiles, ThreadService threads, SearchService search) {
        this.profiles = profiles;
        this.threads = threads;
        this.search = search;
    }

    @GET
    @Path("users/{username}")
    public UserProfileView profile(@Context ContainerRequestContext request, @PathParam("username") String username) {
        Viewer viewer = Viewer.required(request);
        Profile profile = profiles.find(username);
        User person = profile.user();
        List<ActivityItem> answers = search.recentAnswers(viewer.user(), person.username(), ANSWERS_SHOWN).stream()
                .map(ActivityItem::of)
                .toList();
        return new UserProfileView(viewer, profile, answers, threads.thanksReceived(person));
    }
}
