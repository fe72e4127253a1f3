package org.hub.api.threads;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hub.api.audit.AuditLog;
import org.hub.api.common.Cursor;
import org.hub.api.common.HubException;
import org.hub.api.common.NotFoundException;
import org.hub.api.common.Page;
import org.hub.api.common.TextRules;
import org.hub.api.common.UniqueViolation;
import org.hub.api.common.markdown.MarkdownRenderer;
import org.hub.api.groups.Group;
import org.hub.api.groups.GroupAccess;
import org.hub.api.groups.GroupService;
import org.hub.api.outbox.ItemType;
import org.hub.api.outbox.Outbox;
import org.hub.api.outbox.OutboxEvent;
import org.hub.api.users.User;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Questions, discussions and their answers: who may write, edit, delete, accept and thank, and
 * the transaction each change runs in, with its revision, audit row and outbox event.
 */
public final class ThreadService {

    private final Jdbi jdbi;
    private final GroupService groups;
    private final MarkdownRenderer markdown;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    public ThreadService(
            Jdbi jdbi, GroupService groups, MarkdownRenderer markdown, Outbox outbox, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.groups = groups;
        this.markdown = markdown;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    public record NewThread(String title, String body, ThreadKind kind, List<String> tags) {}

    public record ThreadEdit(String title, String body, List<String> tags, Integer version) {}

    public HubThread create(User author, String groupSlug, NewThread request) {
        List<String> errors = new ArrayList<>();
        String title = TextRules.title(request.title(), errors);
        String body = TextRules.body(request.body(), false, errors);
        List<String> tags = Tags.clean(request.tags(), errors);
        if (request.kind() == null) {
            errors.add("kind must be one of question, discussion.");
        }
        failIfAny(errors);
        long id = jdbi.inTransaction(handle -> {
            Group group = groups.visible(handle, groupSlug, author);
            if (!GroupAccess.canPost(group, author)) {
                throw HubException.forbidden("Join the group to post in it.");
            }
            Instant now = clock.instant();
            ThreadDao threads = handle.attach(ThreadDao.class);
            long threadId = threads.insertThread(
                    group.id(),
                    request.kind().wireName(),
                    title,
                    body,
                    markdown.toHtml(body),
                    Tags.join(tags),
                    author.id(),
                    now);
            threads.insertRevision(threadId, null, 1, author.id(), now, title, body);
            outbox.append(handle, ItemType.THREAD, threadId, OutboxEvent.THREAD_CREATED, author.id());
            return threadId;
        });
        return get(author, id);
    }

    /** The whole thread as the viewer may see it: answers oldest first, the accepted one flagged. */
    public HubThread get(User viewer, long id) {
        return jdbi.inTransaction(handle -> {
            VisibleThread thread = visibleThread(handle, id, viewer);
            ThreadRow row = thread.row();
            ThreadDao threads = handle.attach(ThreadDao.class);
            ThreadSummary summary = threads.findSummary(id).orElseThrow(() -> new NotFoundException("thread", id));
            ThreadDao.Bodies bodies = threads.bodies(id);
            boolean withHidden = GroupAccess.canModerate(thread.group(), viewer);
            List<Post> posts = threads.posts(id, viewer.id(), withHidden).stream()
                    .map(p -> withAccepted(p, row.acceptedPostId()))
                    .toList();
            return new HubThread(
                    id,
                    summary.group(),
                    summary.kind(),
                    summary.title(),
                    bodies.body(),
                    bodies.bodyHtml(),
                    summary.tags(),
                    summary.author(),
                    summary.createdAt(),
                    summary.updatedAt(),
                    summary.version(),
                    summary.acceptedPostId(),
                    row.locked(),
                    posts,
                    threads.promotedGuidance(id, viewer.isCurator()));
        });
    }

    /** Throws the thread's 404 unless the viewer may see it. */
    public void requireVisible(User viewer, long id) {
        jdbi.useHandle(handle -> visibleThread(handle, id, viewer));
    }

    public Page<ThreadSummary> listInGroup(
            User viewer, String groupSlug, ThreadKind kind, boolean unanswered, int limit, String cursor) {
        Group group = groups.visible(groupSlug, viewer);
        List<ThreadSummary> rows = jdbi.onDemand(ThreadDao.class)
                .listInGroup(
                        group.id(),
                        kind == null ? null : kind.wireName(),
                        unanswered,
                        Cursor.decode(cursor),
                        limit + 1);
        return Page.of(rows, limit, ThreadSummary::id);
    }

    /** Questions across every group the viewer can see: where officers find colleagues' questions. */
    public Page<ThreadSummary> questions(User viewer, boolean unanswered, String department, int limit, String cursor) {
        List<ThreadSummary> rows = jdbi.onDemand(ThreadDao.class)
                .listVisible(
                        viewer.id(),
                        viewer.isAdmin(),
                        department == null || department.isBlank() ? null : department,
                        ThreadKind.QUESTION.wireName(),
                        unanswered,
                        Cursor.decode(cursor),
                        limit + 1);
        return Page.of(rows, limit, ThreadSummary::id);
    }

    public HubThread update(User editor, long id, ThreadEdit edit) {
        List<String> errors = new ArrayList<>();
        String title = TextRules.title(edit.title(), errors);
        String body = TextRules.body(edit.body(), false, errors);
        List<String> tags = edit.tags() == null ? null : Tags.clean(edit.tags(), errors);
        if (edit.version() == null) {
            errors.add("version must be the version you read.");
        }
        failIfAny(errors);
        jdbi.useTransaction(handle -> {
            VisibleThread thread = visibleThread(handle, id, editor);
            requireAuthorOrModerator(thread.group(), editor, thread.row().authorId(), "edit this thread");
            ThreadDao threads = handle.attach(ThreadDao.class);
            Instant now = clock.instant();
            String storedTags = tags == null ? thread.row().tags() : Tags.join(tags);
            if (threads.updateThread(id, edit.version(), title, body, markdown.toHtml(body), storedTags, now) == 0) {
                throw staleVersion("thread", thread.row().version(), edit.version());
            }
            threads.insertRevision(id, null, edit.version() + 1, editor.id(), now, title, body);
            if (editor.id() != thread.row().authorId()) {
                audit.record(handle, editor, "thread.edit", "thread:" + id, "edited by a moderator");
            }
            // Posts carry their thread's title in the index, so they are refreshed too.
            outbox.append(handle, ItemType.THREAD, id);
            if (!thread.row().title().equals(title)) {
                threads.postIds(id).forEach(postId -> outbox.append(handle, ItemType.POST, postId));
            }
        });
        return get(editor, id);
    }

    public void delete(User actor, long id) {
        jdbi.useTransaction(handle -> {
            VisibleThread thread = visibleThread(handle, id, actor);
            requireAuthorOrModerator(thread.group(), actor, thread.row().authorId(), "delete this thread");
            ThreadDao threads = handle.attach(ThreadDao.class);
            if (threads.deleteThread(id, clock.instant()) == 0) {
                // A concurrent delete won; this one has nothing left to delete.
                throw new NotFoundException("thread", id);
            }
            // The detail names where, not what: a deleted title must not live on in the log.
            audit.record(
                    handle,
                    actor,
                    "thread.delete",
                    "thread:" + id,
                    "in group " + thread.group().slug());
            outbox.append(handle, ItemType.THREAD, id);
            threads.postIds(id).forEach(postId -> outbox.append(handle, ItemType.POST, postId));
        });
    }

    public Post reply(User author, long threadId, String bodyText) {
        List<String> errors = new ArrayList<>();
        String body = TextRules.body(bodyText, true, errors);
        failIfAny(errors);
        long postId = jdbi.inTransaction(handle -> {
            VisibleThread thread = visibleThread(handle, threadId, author);
            if (!GroupAccess.canPost(thread.group(), author)) {
                throw HubException.forbidden("Join the group to answer in it.");
            }
            if (thread.row().locked()) {
                throw HubException.conflict(
                        "This thread is locked by the group's moderators: it takes no new answers.");
            }
            Instant now = clock.instant();
            ThreadDao threads = handle.attach(ThreadDao.class);
            long id = threads.insertPost(threadId, body, markdown.toHtml(body), author.id(), now);
            threads.insertRevision(threadId, id, 1, author.id(), now, null, body);
            outbox.append(handle, ItemType.POST, id, OutboxEvent.POST_CREATED, author.id());
            // The thread's answer count feeds "unanswered" views and ranking.
            outbox.append(handle, ItemType.THREAD, threadId);
            return id;
        });
        return getPost(author, postId);
    }

    public Post getPost(User viewer, long postId) {
        return jdbi.inTransaction(handle -> {
            VisiblePost post = visiblePost(handle, postId, viewer);
            return handle.attach(ThreadDao.class)
                    .findPost(postId, viewer.id(), post.row().hidden())
                    .map(p -> withAccepted(p, post.thread().row().acceptedPostId()))
                    .orElseThrow(() -> new NotFoundException("post", postId));
        });
    }

    public Post updatePost(User editor, long postId, String bodyText, Integer version) {
        List<String> errors = new ArrayList<>();
        String body = TextRules.body(bodyText, true, errors);
        if (version == null) {
            errors.add("version must be the version you read.");
        }
        failIfAny(errors);
        jdbi.useTransaction(handle -> {
            VisiblePost post = visiblePost(handle, postId, editor);
            requireAuthorOrModerator(post.thread().group(), editor, post.row().authorId(), "edit this post");
            ThreadDao threads = handle.attach(ThreadDao.class);
            Instant now = clock.instant();
            if (threads.updatePost(postId, version, body, markdown.toHtml(body), now) == 0) {
                throw staleVersion("post", post.row().version(), version);
            }
            threads.insertRevision(post.row().threadId(), postId, version + 1, editor.id(), now, null, body);
            if (editor.id() != post.row().authorId()) {
                audit.record(handle, editor, "post.edit", "post:" + postId, "edited by a moderator");
            }
            outbox.append(handle, ItemType.POST, postId);
        });
        return getPost(editor, postId);
    }

    public void deletePost(User actor, long postId) {
        jdbi.useTransaction(handle -> {
            VisiblePost post = visiblePost(handle, postId, actor);
            requireAuthorOrModerator(post.thread().group(), actor, post.row().authorId(), "delete this post");
            ThreadDao threads = handle.attach(ThreadDao.class);
            Instant now = clock.instant();
            if (threads.deletePost(postId, now) == 0) {
                throw new NotFoundException("post", postId);
            }
            Long accepted = post.thread().row().acceptedPostId();
            if (accepted != null && accepted == postId) {
                threads.setAccepted(post.row().threadId(), null, now);
            }
            audit.record(
                    handle,
                    actor,
                    "post.delete",
                    "post:" + postId,
                    "in thread " + post.row().threadId());
            outbox.append(handle, ItemType.POST, postId);
            outbox.append(handle, ItemType.THREAD, post.row().threadId());
        });
    }

    /** Marks an answer as the one that solved the question; replaces any earlier acceptance. */
    public HubThread accept(User actor, long threadId, Long postId) {
        if (postId == null) {
            throw HubException.invalid("postId must name an answer in this thread.");
        }
        jdbi.useTransaction(handle -> {
            VisibleThread thread = visibleThread(handle, threadId, actor);
            boolean asker = thread.row().authorId() == actor.id();
            if (!asker && !GroupAccess.canModerate(thread.group(), actor)) {
                throw HubException.forbidden("Only the asker or the group's moderators may accept an answer.");
            }
            if (!thread.row().kind().equals(ThreadKind.QUESTION.wireName())) {
                throw HubException.invalid("Only questions have accepted answers.");
            }
            ThreadDao threads = handle.attach(ThreadDao.class);
            PostRow post = threads.findPostRow(postId)
                    .filter(p -> p.threadId() == threadId)
                    .orElseThrow(() -> HubException.invalid("postId must name an answer in this thread."));
            Long previous = thread.row().acceptedPostId();
            threads.setAccepted(threadId, post.id(), clock.instant());
            audit.record(handle, actor, "thread.accept", "thread:" + threadId, "post " + post.id());
            outbox.append(handle, ItemType.THREAD, threadId);
            if (previous == null || previous != post.id()) {
                outbox.append(handle, ItemType.POST, post.id(), OutboxEvent.ANSWER_ACCEPTED, actor.id());
            } else {
                outbox.append(handle, ItemType.POST, post.id());
            }
            if (previous != null && previous != post.id()) {
                outbox.append(handle, ItemType.POST, previous);
            }
        });
        return get(actor, threadId);
    }

    /** Thanks an answer once; thanking again changes nothing. Nobody thanks themselves. */
    public Post thank(User actor, long postId) {
        // A double click may race to the thanks key; the second run finds the thanks there and adds nothing.
        UniqueViolation.retryOnce(() -> jdbi.inTransaction(handle -> {
            VisiblePost post = visiblePost(handle, postId, actor);
            if (post.row().authorId() == actor.id()) {
                throw HubException.forbidden("You cannot thank yourself.");
            }
            int added = handle.attach(ThreadDao.class).thank(postId, actor.id(), clock.instant());
            if (added > 0) {
                outbox.append(handle, ItemType.POST, postId, OutboxEvent.POST_THANKED, actor.id());
            }
            return added;
        }));
        return getPost(actor, postId);
    }

    /** Takes back one's thanks; taking back thanks never given changes nothing. */
    public Post unthank(User actor, long postId) {
        jdbi.useTransaction(handle -> {
            visiblePost(handle, postId, actor);
            if (handle.attach(ThreadDao.class).unthank(postId, actor.id()) > 0) {
                audit.record(handle, actor, "post.unthank", "post:" + postId, null);
            }
        });
        return getPost(actor, postId);
    }

    /** Withdraws the acceptance of an answer: the question is unanswered again. */
    public HubThread unaccept(User actor, long threadId) {
        jdbi.useTransaction(handle -> {
            VisibleThread thread = visibleThread(handle, threadId, actor);
            boolean asker = thread.row().authorId() == actor.id();
            if (!asker && !GroupAccess.canModerate(thread.group(), actor)) {
                throw HubException.forbidden("Only the asker or the group's moderators may withdraw an acceptance.");
            }
            Long previous = thread.row().acceptedPostId();
            if (previous == null) {
                return; // nothing accepted: nothing to change or record
            }
            handle.attach(ThreadDao.class).setAccepted(threadId, null, clock.instant());
            audit.record(handle, actor, "thread.unaccept", "thread:" + threadId, "post " + previous);
            outbox.append(handle, ItemType.THREAD, threadId);
            outbox.append(handle, ItemType.POST, previous);
        });
        return get(actor, threadId);
    }

    /** How many thanks a person's answers have received, for their profile. */
    public long thanksReceived(User author) {
        return jdbi.onDemand(ThreadDao.class).thanksReceived(author.id());
    }

    public Page<Revision> revisions(User viewer, long threadId, int limit, String cursor) {
        return jdbi.inTransaction(handle -> {
            VisibleThread thread = visibleThread(handle, threadId, viewer);
            long after = Cursor.decodeAscending(cursor);
            boolean withHidden = GroupAccess.canModerate(thread.group(), viewer);
            List<Revision> rows = handle.attach(ThreadDao.class).revisions(threadId, after, limit + 1, withHidden);
            return Page.of(rows, limit, Revision::id);
        });
    }

    /** A thread with its group as the viewer sees it: what every rule about the thread is decided on. */
    record VisibleThread(ThreadRow row, Group group) {}

    record VisiblePost(PostRow row, VisibleThread thread) {}

    static VisibleThread visibleThread(Handle handle, long id, User viewer) {
        ThreadRow row =
                handle.attach(ThreadDao.class).findRow(id).orElseThrow(() -> new NotFoundException("thread", id));
        try {
            return new VisibleThread(row, GroupService.visibleById(handle, row.groupId(), viewer));
        } catch (NotFoundException hidden) {
            throw new NotFoundException("thread", id);
        }
    }

    /**
     * The post, if the viewer may see it: its group is visible to them and, when a moderator hid
     * it, they moderate that group. Anyone else is answered 404, as if it did not exist.
     */
    static VisiblePost visiblePost(Handle handle, long postId, User viewer) {
        PostRow row = handle.attach(ThreadDao.class)
                .findPostRow(postId)
                .orElseThrow(() -> new NotFoundException("post", postId));
        VisibleThread thread;
        try {
            thread = visibleThread(handle, row.threadId(), viewer);
        } catch (NotFoundException hidden) {
            throw new NotFoundException("post", postId);
        }
        if (row.hidden() && !GroupAccess.canModerate(thread.group(), viewer)) {
            throw new NotFoundException("post", postId);
        }
        return new VisiblePost(row, thread);
    }

    private static void requireAuthorOrModerator(Group group, User actor, long authorId, String what) {
        if (authorId != actor.id() && !GroupAccess.canModerate(group, actor)) {
            throw HubException.forbidden("Only the author or the group's moderators may " + what + ".");
        }
    }

    private static Post withAccepted(Post post, Long acceptedPostId) {
        boolean accepted = acceptedPostId != null && acceptedPostId == post.id();
        return new Post(
                post.id(),
                post.threadId(),
                post.body(),
                post.bodyHtml(),
                post.author(),
                post.createdAt(),
                post.updatedAt(),
                post.version(),
                post.thanks(),
                accepted,
                post.thankedByMe(),
                post.hidden());
    }

    private static HubException staleVersion(String what, int current, int sent) {
        return HubException.conflict("The " + what + " was changed since version " + sent + " (it is now at version "
                + current + "): reload it and apply your edit again.");
    }

    private static void failIfAny(List<String> errors) {
        if (!errors.isEmpty()) {
            throw HubException.invalid(errors.get(0), errors);
        }
    }
}
