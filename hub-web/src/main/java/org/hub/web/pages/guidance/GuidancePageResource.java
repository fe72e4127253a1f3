package org.hub.web.pages.guidance;

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
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.hub.api.common.HubException;
import org.hub.api.common.Page;
import org.hub.api.guidance.Guidance;
import org.hub.api.guidance.GuidanceService;
import org.hub.api.guidance.GuidanceStatus;
import org.hub.web.pages.common.FormErrors;
import org.hub.web.pages.common.FormSubmission;
import org.hub.web.pages.common.GuidanceItem;
import org.hub.web.pages.common.PageNotice;
import org.hub.web.pages.common.TagText;
import org.hub.web.pages.common.Viewer;

/**
 * The guidance library, {@code /guidance}, and an item's page, {@code /guidance/{slug}}. Everyone
 * sees published items; curators also see drafts and archived items and get the forms to create,
 * edit, publish and archive. The service decides who may see and do what: a draft answers 404 to
 * everyone else, and a non-curator's post answers 403.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public final class GuidancePageResource {
    static final int SHOWN = 30;
    private static final String[] FIELDS = {"title", "body", "tags", "reviewBy", "status"};
    private static final FormSubmission FORM = FormSubmission.correcting(422);

    private final GuidanceService guidance;

    public GuidancePageResource(GuidanceService guidance) {
        this.guidance = guidance;
    }

    /** What a curator typed into the create or edit form, kept when it is shown again. */
    record Draft(String title, String body, String tags, String reviewBy, String status) {
        static final Draft EMPTY = new Draft("", "", "", "", "draft");

        static Draft of(Guidance g) {
            return new Draft(
                    g.title(),
                    g.body(),
                    TagText.format(g.tags()),
                    g.reviewBy() == null ? "" : g.reviewBy().toString(),
                    g.status().wireName());
        }
    }

    @GET
    @Path("guidance")
    public GuidanceListView library(
            @Context ContainerRequestContext request,
            @QueryParam("overdue") String overdue,
            @QueryParam("status") String status,
            @QueryParam("after") String cursor) {
        Viewer viewer = Viewer.required(request);
        return listView(viewer, "yes".equals(overdue), status, cursor, Draft.EMPTY, FormErrors.none());
    }

    @POST
    @Path("guidance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(
            @Context ContainerRequestContext request,
            @FormParam("title") String title,
            @FormParam("body") String body,
            @FormParam("tags") String tags,
            @FormParam("reviewBy") String reviewBy,
            @FormParam("status") String status) {
        Viewer viewer = Viewer.required(request);
        Draft draft = new Draft(text(title), text(body), text(tags), text(reviewBy), text(status));
        FormErrors errors = FormErrors.none();
        LocalDate review = reviewDate(draft.reviewBy(), errors);
        GuidanceStatus wanted = status(draft.status(), errors);
        Function<FormErrors, GuidanceListView> formAgain =
                shown -> listView(viewer, false, null, null, draft, shown.prefixed("new-"));
        if (errors.any()) {
            return FormSubmission.again(422, formAgain.apply(errors));
        }
        return FORM.submit(
                () -> {
                    Guidance created = guidance.create(
                            viewer.user(),
                            new GuidanceService.NewGuidance(
                                    draft.title(), draft.body(), TagText.parse(draft.tags()), wanted, review, null));
                    return toItem(created.slug(), "created");
                },
                e -> formAgain.apply(FormErrors.from(e, "title", FIELDS)));
    }

    @GET
    @Path("guidance/{slug}")
    public GuidanceView item(
            @Context ContainerRequestContext request, @PathParam("slug") String slug, @QueryParam("done") String done) {
        Viewer viewer = Viewer.required(request);
        Guidance item = guidance.get(viewer.user(), slug);
        return new GuidanceView(viewer, item, Draft.of(item), FormErrors.none(), PageNotice.textOf(Notice.class, done));
    }

    /** Saves the edit form; the version field turns a concurrent edit into a 409, not a lost update. */
    @POST
    @Path("guidance/{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(
            @Context ContainerRequestContext request,
            @PathParam("slug") String slug,
            @FormParam("title") String title,
            @FormParam("body") String body,
            @FormParam("tags") String tags,
            @FormParam("reviewBy") String reviewBy,
            @FormParam("status") String status,
            @FormParam("version") Integer version) {
        Viewer viewer = Viewer.required(request);
        Draft draft = new Draft(text(title), text(body), text(tags), text(reviewBy), text(status));
        FormErrors errors = FormErrors.none();
        LocalDate review = reviewDate(draft.reviewBy(), errors);
        GuidanceStatus wanted = status(draft.status(), errors);
        Function<FormErrors, GuidanceView> formAgain = shown ->
                new GuidanceView(viewer, guidance.get(viewer.user(), slug), draft, shown.prefixed("edit-"), null);
        if (errors.any()) {
            return FormSubmission.again(422, formAgain.apply(errors));
        }
        return FORM.submit(
                () -> {
                    guidance.update(
                            viewer.user(),
                            slug,
                            new GuidanceService.GuidanceEdit(
                                    draft.title(), draft.body(), TagText.parse(draft.tags()), wanted, review, version));
                    return toItem(slug, "saved");
                },
                e -> formAgain.apply(FormErrors.from(e, "title", FIELDS)));
    }

    /** Publish, archive or return to draft in one click, keeping the text as it is. */
    @POST
    @Path("guidance/{slug}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeStatus(
            @Context ContainerRequestContext request,
            @PathParam("slug") String slug,
            @FormParam("status") String status,
            @FormParam("version") Integer version) {
        Viewer viewer = Viewer.required(request);
        GuidanceStatus wanted = GuidanceStatus.fromWire(text(status));
        Guidance current = guidance.get(viewer.user(), slug);
        guidance.update(
                viewer.user(),
                slug,
                new GuidanceService.GuidanceEdit(current.title(), current.body(), null, wanted, null, version));
        return toItem(slug, wanted.wireName());
    }

    private GuidanceListView listView(
            Viewer viewer, boolean overdue, String status, String cursor, Draft draft, FormErrors errors) {
        GuidanceStatus filter = null;
        if (status != null && !status.isBlank()) {
            try {
                filter = GuidanceStatus.fromWire(status);
            } catch (HubException e) {
                filter = null; // an unknown filter in a hand-typed link shows everything rather than failing
            }
        }
        if (!viewer.user().isCurator()) {
            // Archived items stay readable by link, but the library shows readers what is current.
            filter = GuidanceStatus.PUBLISHED;
        }
        Page<Guidance> page = guidance.list(viewer.user(), null, filter, overdue, SHOWN, cursor);
        return new GuidanceListView(
                viewer,
                page.items().stream().map(GuidanceItem::of).toList(),
                page.nextCursor(),
                overdue,
                filter == null ? "" : filter.wireName(),
                draft,
                errors);
    }

    private static LocalDate reviewDate(String text, FormErrors errors) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add("reviewBy", "Enter the review date as a date, like 2027-03-31.");
            return null;
        }
    }

    private static GuidanceStatus status(String text, FormErrors errors) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return GuidanceStatus.fromWire(text.strip());
        } catch (HubException e) {
            errors.add("status", "Choose draft, published or archived.");
            return null;
        }
    }

    private static Response toItem(String slug, String done) {
        return Response.seeOther(UriBuilder.fromPath("/guidance/{slug}")
                        .queryParam("done", done)
                        .build(slug))
                .build();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** What the item's page says after a change. */
    enum Notice implements PageNotice {
        CREATED("The guidance was created."),
        SAVED("Your changes were saved."),
        PUBLISHED("The guidance is published: everyone can now read it."),
        ARCHIVED("The guidance is archived."),
        DRAFT("The guidance is back in draft: only curators can see it.");

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
