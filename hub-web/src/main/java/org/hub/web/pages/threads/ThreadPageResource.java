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
import java.util.Comparator;
import java.util.List;
import org.hub.api.groups.Group;
import org.hub.api.groups.GroupAccess;
import org.hub.api.groups.GroupService;
import org.hub.api.groups.Visibility;
import org.hub.api.search.SearchService;
import org.hub.api.threads.HubThread;
import org.hub.api.threads.Post;
import org.hub.api.threads.Revision;
import org.hub.api.threads.ThreadKind;
import org.hub.api.threads.ThreadService;
import org.hub.api.users.User;
import org.hub.web.pages.common.FormErrors;
import org.hub.web.pages.common.FormSubmission;
import org.hub.web.pages.common.HitItem;
import org.hub.web.pages.common.PageNotice;
import org.hub.web.pages.common.TagText;
import org.hub.web.pages.common.Viewer;

/**
 * {@code /threads/{id}} and what is done there: reply, accept, thank, edit the question or an
 * answer, and the revision history. Every rule is the ThreadService's; the page only asks the
 * group's role to decide which buttons to show.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public final class ThreadPageResource {
    static final int RELATED_SHOWN = 5;
    static final int REVISIONS_SHOWN = 100;
    private static final FormSubmission REPLY = FormSubmission.correcting(422);
    /** An edit may also meet a newer version (409): the form is shown again at that version. */
    private static final FormSubmission EDIT = FormSubmission.correcting(422, 409);

    /** On the answer forms the body is the answer: "Enter your answer". */
    private static final java.util.Map<String, String> ANSWER = java.util.Map.of("body", "your answer");

    private final GroupService groups;
    private final ThreadService threads;
    private final SearchService search;

    public ThreadPageResource(GroupService groups, ThreadService threads, SearchService search) {
        this.groups = groups;
        this.threads = threads;
        this.search = search;
    }

    @GET
    @Path("threads/{id}")
    public ThreadView thread(
            @Context ContainerRequestContext request, @PathParam("id") long id, @QueryParam("done") String done) {
        Viewer viewer = Viewer.required(request);
        return view(viewer, id, "", FormErrors.none(), PageNotice.textOf(Notice.class, done));
    }

    @POST
    @Path("threads/{id}/posts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reply(
            @Context ContainerRequestContext request,
            @PathParam("id") long id,
            @FormParam("body") String body,
            @FormParam("join") String join) {
        Viewer viewer = Viewer.required(request);
        String text = body == null ? "" : body;
        return REPLY.submit(
                () -> {
                    if ("yes".equals(join)) {
                        joinToAnswer(viewer.user(), id, text);
                    }
                    Post post = threads.reply(viewer.user(), id, text);
                    return Response.seeOther(URI.create("/threads/" + id + "?done=replied#post-" + post.id()))
                            .build();
                },
                e -> view(
                        viewer,
                        id,
                        body,
                        FormErrors.from(e, ANSWER, "body", "body").prefixed("reply-"),
                        null));
    }

    @POST
    @Path("threads/{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(
            @Context ContainerRequestContext request, @PathParam("id") long id, @FormParam("postId") Long postId) {
        Viewer viewer = Viewer.required(request);
        threads.accept(viewer.user(), id, postId);
        return Response.seeOther(URI.create("/threads/" + id + "?done=accepted#post-" + postId))
                .build();
    }

    @POST
    @Path("posts/{id}/thanks")
    public Response thank(@Context ContainerRequestContext request, @PathParam("id") long postId) {
        Viewer viewer = Viewer.required(request);
        Post post = threads.thank(viewer.user(), postId);
        return Response.seeOther(URI.create("/threads/" + post.threadId() + "?done=thanked#post-" + postId))
                .build();
    }

    @GET
    @Path("threads/{id}/edit")
    public ThreadEditView editThread(@Context ContainerRequestContext request, @PathParam("id") long id) {
        Viewer viewer = Viewer.required(request);
        HubThread thread = threads.get(viewer.user(), id);
        return new ThreadEditView(
                viewer,
                id,
                thread.title(),
                thread.body(),
                TagText.format(thread.tags()),
                thread.version(),
                FormErrors.none());
    }

    @POST
    @Path("threads/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveThread(
            @Context ContainerRequestContext request,
            @PathParam("id") long id,
            @FormParam("title") String title,
            @FormParam("body") String body,
            @FormParam("tags") String tags,
            @FormParam("version") Integer version) {
        Viewer viewer = Viewer.required(request);
        return EDIT.submit(
                () -> {
                    threads.update(
                            viewer.user(), id, new ThreadService.ThreadEdit(title, body, TagText.parse(tags), version));
                    return Response.seeOther(URI.create("/threads/" + id + "?done=edited"))
                            .build();
                },
                e -> {
                    // On a conflict the form carries the current version, so saving again is a deliberate overwrite.
                    int current = e.status() == 409
                            ? threads.get(viewer.user(), id).version()
                            : version == null ? 0 : version;
                    return new ThreadEditView(
                            viewer,
                            id,
                            nullToEmpty(title),
                            nullToEmpty(body),
                            nullToEmpty(tags),
                            current,
                            FormErrors.from(e, "title", "title", "body", "tags"));
                });
    }

    @GET
    @Path("posts/{id}/edit")
    public PostEditView editPost(@Context ContainerRequestContext request, @PathParam("id") long postId) {
        Viewer viewer = Viewer.required(request);
        Post post = threads.getPost(viewer.user(), postId);
        return new PostEditView(viewer, post.id(), post.threadId(), post.body(), post.version(), FormErrors.none());
    }

    @POST
    @Path("posts/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response savePost(
            @Context ContainerRequestContext request,
            @PathParam("id") long postId,
            @FormParam("body") String body,
            @FormParam("version") Integer version) {
        Viewer viewer = Viewer.required(request);
        return EDIT.submit(
                () -> {
                    Post post = threads.updatePost(viewer.user(), postId, body, version);
                    return Response.seeOther(URI.create("/threads/" + post.threadId() + "?done=edited#post-" + postId))
                            .build();
                },
                e -> {
                    Post current = threads.getPost(viewer.user(), postId);
                    int shownVersion = e.status() == 409 ? current.version() : version == null ? 0 : version;
                    return new PostEditView(
                            viewer,
                            postId,
                            current.threadId(),
                            nullToEmpty(body),
                            shownVersion,
                            FormErrors.from(e, ANSWER, "body", "body"));
                });
    }

    @GET
    @Path("threads/{id}/revisions")
    public RevisionsView revisions(@Context ContainerRequestContext request, @PathParam("id") long id) {
        Viewer viewer = Viewer.required(request);
        HubThread thread = threads.get(viewer.user(), id);
        List<Revision> revisions =
                threads.revisions(viewer.user(), id, REVISIONS_SHOWN, null).items();
        return new RevisionsView(
                viewer,
                id,
                thread.title(),
                revisions.stream()
                        .sorted(Comparator.comparing(Revision::editedAt).reversed())
                        .map(RevisionsView.Item::of)
                        .toList());
    }

    /**
     * Joins the thread's open group so that the answer posted next is accepted: the "join and
     * answer" form. An empty answer is refused before joining, so a slip joins no one; a group
     * that needs approval (or a thread that is locked) is left to the service to refuse as usual.
     */
    private void joinToAnswer(User me, long threadId, String body) {
        if (body.isBlank()) {
            throw org.hub.api.common.HubException.invalid("body must not be empty.");
        }
        HubThread thread = threads.get(me, threadId);
        Group group = groups.visible(thread.group().slug(), me);
        if (mayJoinToAnswer(group, thread)) {
            groups.join(me, group.slug());
        }
    }

    /** Not yet a member (nor waiting) of an open group, on a thread that still takes answers. */
    private static boolean mayJoinToAnswer(Group group, HubThread thread) {
        return group.visibility() == Visibility.OPEN && group.myRole() == null && !thread.locked();
    }

    private ThreadView view(Viewer viewer, long id, String replyDraft, FormErrors replyErrors, String notice) {
        User me = viewer.user();
        HubThread thread = threads.get(me, id);
        Group group = groups.visible(thread.group().slug(), me);
        boolean moderator = GroupAccess.canModerate(group, me);
        boolean asker = thread.author().id() == me.id();
        boolean question = thread.kind() == ThreadKind.QUESTION;
        boolean mayAccept = question && (asker || moderator);
        // The accepted answer first, then the others oldest first, as the service returned them.
        List<PostItem> answers = thread.posts().stream()
                .sorted(Comparator.comparing(Post::accepted).reversed())
                .map(p -> PostItem.of(p, me.id(), moderator, mayAccept))
                .toList();
        List<HitItem> related = search.related(me, id, RELATED_SHOWN).items().stream()
                .map(HitItem::of)
                .toList();
        return new ThreadView(
                viewer,
                thread,
                answers,
                related,
                asker || moderator,
                GroupAccess.canPost(group, me),
                replyDraft == null ? "" : replyDraft,
                replyErrors,
                notice,
                moderator,
                moderator
                        ? groups.mine(me).stream()
                                .filter(g -> g.id() != group.id() && GroupAccess.canPost(g, me))
                                .map(Group::ref)
                                .toList()
                        : List.of(),
                mayJoinToAnswer(group, thread));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** What the thread page says after an action. */
    enum Notice implements PageNotice {
        REPLIED("Your answer has been posted."),
        ACCEPTED("The answer has been accepted."),
        THANKED("Your thanks have been passed on."),
        EDITED("Your changes have been saved."),
        FLAGGED("Thank you: the group's moderators will look at the answer you flagged."),
        HIDDEN("The answer is hidden from members and from search."),
        SHOWN("The answer is shown again."),
        DELETED("The answer has been deleted."),
        UNTHANKED("Your thanks have been taken back."),
        UNACCEPTED("The answer is no longer marked as accepted."),
        LOCKED("The thread is locked: it takes no new answers."),
        UNLOCKED("The thread is open for answers again."),
        MOVED("The thread has moved to this group.");

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
