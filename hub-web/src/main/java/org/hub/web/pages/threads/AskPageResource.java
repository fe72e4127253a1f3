package org.hub.web.pages.threads;

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
import java.util.List;
import org.hub.api.groups.Group;
import org.hub.api.groups.GroupService;
import org.hub.api.groups.Visibility;
import org.hub.api.search.SearchService;
import org.hub.api.threads.HubThread;
import org.hub.api.threads.ThreadKind;
import org.hub.api.threads.ThreadService;
import org.hub.api.users.User;
import org.hub.web.pages.common.FormErrors;
import org.hub.web.pages.common.FormSubmission;
import org.hub.web.pages.common.HitItem;
import org.hub.web.pages.common.TagText;
import org.hub.web.pages.common.Viewer;

/**
 * Asking: {@code /ask} (pick a group; "has this been asked before?") and the form post that starts
 * a thread in a group, {@code /groups/{slug}/threads}. Without JavaScript the similar questions
 * appear on a review step after the first submit; with it, they appear while the title is typed.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public final class AskPageResource {
    static final int SIMILAR_SHOWN = 5;
    /** The open groups offered to ask in; the directory pages through the rest. */
    static final int OPEN_GROUPS_SHOWN = 100;
    /** A hidden, missing or not-my group (403, 404) is a mistake on the form too: pick another group. */
    private static final FormSubmission ASK =
            FormSubmission.correcting(422, 403, 404).answeredWith(422);

    /** On the ask form the title is the question: "Enter your question of 200 characters or fewer". */
    private static final java.util.Map<String, String> QUESTION = java.util.Map.of("title", "your question");

    private final GroupService groups;
    private final ThreadService threads;
    private final SearchService search;

    public AskPageResource(GroupService groups, ThreadService threads, SearchService search) {
        this.groups = groups;
        this.threads = threads;
        this.search = search;
    }

    /** What the asker typed, kept when the form is shown again. */
    record Draft(String group, String kind, String title, String body, String tags) {
        ThreadKind threadKind() {
            return "discussion".equals(kind) ? ThreadKind.DISCUSSION : ThreadKind.QUESTION;
        }
    }

    @GET
    @Path("ask")
    public AskView form(
            @Context ContainerRequestContext request,
            @QueryParam("group") String group,
            @QueryParam("title") String title,
            @QueryParam("kind") String kind) {
        Viewer viewer = Viewer.required(request);
        return view(
                viewer,
                new Draft(
                        group,
                        "discussion".equals(kind) ? "discussion" : "question",
                        title == null ? "" : title,
                        "",
                        ""),
                FormErrors.none(),
                List.of(),
                false);
    }

    @POST
    @Path("ask")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ask(
            @Context ContainerRequestContext request,
            @FormParam("group") String group,
            @FormParam("title") String title,
            @FormParam("body") String body,
            @FormParam("tags") String tags,
            @FormParam("kind") String kind,
            @FormParam("reviewed") String reviewed) {
        Viewer viewer = Viewer.required(request);
        Draft draft = new Draft(group, kind, nullToEmpty(title), nullToEmpty(body), nullToEmpty(tags));
        FormErrors errors = FormErrors.none();
        if (group == null || group.isBlank()) {
            errors.add("group", "Choose the group to ask in.");
        }
        if (draft.title().isBlank()) {
            errors.add("title", "Enter your question.");
        }
        if (errors.any()) {
            return FormSubmission.again(422, view(viewer, draft, errors, List.of(), false));
        }
        if (!"yes".equals(reviewed)) {
            List<HitItem> similar =
                    search.similar(viewer.user(), draft.title(), draft.body(), SIMILAR_SHOWN).items().stream()
                            .map(HitItem::of)
                            .toList();
            if (!similar.isEmpty()) {
                return Response.ok(view(viewer, draft, FormErrors.none(), similar, true))
                        .build();
            }
        }
        return create(viewer, group, draft);
    }

    @POST
    @Path("groups/{slug}/threads")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response startThread(
            @Context ContainerRequestContext request,
            @PathParam("slug") String slug,
            @FormParam("kind") String kind,
            @FormParam("title") String title,
            @FormParam("body") String body,
            @FormParam("tags") String tags) {
        Viewer viewer = Viewer.required(request);
        return create(viewer, slug, new Draft(slug, kind, nullToEmpty(title), nullToEmpty(body), nullToEmpty(tags)));
    }

    private Response create(Viewer viewer, String slug, Draft draft) {
        return ASK.submit(
                () -> {
                    joinIfOpen(viewer.user(), slug);
                    HubThread thread = threads.create(
                            viewer.user(),
                            slug,
                            new ThreadService.NewThread(
                                    draft.title(), draft.body(), draft.threadKind(), TagText.parse(draft.tags())));
                    return Response.seeOther(URI.create("/threads/" + thread.id()))
                            .build();
                },
                e -> view(
                        viewer,
                        draft,
                        e.status() == 422
                                ? FormErrors.from(e, QUESTION, "title", "title", "body", "tags", "kind")
                                : FormErrors.none().add("group", "Choose a group you are a member of."),
                        List.of(),
                        false));
    }

    /**
     * Asking in an open group one is not in joins it first (issue 17 #3: a newcomer in no group
     * could not ask at all). A group needing approval is not joined: the service refuses the post.
     */
    private void joinIfOpen(User me, String slug) {
        Group group = groups.visible(slug, me);
        if (joinable(group)) {
            groups.join(me, slug);
        }
    }

    private static boolean joinable(Group group) {
        return group.visibility() == Visibility.OPEN && group.myRole() == null;
    }

    private AskView view(Viewer viewer, Draft draft, FormErrors errors, List<HitItem> similar, boolean reviewing) {
        User me = viewer.user();
        List<AskView.GroupChoice> choices = groups.mine(me).stream()
                .filter(g -> g.myRole() != null && g.myRole().isMember())
                .map(g -> choice(g, draft))
                .toList();
        List<AskView.GroupChoice> open = groups.list(me, OPEN_GROUPS_SHOWN, null).items().stream()
                .filter(AskPageResource::joinable)
                .map(g -> choice(g, draft))
                .toList();
        return new AskView(
                viewer,
                choices,
                open,
                draft.title(),
                draft.body(),
                draft.tags(),
                draft.kind(),
                errors,
                similar,
                reviewing);
    }

    private static AskView.GroupChoice choice(Group g, Draft draft) {
        return new AskView.GroupChoice(g.slug(), g.name(), g.slug().equals(draft.group()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
