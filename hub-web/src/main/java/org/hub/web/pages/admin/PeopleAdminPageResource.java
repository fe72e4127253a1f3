package org.hub.web.pages.admin;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.hub.api.people.UserService;
import org.hub.api.users.Permissions;
import org.hub.api.users.Role;
import org.hub.api.users.User;
import org.hub.web.pages.common.FormErrors;
import org.hub.web.pages.common.FormSubmission;
import org.hub.web.pages.common.PageNotice;
import org.hub.web.pages.common.Viewer;

/** {@code /admin/people}: everyone who can sign in, a page at a time by username; add and deactivate. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public final class PeopleAdminPageResource {
    static final int PAGE_SIZE = 50;
    /** A 409 is a username that exists already: shown on the form like a 422. */
    private static final FormSubmission FORM = FormSubmission.correcting(422, 409);

    private final UserService users;

    public PeopleAdminPageResource(UserService users) {
        this.users = users;
    }

    @GET
    @Path("admin/people")
    public PeopleView people(
            @Context ContainerRequestContext request,
            @QueryParam("after") String after,
            @QueryParam("done") String done) {
        Viewer viewer = Viewer.required(request);
        return view(viewer, after, FormErrors.none(), Map.of(), PageNotice.textOf(Notice.class, done));
    }

    @POST
    @Path("admin/users")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createUser(
            @Context ContainerRequestContext request,
            @FormParam("username") String username,
            @FormParam("displayName") String displayName,
            @FormParam("email") String email,
            @FormParam("department") String department,
            @FormParam("password") String password,
            @FormParam("role") String role) {
        Viewer viewer = Viewer.required(request);
        Map<String, String> typed = Map.of(
                "user-username", AdminForms.text(username),
                "user-displayName", AdminForms.text(displayName),
                "user-email", AdminForms.text(email),
                "user-department", AdminForms.text(department));
        Role parsedRole = roleOrNull(role == null ? "member" : role);
        return FORM.submit(
                () -> {
                    users.create(
                            viewer.user(),
                            new UserService.NewUser(
                                    AdminForms.blankToNull(username),
                                    displayName,
                                    email,
                                    AdminForms.blankToNull(department),
                                    password,
                                    parsedRole));
                    return AdminForms.done("/admin/people", "user");
                },
                e -> view(
                        viewer,
                        null,
                        FormErrors.from(
                                        e,
                                        "username",
                                        "username",
                                        "displayName",
                                        "email",
                                        "department",
                                        "password",
                                        "role")
                                .prefixed("user-"),
                        typed,
                        null));
    }

    @POST
    @Path("admin/users/{username}/deactivate")
    public Response deactivate(@Context ContainerRequestContext request, @PathParam("username") String username) {
        Viewer viewer = Viewer.required(request);
        users.deactivate(viewer.user(), username);
        return AdminForms.done("/admin/people", "deactivated");
    }

    private PeopleView view(Viewer viewer, String after, FormErrors errors, Map<String, String> typed, String notice) {
        Permissions.requireAdmin(viewer.user());
        List<User> rows = users.list(viewer.user(), AdminForms.blankToNull(after), PAGE_SIZE + 1);
        boolean more = rows.size() > PAGE_SIZE;
        List<PeopleView.Person> people =
                rows.stream().limit(PAGE_SIZE).map(PeopleView.Person::of).toList();
        String nextAfter = more ? people.get(people.size() - 1).username() : null;
        return new PeopleView(viewer, users.departments(), people, nextAfter, after != null, errors, typed, notice);
    }

    /** An unknown role is left to the service, which names it as the form's mistake. */
    private static Role roleOrNull(String wire) {
        try {
            return Role.fromWire(wire);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** What the people page says after a change. */
    enum Notice implements PageNotice {
        USER("The person was added."),
        DEACTIVATED("The person was deactivated; their sessions and tokens no longer work.");

        private final String text;

        Notice(String text) {
            this.text = text;
        }

        @Override
        public String text() {
            return text;
        }
    }
}
