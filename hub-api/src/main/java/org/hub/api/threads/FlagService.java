package org.hub.api.threads;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hub.api.audit.AuditLog;
import org.hub.api.common.Cursor;
import org.hub.api.common.HubException;
import org.hub.api.common.Page;
import org.hub.api.common.UniqueViolation;
import org.hub.api.groups.Group;
import org.hub.api.groups.GroupService;
import org.hub.api.outbox.ItemType;
import org.hub.api.outbox.Outbox;
import org.hub.api.threads.ThreadService.VisiblePost;
import org.hub.api.users.User;
import org.jdbi.v3.core.Jdbi;

/**
 * Flags: anyone who can see a post may flag it once; the group's moderators see the open flags as
 * a queue and hide the post or dismiss them; the flagger can read the outcome. Personal data
 * flagged by {@value #PERSONAL_DATA_THRESHOLD} different people is hidden until a moderator decides.
 */
public final class FlagService {
    /** Different people flagging personal data before the post is hidden pending a decision. */
    public static final int PERSONAL_DATA_THRESHOLD = 3;

    private final Jdbi jdbi;
    private final GroupService groups;
    private final ThreadService threads;
    private final ModerationService moderation;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    public FlagService(
            Jdbi jdbi,
            GroupService groups,
            ThreadService threads,
            ModerationService moderation,
            Outbox outbox,
            AuditLog audit,
            Clock clock) {
        this.jdbi = jdbi;
        this.groups = groups;
        this.threads = threads;
        this.moderation = moderation;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** A flag, and whether this call raised it (false: the person had flagged the post before). */
    public record Flagged(Flag flag, boolean created) {}

    public Flagged flag(User flagger, long postId, FlagReason reason) {
        if (reason == null) {
            throw HubException.invalid("reason must be one of wrong_or_outdated, off_topic, personal_data, offensive.");
        }
        // A double click races to the (post, flagger) key; the second run finds the flag and reports it.
        return UniqueViolation.retryOnce(() -> jdbi.inTransaction(handle -> {
            VisiblePost post = ThreadService.visiblePost(handle, postId, flagger);
            if (post.row().authorId() == flagger.id()) {
                throw HubException.forbidden("You cannot flag your own post: edit or delete it instead.");
            }
            FlagDao flags = handle.attach(FlagDao.class);
            Instant now = clock.instant();
            boolean created = flags.insert(postId, flagger.id(), reason.wireName(), now) > 0;
            if (created) {
                audit.record(handle, flagger, "post.flag", "post:" + postId, reason.wireName());
                if (reason == FlagReason.PERSONAL_DATA
                        && !post.row().hidden()
                        && flags.openWithReason(postId, reason.wireName()) >= PERSONAL_DATA_THRESHOLD) {
                    handle.attach(ThreadDao.class).hidePost(postId, "personal_data", now);
                    // No person hid it: the actor is empty, the detail says why.
                    audit.record(
                            handle,
                            null,
                            "post.hide",
                            "post:" + postId,
                            PERSONAL_DATA_THRESHOLD + " personal-data flags: hidden until a moderator decides");
                    outbox.append(handle, ItemType.POST, postId);
                    outbox.append(handle, ItemType.THREAD, post.row().threadId());
                }
            }
            return new Flagged(flags.find(postId, flagger.id()).orElseThrow(), created);
        }));
    }

    /** The group's open flags, one entry per post, for its moderators. */
    public Page<FlaggedPost> queue(User viewer, String groupSlug, int limit, String cursor) {
        Group group = groups.visible(groupSlug, viewer);
        ModerationService.requireModerator(group, viewer, "see the flags");
        List<FlaggedPost> rows = jdbi.onDemand(FlagDao.class).queue(group.id(), Cursor.decode(cursor), limit + 1);
        return Page.of(rows, limit, FlaggedPost::postId);
    }

    /** A moderator's decision on a flagged post: hide it, or dismiss its flags (which shows it again if flags hid it). */
    public Post decide(User actor, long postId, FlagOutcome outcome) {
        if (outcome == null) {
            throw HubException.invalid("outcome must be one of hidden, dismissed.");
        }
        jdbi.useTransaction(handle -> {
            VisiblePost post = ThreadService.visiblePost(handle, postId, actor);
            ModerationService.requireModerator(post.thread().group(), actor, "decide on flags");
            if (handle.attach(FlagDao.class).open(postId) == 0) {
                throw HubException.conflict("This post has no open flags: another moderator may have decided already.");
            }
            audit.record(handle, actor, "flag." + outcome.wireName(), "post:" + postId, null);
            if (outcome == FlagOutcome.HIDDEN) {
                moderation.hideInTransaction(handle, post, actor);
            } else if ("personal_data".equals(post.row().hiddenReason())) {
                moderation.unhideInTransaction(handle, post, actor);
            } else {
                // Hidden by a moderator, or not hidden: dismissing the flags leaves it as it is.
                moderation.settleFlags(handle, postId, FlagOutcome.DISMISSED, actor, clock.instant());
            }
        });
        return threads.getPost(actor, postId);
    }

    /** The viewer's own flags, newest first, each with its outcome once decided. */
    public Page<Flag> mine(User viewer, int limit, String cursor) {
        List<Flag> rows = jdbi.onDemand(FlagDao.class).byFlagger(viewer.id(), Cursor.decode(cursor), limit + 1);
        return Page.of(rows, limit, Flag::id);
    }

    /**
     * Decided flags whose flaggers have not been told yet, oldest first: what a notifier sends, then
     * confirms with {@link #markOutcomesNotified}. Nothing here sends anything.
     */
    public List<FlagOutcomeNotice> outcomesToNotify(int limit) {
        return jdbi.onDemand(FlagDao.class).undelivered(limit);
    }

    public void markOutcomesNotified(List<Long> flagIds) {
        if (!flagIds.isEmpty()) {
            jdbi.onDemand(FlagDao.class).markNotified(flagIds, clock.instant());
        }
    }
}
