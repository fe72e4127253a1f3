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
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hub.api.audit.AuditReader;
import org.hub.api.guidance.SynonymService;
import org.hub.api.people.UserService;
import org.hub.api.users.Permissions;
import org.hub.api.users.Role;
import org.hub.web.pages.common.FormErrors;
import org.hub.web.pages.common.FormSubmission;
import org.hub.web.pages.common.PageNotice;
import org.hub.web.pages.common.Viewer;

/**
 * {@code /admin}: departments, people, synonyms and the audit log, for administrators. The
 * services decide who may; a non-admin gets the 403 page.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public final class AdminPageResource {
    static final int USERS_SHOWN = 200;
    static final int AUDIT_SHOWN = 30;
    /** A 409 is a department or username that exists already: shown on the form like a 422. */
    private static final FormSubmission FORM = FormSubmission.correcting(422, 409);

    private final UserService users;
    private final SynonymService synonyms;
    private final AuditReader audit;

    public AdminPageResource(UserService users, SynonymService synonyms, AuditReader audit) {
        this.users = users;
        this.synonyms = synonyms;
        this.audit = audit;
    }

    @GET
    @Path("admin")
    public AdminView admin(@Context ContainerRequestContext request, @QueryParam("done") String done) {
        Viewer viewer = Viewer.required(request);
        return view(viewer, FormErrors.none(), Map.of(), null, PageNotice.textOf(Notice.class, done));
    }

    @POST
    @Path("admin/departments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createDepartment(
            @Context ContainerRequestContext request, @FormParam("slug") String slug, @FormParam("name") String name) {
        Viewer viewer = Viewer.required(request);
        Map<String, String> typed = Map.of("dept-slug", text(slug), "dept-name", text(name));
        return FORM.submit(
                () -> {
                    users.createDepartment(viewer.user(), blankToNull(slug), name);
                    return done("department");
                },
                e -> view(viewer, FormErrors.from(e, "slug", "slug", "name").prefixed("dept-"), typed, null, null));
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
                "user-username",
                text(username),
                "user-displayName",
                text(displayName),
                "user-email",
                text(email),
                "user-department",
                text(department));
        Role parsedRole = roleOrNull(role == null ? "member" : role);
        return FORM.submit(
                () -> {
                    users.create(
                            viewer.user(),
                            new UserService.NewUser(
                                    blankToNull(username),
                                    displayName,
                                    email,
                                    blankToNull(department),
                                    password,
                                    parsedRole));
                    return done("user");
                },
                e -> view(
                        viewer,
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
                        null,
                        null));
    }

    @POST
    @Path("admin/users/{username}/deactivate")
    public Response deactivate(@Context ContainerRequestContext request, @PathParam("username") String username) {
        Viewer viewer = Viewer.required(request);
        users.deactivate(viewer.user(), username);
        return done("deactivated");
    }

    @POST
    @Path("admin/synonyms")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveSynonyms(@Context ContainerRequestContext request, @FormParam("synonyms") String text) {
        Viewer viewer = Viewer.required(request);
        return FORM.submit(
                () -> {
                    synonyms.replace(viewer.user(), SynonymText.parse(text));
                    return done("synonyms");
                },
                e -> view(viewer, FormErrors.from(e, "synonyms", "synonyms"), Map.of(), text(text), null));
    }

    private AdminView view(
            Viewer viewer, FormErrors errors, Map<String, String> typed, String synonymDraft, String notice) {
        Permissions.requireAdmin(viewer.user());
        var people = users.list(viewer.user(), null, USERS_SHOWN).stream()
                .map(AdminView.Person::of)
                .toList();
        String synonymText = synonymDraft != null ? synonymDraft : SynonymText.format(synonyms.get(viewer.user()));
        var entries = audit.page(viewer.user(), AUDIT_SHOWN, null).items().stream()
                .map(AdminView.AuditItem::of)
                .toList();
        return new AdminView(viewer, users.departments(), people, synonymText, entries, errors, typed, notice);
    }

    private static Response done(String what) {
        return Response.seeOther(URI.create("/admin?done=" + what)).build();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** An unknown role is left to the service, which names it as the form's mistake. */
    private static Role roleOrNull(String wire) {
        try {
            return Role.fromWire(wire);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Synonym sets as one line each, terms separated by commas. */
    static final class SynonymText {
        private SynonymText() {}

        static List<List<String>> parse(String text) {
            if (text == null) {
                return List.of();
            }
            return text.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .map(line -> Arrays.stream(line.split(","))
                            .map(String::strip)
                            .filter(t -> !t.isEmpty())
                            .toList())
                    .toList();
        }

        static String format(List<List<String>> sets) {
            StringBuilder out = new StringBuilder();
            sets.forEach(set -> out.append(String.join(", ", set)).append('\n'));
            return out.toString();
        }
    }

    /** What the admin page says after a change. */
    enum Notice implements PageNotice {
        DEPARTMENT("The department was added."),
        USER("The person was added."),
        DEACTIVATED("The person was deactivated; their sessions and tokens no longer work."),
        SYNONYMS("The synonyms were saved; the next search uses them.");

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
