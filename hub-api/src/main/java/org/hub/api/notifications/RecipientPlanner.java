package org.hub.api.notifications;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.hub.api.common.markdown.MarkdownRenderer;
import org.hub.api.outbox.OutboxEvent;
import org.hub.api.threads.Tags;
import org.jdbi.v3.core.Handle;

/**
 * Decides, from the database as it is now, who is told about one outbox event and with which kind
 * (DESIGN.md "Notifications"). Follow levels come from explicit subscriptions, else the defaults:
 * a thread's author and everyone who posted in it watch it; members track their groups; everything
 * else is normal. An explicit level on the thread decides over the group's and tags'; muted on any
 * of them otherwise silences the event. The actor is never told of their own act.
 *
 * <p>Who may see what is not decided here: {@link Notifier} filters each batch at delivery.
 */
final class RecipientPlanner {
    static final int EXCERPT_CHARS = 140;

    private final MarkdownRenderer markdown;

    RecipientPlanner(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /** The plan, or empty when the item is gone (deleted) or the event is one this version does not know. */
    Optional<DeliveryPlan> plan(Handle handle, OutboxEventRow row) {
        OutboxEvent event = OutboxEvent.fromWire(row.event());
        if (event == null) {
            return Optional.empty();
        }
        Optional<DeliveryPlan> plan =
                switch (event) {
                    case THREAD_CREATED -> newThread(handle, row.itemId());
                    case POST_CREATED -> newPost(handle, row.itemId());
                    case ANSWER_ACCEPTED -> toPostAuthor(handle, row.itemId(), NotificationKind.ACCEPTED);
                    case POST_THANKED -> toPostAuthor(handle, row.itemId(), NotificationKind.THANKS);
                    case JOIN_REQUESTED -> joinRequested(handle, row);
                    case JOIN_APPROVED -> joinDecided(handle, row, "approved");
                    case JOIN_DECLINED -> joinDecided(handle, row, "declined");
                    case FLAG_DECIDED -> flagDecided(handle, row);
                };
        plan.ifPresent(p -> {
            if (row.actorId() != null) {
                p.recipients().remove(row.actorId());
            }
        });
        return plan;
    }

    private record ThreadFacts(
            long id, long groupId, String kind, String title, String body, List<String> tags, long authorId) {}

    private record PostFacts(long id, String body, long authorId, ThreadFacts thread) {}

    private Optional<DeliveryPlan> newThread(Handle handle, long threadId) {
        Optional<ThreadFacts> found = thread(handle, threadId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ThreadFacts thread = found.get();
        Levels levels = Levels.of(handle, thread, false);
        TreeMap<Long, NotificationKind> recipients = new TreeMap<>();
        for (long member : members(handle, thread.groupId())) {
            if (levels.group(member) == null) { // members track their groups by default
                put(recipients, member, NotificationKind.NEW_THREAD);
            }
        }
        levels.followers(SubscriptionLevel.TRACKING).forEach(u -> put(recipients, u, NotificationKind.NEW_THREAD));
        mentioned(handle, thread.body()).forEach(u -> put(recipients, u, NotificationKind.MENTION));
        recipients.keySet().removeIf(levels::muted);
        return Optional.of(new DeliveryPlan(
                thread.groupId(), thread.id(), null, markdown.excerpt(thread.body(), EXCERPT_CHARS), recipients));
    }

    private Optional<DeliveryPlan> newPost(Handle handle, long postId) {
        Optional<PostFacts> found = post(handle, postId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PostFacts post = found.get();
        ThreadFacts thread = post.thread();
        Levels levels = Levels.of(handle, thread, true);
        TreeMap<Long, NotificationKind> recipients = new TreeMap<>();
        Set<Long> tookPart = new HashSet<>(
                handle.createQuery("SELECT DISTINCT author_id FROM posts WHERE thread_id = :t AND deleted_at IS NULL")
                        .bind("t", thread.id())
                        .mapTo(Long.class)
                        .list());
        tookPart.add(thread.authorId());
        for (long person : tookPart) {
            SubscriptionLevel own = levels.thread(person);
            // Those who took part watch the thread unless they chose otherwise; tracking still
            // hears of replies in a thread they took part in.
            if (own == null || own == SubscriptionLevel.WATCHING || own == SubscriptionLevel.TRACKING) {
                put(recipients, person, NotificationKind.REPLY);
            }
        }
        for (long watcher : levels.followers(SubscriptionLevel.WATCHING)) {
            SubscriptionLevel own = levels.thread(watcher);
            if (own == null || own == SubscriptionLevel.WATCHING) { // a level set on the thread decides
                put(recipients, watcher, NotificationKind.REPLY);
            }
        }
        if (levels.thread(thread.authorId()) != SubscriptionLevel.MUTED) {
            put(
                    recipients,
                    thread.authorId(),
                    "question".equals(thread.kind()) ? NotificationKind.ANSWER : NotificationKind.REPLY);
        }
        mentioned(handle, post.body()).forEach(u -> put(recipients, u, NotificationKind.MENTION));
        recipients.keySet().removeIf(levels::muted);
        return Optional.of(new DeliveryPlan(
                thread.groupId(), thread.id(), post.id(), markdown.excerpt(post.body(), EXCERPT_CHARS), recipients));
    }

    private Optional<DeliveryPlan> toPostAuthor(Handle handle, long postId, NotificationKind kind) {
        return post(handle, postId).map(post -> {
            Levels levels = Levels.of(handle, post.thread(), true);
            TreeMap<Long, NotificationKind> recipients = new TreeMap<>();
            if (!levels.muted(post.authorId())) {
                recipients.put(post.authorId(), kind);
            }
            return new DeliveryPlan(
                    post.thread().groupId(),
                    post.thread().id(),
                    post.id(),
                    markdown.excerpt(post.body(), EXCERPT_CHARS),
                    recipients);
        });
    }

    private Optional<DeliveryPlan> joinRequested(Handle handle, OutboxEventRow row) {
        // A request decided (or withdrawn) before delivery is no longer news.
        boolean stillPending = handle.createQuery(
                                "SELECT COUNT(*) FROM memberships WHERE group_id = :g AND user_id = :u AND role = 'pending'")
                        .bind("g", row.itemId())
                        .bind("u", row.subjectId())
                        .mapTo(Integer.class)
                        .one()
                > 0;
        if (!stillPending) {
            return Optional.empty();
        }
        TreeMap<Long, NotificationKind> recipients = new TreeMap<>();
        handle.createQuery("SELECT user_id FROM memberships WHERE group_id = :g AND role IN ('owner', 'moderator')")
                .bind("g", row.itemId())
                .mapTo(Long.class)
                .forEach(u -> recipients.put(u, NotificationKind.JOIN_REQUEST));
        return Optional.of(new DeliveryPlan(row.itemId(), null, null, "asked to join", recipients));
    }

    private Optional<DeliveryPlan> joinDecided(Handle handle, OutboxEventRow row, String outcome) {
        TreeMap<Long, NotificationKind> recipients = new TreeMap<>();
        recipients.put(row.subjectId(), NotificationKind.JOIN_DECIDED);
        return Optional.of(
                new DeliveryPlan(row.itemId(), null, null, "Your request to join was " + outcome + ".", recipients));
    }

    /**
     * The flagger hears the outcome, linked to the thread rather than the post: a hidden post is
     * one they may no longer read, so its text is not repeated here either.
     */
    private Optional<DeliveryPlan> flagDecided(Handle handle, OutboxEventRow row) {
        return handle.createQuery("""
                        SELECT t.id AS thread_id, t.group_id, f.outcome FROM posts p
                        JOIN threads t ON t.id = p.thread_id
                        JOIN flags f ON f.post_id = p.id AND f.flagger_id = :flagger
                        WHERE p.id = :post AND p.deleted_at IS NULL AND t.deleted_at IS NULL""")
                .bind("post", row.itemId())
                .bind("flagger", row.subjectId())
                .map((rs, ctx) -> {
                    TreeMap<Long, NotificationKind> recipients = new TreeMap<>();
                    recipients.put(row.subjectId(), NotificationKind.FLAG_DECIDED);
                    String outcome = "hidden".equals(rs.getString("outcome"))
                            ? "A moderator hid the post you flagged."
                            : "A moderator reviewed the post you flagged and left it as it is.";
                    return new DeliveryPlan(rs.getLong("group_id"), rs.getLong("thread_id"), null, outcome, recipients);
                })
                .findOne();
    }

    /** A kind already chosen for someone wins over a weaker one: mention over answer over the rest. */
    private static void put(Map<Long, NotificationKind> recipients, long user, NotificationKind kind) {
        recipients.merge(user, kind, (a, b) -> rank(b) > rank(a) ? b : a);
    }

    private static int rank(NotificationKind kind) {
        return switch (kind) {
            case MENTION -> 3;
            case ANSWER -> 2;
            default -> 1;
        };
    }

    private List<Long> mentioned(Handle handle, String body) {
        Set<String> names = markdown.mentions(body);
        if (names.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("SELECT id FROM users WHERE active AND username IN (<names>)")
                .bindList("names", new ArrayList<>(names))
                .mapTo(Long.class)
                .list();
    }

    private static List<Long> members(Handle handle, long groupId) {
        return handle.createQuery("SELECT user_id FROM memberships WHERE group_id = :g AND role <> 'pending'")
                .bind("g", groupId)
                .mapTo(Long.class)
                .list();
    }

    private static Optional<ThreadFacts> thread(Handle handle, long threadId) {
        return handle.createQuery("""
                        SELECT id, group_id, kind, title, body, tags, author_id FROM threads
                        WHERE id = :id AND deleted_at IS NULL""")
                .bind("id", threadId)
                .map((rs, ctx) -> new ThreadFacts(
                        rs.getLong("id"),
                        rs.getLong("group_id"),
                        rs.getString("kind"),
                        rs.getString("title"),
                        rs.getString("body"),
                        Tags.split(rs.getString("tags")),
                        rs.getLong("author_id")))
                .findOne();
    }

    private static Optional<PostFacts> post(Handle handle, long postId) {
        record PostRow(long id, long threadId, String body, long authorId) {}
        return handle.createQuery(
                        "SELECT id, thread_id, body, author_id FROM posts WHERE id = :id AND deleted_at IS NULL")
                .bind("id", postId)
                .map((rs, ctx) -> new PostRow(
                        rs.getLong("id"), rs.getLong("thread_id"), rs.getString("body"), rs.getLong("author_id")))
                .findOne()
                .flatMap(row -> thread(handle, row.threadId())
                        .map(thread -> new PostFacts(row.id(), row.body(), row.authorId(), thread)));
    }

    /** The explicit levels set on one thread, its group and its tags. */
    private static final class Levels {
        private final Map<Long, SubscriptionLevel> thread = new HashMap<>();
        private final Map<Long, SubscriptionLevel> group = new HashMap<>();
        private final Map<Long, List<SubscriptionLevel>> tags = new HashMap<>();

        static Levels of(Handle handle, ThreadFacts facts, boolean threadExists) {
            Levels levels = new Levels();
            if (threadExists) {
                load(handle, "thread", facts.id(), levels.thread);
            }
            load(handle, "group", facts.groupId(), levels.group);
            if (!facts.tags().isEmpty()) {
                handle.createQuery(
                                "SELECT user_id, level FROM subscriptions WHERE target_type = 'tag' AND target_id = 0 AND tag IN (<tags>)")
                        .bindList("tags", facts.tags())
                        .map((rs, ctx) ->
                                Map.entry(rs.getLong("user_id"), SubscriptionLevel.fromWire(rs.getString("level"))))
                        .forEach(e -> levels.tags
                                .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                                .add(e.getValue()));
            }
            return levels;
        }

        private static void load(Handle handle, String type, long id, Map<Long, SubscriptionLevel> into) {
            handle.createQuery(
                            "SELECT user_id, level FROM subscriptions WHERE target_type = :type AND target_id = :id AND tag = ''")
                    .bind("type", type)
                    .bind("id", id)
                    .map((rs, ctx) ->
                            Map.entry(rs.getLong("user_id"), SubscriptionLevel.fromWire(rs.getString("level"))))
                    .forEach(e -> into.put(e.getKey(), e.getValue()));
        }

        SubscriptionLevel thread(long user) {
            return thread.get(user);
        }

        SubscriptionLevel group(long user) {
            return group.get(user);
        }

        /** Those whose group, tag or thread level is {@code atLeast} or closer (watching is closest). */
        Set<Long> followers(SubscriptionLevel atLeast) {
            Set<Long> result = new HashSet<>();
            group.forEach((u, l) -> addIf(result, u, l, atLeast));
            thread.forEach((u, l) -> addIf(result, u, l, atLeast));
            tags.forEach((u, ls) -> ls.forEach(l -> addIf(result, u, l, atLeast)));
            return result;
        }

        private static void addIf(Set<Long> result, long user, SubscriptionLevel level, SubscriptionLevel atLeast) {
            if (level != SubscriptionLevel.MUTED && level.ordinal() <= atLeast.ordinal()) {
                result.add(user);
            }
        }

        /** A level on the thread decides; otherwise muting the group or any of its tags silences it. */
        boolean muted(long user) {
            SubscriptionLevel own = thread.get(user);
            if (own != null) {
                return own == SubscriptionLevel.MUTED;
            }
            return group.get(user) == SubscriptionLevel.MUTED
                    || tags.getOrDefault(user, List.of()).contains(SubscriptionLevel.MUTED);
        }
    }
}
