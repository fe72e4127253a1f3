package org.hub.api.notifications;

import java.time.Clock;
import java.util.List;
import org.hub.api.common.Cursor;
import org.hub.api.common.HubException;
import org.hub.api.common.Page;
import org.hub.api.users.User;
import org.jdbi.v3.core.Jdbi;

/**
 * A person's inbox: the list, the unread count and marking read. Every read re-checks what the
 * reader may see now, like the notifier did at delivery: an item whose group they left or that
 * turned private, or whose thread or post was deleted, is neither listed nor counted.
 */
public final class NotificationService {
    public static final int MAX_IDS = 500;

    /** The inbox rows {@code :me} may still see; over notifications n, hub_groups g, threads t, posts p. */
    private static final String VISIBLE_TO_ME = """
            n.recipient_id = :me
            AND (:admin OR g.visibility <> 'private' OR EXISTS (
                SELECT 1 FROM memberships v WHERE v.group_id = g.id AND v.user_id = :me AND v.role <> 'pending'))
            AND (n.thread_id IS NULL OR t.deleted_at IS NULL)
            AND (n.post_id IS NULL OR p.deleted_at IS NULL)
            AND (n.kind <> 'join_request' OR EXISTS (
                SELECT 1 FROM memberships o WHERE o.group_id = g.id AND o.user_id = :me AND o.role IN ('owner', 'moderator')))
            """;

    private static final String FROM = """
            FROM notifications n
            JOIN hub_groups g ON g.id = n.group_id
            LEFT JOIN threads t ON t.id = n.thread_id
            LEFT JOIN posts p ON p.id = n.post_id
            """;

    private static final String LIST = "SELECT n.id, n.kind, n.repeats, n.excerpt, n.created_at, n.read_at,"
            + " n.thread_id, t.title, g.id AS group_id, g.slug, g.name, a.username, a.display_name "
            + FROM
            + " LEFT JOIN users a ON a.id = n.actor_id WHERE "
            + VISIBLE_TO_ME
            + " AND n.id < :before AND (:unreadOnly = FALSE OR n.read_at IS NULL) ORDER BY n.id DESC LIMIT :limit";

    private final Jdbi jdbi;
    private final Clock clock;

    public NotificationService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Newest first. */
    public Page<Notification> list(User me, boolean unreadOnly, int limit, String cursor) {
        long before = Cursor.decode(cursor);
        List<Notification> rows = jdbi.withHandle(handle -> handle.createQuery(LIST)
                .bind("me", me.id())
                .bind("admin", me.isAdmin())
                .bind("before", before)
                .bind("unreadOnly", unreadOnly)
                .bind("limit", limit + 1)
                .map((rs, ctx) -> {
                    Long threadId = rs.getObject("thread_id", Long.class);
                    String username = rs.getString("username");
                    return new Notification(
                            rs.getLong("id"),
                            NotificationKind.fromWire(rs.getString("kind")),
                            username == null ? null : new Notification.Actor(username, rs.getString("display_name")),
                            threadId == null ? null : new Notification.Ref(threadId, null, rs.getString("title")),
                            threadId != null
                                    ? null
                                    : new Notification.Ref(
                                            rs.getLong("group_id"), rs.getString("slug"), rs.getString("name")),
                            rs.getString("excerpt"),
                            rs.getInt("repeats"),
                            rs.getTimestamp("created_at").toInstant(),
                            rs.getTimestamp("read_at") != null);
                })
                .list());
        return Page.of(rows, limit, Notification::id);
    }

    /** How many unread items the inbox lists. */
    public int unreadCount(User me) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) " + FROM + " WHERE " + VISIBLE_TO_ME + " AND n.read_at IS NULL")
                .bind("me", me.id())
                .bind("admin", me.isAdmin())
                .mapTo(Integer.class)
                .one());
    }

    /**
     * Marks these of my notifications read (ids that are not mine are ignored: they reveal
     * nothing), or all of them; answers the unread count after.
     */
    public int markRead(User me, List<Long> ids, boolean all) {
        if (all == (ids != null && !ids.isEmpty())) {
            throw HubException.invalid("Send either ids (a non-empty list) or all: true.");
        }
        if (!all && ids.size() > MAX_IDS) {
            throw HubException.invalid("At most " + MAX_IDS + " ids at once.");
        }
        if (!all && ids.stream().anyMatch(id -> id == null)) {
            throw HubException.invalid("ids must be notification ids.");
        }
        jdbi.useHandle(handle -> {
            var update = handle.createUpdate("UPDATE notifications SET read_at = :now WHERE recipient_id = :me"
                            + " AND read_at IS NULL" + (all ? "" : " AND id IN (<ids>)"))
                    .bind("now", clock.instant())
                    .bind("me", me.id());
            if (!all) {
                update.bindList("ids", ids);
            }
            update.execute();
        });
        return unreadCount(me);
    }
}
