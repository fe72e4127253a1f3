package org.hub.web.pages.admin;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.hub.api.common.HubException;
import org.hub.api.directory.DirectoryResource;
import org.hub.api.directory.DirectorySync;
import org.hub.api.directory.SyncReport;
import org.hub.api.guidance.SynonymService;
import org.hub.api.people.UserService;
import org.hub.api.users.Permissions;
import org.hub.web.pages.common.FormErrors;
import org.hub.web.pages.common.FormSubmission;
import org.hub.web.pages.common.PageNotice;
import org.hub.web.pages.common.Viewer;

/**
 * {@code /admin}: the administrators' start page, and the departments and synonyms sections. People
 * and the audit log have pages of their own ({@link PeopleAdminPageResource},
 * {@link AuditPageResource}): each section is short enough to read on a phone. The services decide
 * who may; a non-admin gets the 403 page.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public final class AdminPageResource {
    /** A 409 is a department that exists already: shown on the form like a 422. */
    private static final FormSubmission FORM = FormSubmission.correcting(422, 409);

    private final UserService users;
    private final SynonymService synonyms;
    private final Optional<DirectorySync> directory;

    public AdminPageResource(UserService users, SynonymService synonyms, Optional<DirectorySync> directory) {
        this.users = users;
        this.synonyms = synonyms;
        this.directory = directory;
    }

    @GET
    @Path("admin")
    public AdminHomeView home(@Context ContainerRequestContext request) {
        Viewer viewer = Viewer.required(request);
        Permissions.requireAdmin(viewer.user());
        return new AdminHomeView(viewer, users.departments().size(), directory.isPresent());
    }

    /**
     * The "Sync now" button: runs the directory sync and shows its report on the start page (not a
     * redirect: the report is this run's alone). A failure shows why, with the error's status.
     */
    @POST
    @Path("admin/directory/sync")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response syncDirectory(@Context ContainerRequestContext request) {
        Viewer viewer = Viewer.required(request);
        Permissions.requireAdmin(viewer.user());
        int departments = users.departments().size();
        if (directory.isEmpty()) {
            return Response.status(409)
                    .entity(new AdminHomeView(viewer, departments, false, null, DirectoryResource.NOT_CONFIGURED))
                    .build();
        }
        try {
            SyncReport report = directory.get().syncAs(viewer.user());
            return Response.ok(new AdminHomeView(
                            viewer,
                            users.departments().size(),
                            true,
                            "Directory synced: " + report.describe() + ".",
                            null))
                    .build();
        } catch (HubException e) {
            return Response.status(e.status())
                    .entity(new AdminHomeView(viewer, departments, true, null, e.getMessage()))
                    .build();
        }
    }

    @GET
    @Path("admin/departments")
    public DepartmentsView departments(@Context ContainerRequestContext request, @QueryParam("done") String done) {
        Viewer viewer = Viewer.required(request);
        return departmentsView(viewer, FormErrors.none(), Map.of(), PageNotice.textOf(Notice.class, done));
    }

    @POST
    @Path("admin/departments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createDepartment(
            @Context ContainerRequestContext request, @FormParam("slug") String slug, @FormParam("name") String name) {
        Viewer viewer = Viewer.required(request);
        Map<String, String> typed = Map.of("dept-slug", AdminForms.text(slug), "dept-name", AdminForms.text(name));
        return FORM.submit(
                () -> {
                    users.createDepartment(viewer.user(), AdminForms.blankToNull(slug), name);
                    return AdminForms.done("/admin/departments", "department");
                },
                e -> departmentsView(
                        viewer, FormErrors.from(e, "slug", "slug", "name").prefixed("dept-"), typed, null));
    }

    @GET
    @Path("admin/synonyms")
    public SynonymsView synonyms(@Context ContainerRequestContext request, @QueryParam("done") String done) {
        Viewer viewer = Viewer.required(request);
        // Curators may read synonyms through the API; this page is part of the admin section.
        Permissions.requireAdmin(viewer.user());
        String text = SynonymText.format(synonyms.get(viewer.user()));
        return new SynonymsView(viewer, text, FormErrors.none(), PageNotice.textOf(Notice.class, done));
    }

    @POST
    @Path("admin/synonyms")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveSynonyms(@Context ContainerRequestContext request, @FormParam("synonyms") String text) {
        Viewer viewer = Viewer.required(request);
        return FORM.submit(
                () -> {
                    synonyms.replace(viewer.user(), SynonymText.parse(text));
                    return AdminForms.done("/admin/synonyms", "synonyms");
                },
                e -> new SynonymsView(viewer, AdminForms.text(text), FormErrors.from(e, "synonyms", "synonyms"), null));
    }

    private DepartmentsView departmentsView(
            Viewer viewer, FormErrors errors, Map<String, String> typed, String notice) {
        Permissions.requireAdmin(viewer.user());
        return new DepartmentsView(viewer, users.departments(), errors, typed, notice);
    }

    /** What the departments and synonyms pages say after a change. */
    enum Notice implements PageNotice {
        DEPARTMENT("The department was added."),
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
