package org.hub.api.threads;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hub.api.audit.AuditLog;
import org.hub.api.common.HubException;
import org.hub.api.groups.Group;
import org.hub.api.groups.GroupAccess;
import org.hub.api.groups.GroupService;
import org.hub.api.outbox.ItemType;
import org.hub.api.outbox.Outbox;
import org.hub.api.threads.ThreadService.VisiblePost;
import org.hub.api.threads.ThreadService.VisibleThread;
import org.hub.api.users.User;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * What a group's moderators and owners (and admins) do to its threads beyond editing and deleting:
 * hide and unhide posts, lock threads, move threads to another group. Each change is audited, and
 * whatever changes what search may show goes through the outbox in the same transaction.
 */
public final class ModerationService {
    private final Jdbi jdbi;
    private final ThreadService threads;
    private final GroupService groups;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    public ModerationService(
            Jdbi jdbi, ThreadService threads, GroupService groups, Outbox outbox, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.threads = threads;
        this.groups = groups;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** Hides a post from everyone but the group's moderators, and from search; its open flags are settled as hidden. */
    public Post hide(User actor, long postId) {
        jdbi.useTransaction(handle -> {
            VisiblePost post = ThreadService.visiblePost(handle, postId, actor);
            requireModerator(post.thread().group(), actor, "hide posts");
            hideInTransaction(handle, post, actor);
        });
        return threads.getPost(actor, postId);
    }

    /** Shows a hidden post again; the post stands, so its open flags are settled as dismissed. */
    public Post unhide(User actor, long postId) {
        jdbi.useTransaction(handle -> {
            VisiblePost post = ThreadService.visiblePost(handle, postId, actor);
            requireModerator(post.thread().group(), actor, "show hidden posts");
            unhideInTransaction(handle, post, actor);
        });
        return threads.getPost(actor, postId);
    }

    /**
     * Decides the post's open flags and tells each flagger the outcome (through the outbox, so
     * after commit and once): the one place flags are settled, whichever way the decision came.
     */
    void settleFlags(Handle handle, long postId, FlagOutcome outcome, User actor, Instant now) {
        FlagDao flags = handle.attach(FlagDao.class);
        List<Long> flaggers = flags.openFlaggers(postId);
        flags.decideOpen(postId, outcome.wireName(), actor.id(), now);
        flaggers.forEach(flagger -> outbox.flagDecided(handle, postId, flagger, actor.id()));
    }

    /** The moderator's decision to hide: settles open flags, and turns a flag-threshold hiding into a decided one. */
    void hideInTransaction(Handle handle, VisiblePost post, User actor) {
        ThreadDao dao = handle.attach(ThreadDao.class);
        Instant now = clock.instant();
        long postId = post.row().id();
        boolean changed;
        if (post.row().hidden()) {
            changed = "personal_data".equals(post.row().hiddenReason());
            if (changed) {
                dao.unhidePost(postId);
                dao.hidePost(postId, "moderator", now);
            }
        } else {
            changed = dao.hidePost(postId, "moderator", now) > 0;
        }
        settleFlags(handle, postId, FlagOutcome.HIDDEN, actor, now);
        if (changed) {
            audit.record(
                    handle,
                    actor,
                    "post.hide",
                    "post:" + postId,
                    "in thread " + post.row().threadId());
            outbox.append(handle, ItemType.POST, postId);
            outbox.append(handle, ItemType.THREAD, post.row().threadId());
        }
    }

    void unhideInTransaction(Handle handle, VisiblePost post, User actor) {
        long postId = post.row().id();
        settleFlags(handle, postId, FlagOutcome.DISMISSED, actor, clock.instant());
        if (handle.attach(ThreadDao.class).unhidePost(postId) > 0) {
            audit.record(
                    handle,
                    actor,
                    "post.unhide",
                    "post:" + postId,
                    "in thread " + post.row().threadId());
            outbox.append(handle, ItemType.POST, postId);
            outbox.append(handle, ItemType.THREAD, post.row().threadId());
        }
    }

    /** Locks a thread: it stays readable, but takes no new answers until unlocked. */
    public HubThread lock(User actor, long threadId, boolean locked) {
        jdbi.useTransaction(handle -> {
            VisibleThread thread = ThreadService.visibleThread(handle, threadId, actor);
            requireModerator(thread.group(), actor, locked ? "lock threads" : "unlock threads");
            if (thread.row().locked() != locked) {
                handle.attach(ThreadDao.class).setLocked(threadId, locked ? clock.instant() : null);
                audit.record(
                        handle,
                        actor,
                        locked ? "thread.lock" : "thread.unlock",
                        "thread:" + threadId,
                        "in group " + thread.group().slug());
            }
        });
        return threads.get(actor, threadId);
    }

    /**
     * Moves a thread, with all its posts, to another group. The mover moderates the thread's group
     * and belongs to the target (admins may move anywhere). The thread and every post are queued
     * for reindexing in the same transaction, so search follows the new group's access at once.
     */
    public HubThread move(User actor, long threadId, String targetSlug) {
        if (targetSlug == null || targetSlug.isBlank()) {
            throw HubException.invalid("group must name the group to move the thread to.");
        }
        jdbi.useTransaction(handle -> {
            VisibleThread thread = ThreadService.visibleThread(handle, threadId, actor);
            requireModerator(thread.group(), actor, "move threads");
            Group target = groups.visible(handle, targetSlug, actor);
            if (!actor.isAdmin() && !GroupAccess.canPost(target, actor)) {
                throw HubException.forbidden("You can only move a thread into a group you belong to.");
            }
            if (target.id() == thread.group().id()) {
                throw HubException.invalid("The thread is already in that group.");
            }
            ThreadDao dao = handle.attach(ThreadDao.class);
            dao.moveThread(threadId, target.id(), clock.instant());
            audit.record(
                    handle,
                    actor,
                    "thread.move",
                    "thread:" + threadId,
                    "from " + thread.group().slug() + " to " + target.slug());
            outbox.append(handle, ItemType.THREAD, threadId);
            dao.postIds(threadId).forEach(postId -> outbox.append(handle, ItemType.POST, postId));
        });
        return threads.get(actor, threadId);
    }

    static void requireModerator(Group group, User actor, String what) {
        if (!GroupAccess.canModerate(group, actor)) {
            throw HubException.forbidden("Only the group's owners and moderators may " + what + ".");
        }
    }
}
