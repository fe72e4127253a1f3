package org.hub.web.pages.moderation;

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
import org.hub.api.threads.FlagOutcome;
import org.hub.api.threads.FlagReason;
import org.hub.api.threads.FlagService;
import org.hub.api.threads.FlaggedPost;
import org.hub.api.threads.ModerationService;
import org.hub.api.threads.Post;
import org.hub.api.threads.ThreadService;
import org.hub.web.pages.common.FormErrors;
import org.hub.web.pages.common.FormSubmission;
import org.hub.web.pages.common.PageNotice;
import org.hub.web.pages.common.Viewer;

/**
 * The pages' moderation: flagging a post, a group's moderation queue, and the buttons on thread
 * and group pages (hide, lock, move, delete, withdraw an acceptance or thanks, decline a request).
 * Every rule is the services'; a refusal the person cannot fix on a form becomes the error page.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public final class ModerationPageResource {
    static final int QUEUE_SHOWN = 50;
    private static final FormSubmission FLAG = FormSubmission.correcting(422);

    private final GroupService groups;
    private final ThreadService threads;
    private final ModerationService moderation;
    private final FlagService flags;

    public ModerationPageResource(
            GroupService groups, ThreadService threads, ModerationService moderation, FlagService flags) {
        this.groups = groups;
        this.threads = threads;
        this.moderation = moderation;
        this.flags = flags;
    }

    @GET
    @Path("posts/{id}/flag")
    public FlagView flagForm(@Context ContainerRequestContext request, @PathParam("id") long postId) {
        Viewer viewer = Viewer.required(request);
        return new FlagView(viewer, threads.getPost(viewer.user(), postId), null, FormErrors.none());
    }

    @POST
    @Path("posts/{id}/flag")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response flag(
            @Context ContainerRequestContext request,
            @PathParam("id") long postId,
            @FormParam("reason") String reason) {
        Viewer viewer = Viewer.required(request);
        return FLAG.submit(
                () -> {
                    if (reason == null || reason.isBlank()) {
                        throw org.hub.api.common.HubException.invalid("Choose why you are flagging this answer.");
                    }
                    FlagService.Flagged flagged = flags.flag(viewer.user(), postId, FlagReason.fromWire(reason));
                    return redirect("/threads/" + flagged.flag().threadId() + "?done=flagged#post-" + postId);
                },
                e -> new FlagView(
                        viewer,
                        threads.getPost(viewer.user(), postId),
                        reason,
                        FormErrors.none().add("reason-" + FlagView.FIRST_REASON, e.getMessage())));
    }

    @GET
    @Path("groups/{slug}/flags")
    public QueueView queue(
            @Context ContainerRequestContext request, @PathParam("slug") String slug, @QueryParam("done") String done) {
        Viewer viewer = Viewer.required(request);
        Group group = groups.visible(slug, viewer.user());
        List<FlaggedPost> items =
                flags.queue(viewer.user(), slug, QUEUE_SHOWN, null).items();
        return new QueueView(
                viewer, group, items.stream().map(QueueItem::of).toList(), PageNotice.textOf(Notice.class, done));
    }

    @POST
    @Path("posts/{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(
            @Context ContainerRequestContext request,
            @PathParam("id") long postId,
            @FormParam("outcome") String outcome,
            @FormParam("group") String groupSlug) {
        Viewer viewer = Viewer.required(request);
        FlagOutcome decided = FlagOutcome.fromWire(outcome);
        flags.decide(viewer.user(), postId, decided);
        Group group = groups.visible(groupSlug, viewer.user());
        return redirect("/groups/" + group.slug() + "/flags?done=" + decided.wireName());
    }

    @POST
    @Path("posts/{id}/hide")
    public Response hide(@Context ContainerRequestContext request, @PathParam("id") long postId) {
        Viewer viewer = Viewer.required(request);
        Post post = moderation.hide(viewer.user(), postId);
        return redirect("/threads/" + post.threadId() + "?done=hidden#post-" + postId);
    }

    @POST
    @Path("posts/{id}/unhide")
    public Response unhide(@Context ContainerRequestContext request, @PathParam("id") long postId) {
        Viewer viewer = Viewer.required(request);
        Post post = moderation.unhide(viewer.user(), postId);
        return redirect("/threads/" + post.threadId() + "?done=shown#post-" + postId);
    }

    @POST
    @Path("posts/{id}/delete")
    public Response deletePost(@Context ContainerRequestContext request, @PathParam("id") long postId) {
        Viewer viewer = Viewer.required(request);
        long threadId = threads.getPost(viewer.user(), postId).threadId();
        threads.deletePost(viewer.user(), postId);
        return redirect("/threads/" + threadId + "?done=deleted");
    }

    @POST
    @Path("posts/{id}/unthank")
    public Response unthank(@Context ContainerRequestContext request, @PathParam("id") long postId) {
        Viewer viewer = Viewer.required(request);
        Post post = threads.unthank(viewer.user(), postId);
        return redirect("/threads/" + post.threadId() + "?done=unthanked#post-" + postId);
    }

    @POST
    @Path("threads/{id}/unaccept")
    public Response unaccept(@Context ContainerRequestContext request, @PathParam("id") long threadId) {
        Viewer viewer = Viewer.required(request);
        threads.unaccept(viewer.user(), threadId);
        return redirect("/threads/" + threadId + "?done=unaccepted");
    }

    @POST
    @Path("threads/{id}/lock")
    public Response lock(@Context ContainerRequestContext request, @PathParam("id") long threadId) {
        Viewer viewer = Viewer.required(request);
        moderation.lock(viewer.user(), threadId, true);
        return redirect("/threads/" + threadId + "?done=locked");
    }

    @POST
    @Path("threads/{id}/unlock")
    public Response unlock(@Context ContainerRequestContext request, @PathParam("id") long threadId) {
        Viewer viewer = Viewer.required(request);
        moderation.lock(viewer.user(), threadId, false);
        return redirect("/threads/" + threadId + "?done=unlocked");
    }

    @POST
    @Path("threads/{id}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(
            @Context ContainerRequestContext request,
            @PathParam("id") long threadId,
            @FormParam("group") String groupSlug) {
        Viewer viewer = Viewer.required(request);
        moderation.move(viewer.user(), threadId, groupSlug);
        return redirect("/threads/" + threadId + "?done=moved");
    }

    @POST
    @Path("groups/{slug}/requests/{username}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(
            @Context ContainerRequestContext request,
            @PathParam("slug") String slug,
            @PathParam("username") String username,
            @FormParam("reason") String reason) {
        Viewer viewer = Viewer.required(request);
        groups.decline(viewer.user(), slug, username, reason);
        return redirect("/groups/" + slug + "?done=declined");
    }

    private static Response redirect(String location) {
        return Response.seeOther(URI.create(location)).build();
    }

    /** What the queue page says after a decision. */
    enum Notice implements PageNotice {
        HIDDEN("The answer is hidden and its flags are closed."),
        DISMISSED("The flags are dismissed: the answer stands.");

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
