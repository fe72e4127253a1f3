package org.hub.api.notifications;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hub.api.common.HubException;
import org.hub.api.common.UniqueViolation;
import org.hub.api.groups.Group;
import org.hub.api.groups.GroupService;
import org.hub.api.threads.HubThread;
import org.hub.api.threads.Tags;
import org.hub.api.threads.ThreadService;
import org.hub.api.users.User;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Setting and listing follow levels. A group or thread the person may not see answers 404, as
 * everywhere; the levels in effect without a row are the defaults {@link RecipientPlanner} applies.
 */
public final class SubscriptionService {
    private final Jdbi jdbi;
    private final GroupService groups;
    private final ThreadService threads;
    private final Clock clock;

    public SubscriptionService(Jdbi jdbi, GroupService groups, ThreadService threads, Clock clock) {
        this.jdbi = jdbi;
        this.groups = groups;
        this.threads = threads;
        this.clock = clock;
    }

    public Subscription followGroup(User user, String slug, String level) {
        SubscriptionLevel parsed = SubscriptionLevel.fromWire(level);
        Group group = groups.visible(slug, user);
        save(user, "group", group.id(), "", parsed);
        return new Subscription("group", new Subscription.GroupRef(group.slug(), group.name()), null, null, parsed);
    }

    public Subscription followThread(User user, long threadId, String level) {
        SubscriptionLevel parsed = SubscriptionLevel.fromWire(level);
        HubThread thread = threads.get(user, threadId);
        save(user, "thread", thread.id(), "", parsed);
        return new Subscription("thread", null, new Subscription.ThreadRef(thread.id(), thread.title()), null, parsed);
    }

    public Subscription followTag(User user, String tag, String level) {
        SubscriptionLevel parsed = SubscriptionLevel.fromWire(level);
        List<String> errors = new ArrayList<>();
        List<String> cleaned = Tags.clean(List.of(tag == null ? "" : tag), errors);
        if (!errors.isEmpty()) {
            throw HubException.invalid(errors.get(0), errors);
        }
        save(user, "tag", 0, cleaned.get(0), parsed);
        return new Subscription("tag", null, null, cleaned.get(0), parsed);
    }

    /** The level in effect on a group: the one set, else tracking for members and normal for others. */
    public SubscriptionLevel groupLevel(User user, String slug) {
        Group group = groups.visible(slug, user);
        boolean member = group.myRole() != null && group.myRole().isMember();
        return level(user, "group", group.id()).orElse(member ? SubscriptionLevel.TRACKING : SubscriptionLevel.NORMAL);
    }

    /** The level in effect on a thread: the one set, else watching for those who started or posted in it. */
    public SubscriptionLevel threadLevel(User user, long threadId) {
        threads.requireVisible(user, threadId);
        return level(user, "thread", threadId)
                .orElseGet(() -> jdbi.withHandle(handle -> handle.createQuery("""
                                        SELECT COUNT(*) FROM threads t WHERE t.id = :t AND (t.author_id = :u OR EXISTS (
                                            SELECT 1 FROM posts p WHERE p.thread_id = t.id AND p.author_id = :u AND p.deleted_at IS NULL))""")
                                        .bind("t", threadId)
                                        .bind("u", user.id())
                                        .mapTo(Integer.class)
                                        .one())
                                > 0
                        ? SubscriptionLevel.WATCHING
                        : SubscriptionLevel.NORMAL);
    }

    private Optional<SubscriptionLevel> level(User user, String targetType, long targetId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT level FROM subscriptions
                        WHERE user_id = :u AND target_type = :type AND target_id = :id AND tag = ''""")
                .bind("u", user.id())
                .bind("type", targetType)
                .bind("id", targetId)
                .mapTo(String.class)
                .findOne()
                .map(SubscriptionLevel::fromWire));
    }

    /**
     * My explicit levels: groups by name, threads by title, then tags. Those on groups and threads
     * I can no longer see are left out (their names are not mine to know any more).
     */
    public List<Subscription> mine(User user) {
        return jdbi.withHandle(handle -> {
            List<Subscription> result = new ArrayList<>();
            handle.createQuery("""
                            SELECT g.slug, g.name, s.level FROM subscriptions s JOIN hub_groups g ON g.id = s.target_id
                            WHERE s.user_id = :u AND s.target_type = 'group' AND
                            """ + visible() + " ORDER BY g.name")
                    .bind("u", user.id())
                    .bind("admin", user.isAdmin())
                    .map((rs, ctx) -> new Subscription(
                            "group",
                            new Subscription.GroupRef(rs.getString("slug"), rs.getString("name")),
                            null,
                            null,
                            SubscriptionLevel.fromWire(rs.getString("level"))))
                    .forEach(result::add);
            handle.createQuery("""
                            SELECT t.id, t.title, s.level FROM subscriptions s
                            JOIN threads t ON t.id = s.target_id JOIN hub_groups g ON g.id = t.group_id
                            WHERE s.user_id = :u AND s.target_type = 'thread' AND t.deleted_at IS NULL AND
                            """ + visible() + " ORDER BY t.title, t.id")
                    .bind("u", user.id())
                    .bind("admin", user.isAdmin())
                    .map((rs, ctx) -> new Subscription(
                            "thread",
                            null,
                            new Subscription.ThreadRef(rs.getLong("id"), rs.getString("title")),
                            null,
                            SubscriptionLevel.fromWire(rs.getString("level"))))
                    .forEach(result::add);
            handle.createQuery(
                            "SELECT tag, level FROM subscriptions WHERE user_id = :u AND target_type = 'tag' ORDER BY tag")
                    .bind("u", user.id())
                    .map((rs, ctx) -> new Subscription(
                            "tag", null, null, rs.getString("tag"), SubscriptionLevel.fromWire(rs.getString("level"))))
                    .forEach(result::add);
            return result;
        });
    }

    private static String visible() {
        return """
                (:admin OR g.visibility <> 'private' OR EXISTS (
                    SELECT 1 FROM memberships v WHERE v.group_id = g.id AND v.user_id = :u AND v.role <> 'pending'))
                """;
    }

    /** Replaces the level in one transaction: a delete and an insert are the same SQL on H2 and PostgreSQL. */
    private void save(User user, String type, long targetId, String tag, SubscriptionLevel level) {
        // Two PUTs at once race to the key; the second run replaces the first one's row.
        UniqueViolation.retryOnce(() -> jdbi.inTransaction(handle -> {
            delete(handle, user.id(), type, targetId, tag);
            handle.createUpdate("""
                            INSERT INTO subscriptions (user_id, target_type, target_id, tag, level, updated_at)
                            VALUES (:u, :type, :id, :tag, :level, :now)""")
                    .bind("u", user.id())
                    .bind("type", type)
                    .bind("id", targetId)
                    .bind("tag", tag)
                    .bind("level", level.wireName())
                    .bind("now", clock.instant())
                    .execute();
            return null;
        }));
    }

    private static void delete(Handle handle, long userId, String type, long targetId, String tag) {
        handle.createUpdate(
                        "DELETE FROM subscriptions WHERE user_id = :u AND target_type = :type AND target_id = :id AND tag = :tag")
                .bind("u", userId)
                .bind("type", type)
                .bind("id", targetId)
                .bind("tag", tag)
                .execute();
    }
}
