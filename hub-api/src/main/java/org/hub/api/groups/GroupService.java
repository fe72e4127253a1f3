package org.hub.api.groups;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hub.api.audit.AuditLog;
import org.hub.api.common.Cursor;
import org.hub.api.common.HubException;
import org.hub.api.common.NotFoundException;
import org.hub.api.common.Page;
import org.hub.api.common.TextRules;
import org.hub.api.common.UniqueViolation;
import org.hub.api.outbox.AccessTokens;
import org.hub.api.outbox.ItemType;
import org.hub.api.outbox.Outbox;
import org.hub.api.outbox.OutboxEvent;
import org.hub.api.users.User;
import org.hub.api.users.UserDao;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Creating groups, joining, approving and removing members, and finding the groups a viewer may see. */
public final class GroupService {
    /**
     * The ids of the groups a (non-admin) viewer may read: the same rule as {@link GroupAccess#VISIBLE_SQL},
     * written as two index lookups rather than a scan of every group with a membership subquery
     * per private group (a third of a search's CPU with 500 groups).
     */
    private static final String VISIBLE_GROUP_IDS = """
            SELECT g.id FROM hub_groups g WHERE g.visibility IN ('open', 'restricted')
            UNION
            SELECT m.group_id FROM memberships m WHERE m.user_id = :viewerId AND m.role <> 'pending'
            """;

    private static final String ALL_GROUP_IDS = "SELECT g.id FROM hub_groups g";
    private static final int MAX_SLUG = 60;
    private static final int SUGGESTION_SUFFIX = 4;
    private static final String SUFFIX_CHARACTERS = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Jdbi jdbi;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    public GroupService(Jdbi jdbi, Outbox outbox, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    public record NewGroup(String slug, String name, String description, Visibility visibility) {}

    /** The outcome of a join: a membership at once, or a request waiting for approval. */
    public record JoinResult(Group group, boolean pending) {}

    /** A group's settings as its owners may change them; the slug stays, since links use it. */
    public record GroupSettings(String name, String description, Visibility visibility) {}

    public Group create(User actor, NewGroup request) {
        List<String> errors = new ArrayList<>();
        if (request.slug() == null || !TextRules.SLUG.matcher(request.slug()).matches()) {
            errors.add("slug must be 1 to 60 lowercase letters, digits or hyphens.");
        }
        validate(new GroupSettings(request.name(), request.description(), request.visibility()), errors);
        // Two requests for one new slug race to its unique key; the second run answers 409.
        return UniqueViolation.retryOnce(() -> jdbi.inTransaction(handle -> {
            GroupDao groups = handle.attach(GroupDao.class);
            if (groups.countSlug(request.slug()) > 0) {
                throw HubException.conflict(unavailable(groups, request.slug()));
            }
            var now = clock.instant();
            long id = groups.insert(
                    request.slug(),
                    request.name().strip(),
                    request.description() == null ? "" : request.description().strip(),
                    request.visibility().wireName(),
                    actor.id(),
                    now);
            groups.insertMembership(id, actor.id(), GroupRole.OWNER.wireName(), now);
            audit.record(
                    handle,
                    actor,
                    "group.create",
                    "group:" + request.slug(),
                    request.visibility().wireName());
            return groups.findById(id, actor.id()).orElseThrow();
        }));
    }

    /**
     * The answer for a slug already in use, the same whoever holds it: a public group, or a private
     * one the creator cannot see (DESIGN.md, "Group slugs"). It says neither "taken" nor "exists",
     * and its suggestion ends in random characters rather than the next free number, which would
     * tell which of {@code slug-2}, {@code slug-3}, ... other groups hold.
     */
    private static String unavailable(GroupDao groups, String slug) {
        String base = slug.length() > MAX_SLUG - SUGGESTION_SUFFIX - 1
                ? slug.substring(0, MAX_SLUG - SUGGESTION_SUFFIX - 1).replaceAll("-+$", "")
                : slug;
        for (int attempt = 0; attempt < 5; attempt++) {
            String suggestion = base + "-" + randomSuffix();
            if (groups.countSlug(suggestion) == 0) {
                return "The group slug '" + slug + "' is not available. Choose another, for example '" + suggestion
                        + "'.";
            }
        }
        return "The group slug '" + slug + "' is not available. Choose another.";
    }

    private static String randomSuffix() {
        StringBuilder suffix = new StringBuilder(SUGGESTION_SUFFIX);
        for (int i = 0; i < SUGGESTION_SUFFIX; i++) {
            suffix.append(SUFFIX_CHARACTERS.charAt(RANDOM.nextInt(SUFFIX_CHARACTERS.length())));
        }
        return suffix.toString();
    }

    /**
     * Renames a group, rewrites its description or changes its visibility (owners and admins).
     * Every item of the group carries its name and access token in the search index, so a new
     * name or visibility queues them all for reindexing in the same transaction.
     */
    public Group update(User actor, String slug, GroupSettings settings) {
        List<String> errors = new ArrayList<>();
        validate(settings, errors);
        return jdbi.inTransaction(handle -> {
            Group group = visible(handle, slug, actor);
            if (!actor.isAdmin() && group.myRole() != GroupRole.OWNER) {
                throw HubException.forbidden("Only the group's owners may change its settings.");
            }
            GroupDao groups = handle.attach(GroupDao.class);
            groups.update(
                    group.id(),
                    settings.name().strip(),
                    settings.description() == null ? "" : settings.description().strip(),
                    settings.visibility().wireName(),
                    clock.instant());
            if (!group.name().equals(settings.name().strip()) || group.visibility() != settings.visibility()) {
                groups.threadIds(group.id()).forEach(id -> outbox.append(handle, ItemType.THREAD, id));
                groups.postIds(group.id()).forEach(id -> outbox.append(handle, ItemType.POST, id));
                groups.documentIds(group.id()).forEach(id -> outbox.append(handle, ItemType.DOCUMENT, id));
            }
            audit.record(
                    handle,
                    actor,
                    "group.update",
                    "group:" + slug,
                    group.visibility() == settings.visibility()
                            ? null
                            : "visibility " + group.visibility().wireName() + " -> "
                                    + settings.visibility().wireName());
            return groups.findById(group.id(), actor.id()).orElseThrow();
        });
    }

    private static void validate(GroupSettings settings, List<String> errors) {
        if (settings.name() == null
                || settings.name().isBlank()
                || settings.name().strip().length() > 200) {
            errors.add("name must be 1 to 200 characters.");
        }
        if (settings.description() != null && settings.description().length() > 2000) {
            errors.add("description must be at most 2000 characters.");
        }
        if (settings.visibility() == null) {
            errors.add("visibility must be one of open, restricted, private.");
        }
        if (!errors.isEmpty()) {
            throw HubException.invalid(errors.get(0), errors);
        }
    }

    public Page<Group> list(User viewer, int limit, String cursor) {
        List<Group> rows = jdbi.onDemand(GroupDao.class)
                .listVisible(viewer.id(), viewer.isAdmin(), Cursor.decode(cursor), limit + 1);
        return Page.of(rows, limit, Group::id);
    }

    public List<Group> mine(User viewer) {
        return jdbi.onDemand(GroupDao.class).listMine(viewer.id());
    }

    /** The group, if the viewer may see it; otherwise 404 as if it did not exist. */
    public Group visible(String slug, User viewer) {
        return visible(jdbi.onDemand(GroupDao.class).findBySlug(slug, viewer.id()), slug, viewer);
    }

    public Group visible(Handle handle, String slug, User viewer) {
        return visible(handle.attach(GroupDao.class).findBySlug(slug, viewer.id()), slug, viewer);
    }

    public static Group visibleById(Handle handle, long groupId, User viewer) {
        return visible(handle.attach(GroupDao.class).findById(groupId, viewer.id()), groupId, viewer);
    }

    private static Group visible(Optional<Group> group, Object key, User viewer) {
        return group.filter(g -> GroupAccess.canSee(g, viewer)).orElseThrow(() -> new NotFoundException("group", key));
    }

    public JoinResult join(User actor, String slug) {
        // A double click races to the membership key; the second run finds the membership and reports it.
        return UniqueViolation.retryOnce(() -> jdbi.inTransaction(handle -> {
            Group group = visible(handle, slug, actor);
            GroupDao groups = handle.attach(GroupDao.class);
            boolean needsApproval = group.visibility() == Visibility.RESTRICTED && !actor.isAdmin();
            // A request made while the group was restricted is granted once it no longer needs approval.
            boolean waitingNoMore = group.myRole() == GroupRole.PENDING && !needsApproval;
            if (group.myRole() != null && !waitingNoMore) {
                return new JoinResult(group, group.myRole() == GroupRole.PENDING);
            }
            GroupRole role = needsApproval ? GroupRole.PENDING : GroupRole.MEMBER;
            if (waitingNoMore) {
                groups.updateMembership(group.id(), actor.id(), role.wireName());
            } else {
                groups.insertMembership(group.id(), actor.id(), role.wireName(), clock.instant());
            }
            if (needsApproval) {
                outbox.membership(handle, group.id(), actor.id(), OutboxEvent.JOIN_REQUESTED, actor.id());
            }
            audit.record(
                    handle, actor, needsApproval ? "member.request" : "member.join", "group:" + slug, actor.username());
            return new JoinResult(groups.findById(group.id(), actor.id()).orElseThrow(), needsApproval);
        }));
    }

    /**
     * Adds a member or changes their role; approving a pending request is adding them. Moderators
     * may add members; only owners and admins may make moderators or owners.
     */
    public Membership addMember(User actor, String slug, String username, GroupRole role) {
        if (role == null || role == GroupRole.PENDING) {
            throw HubException.invalid("role must be one of owner, moderator, member.");
        }
        return UniqueViolation.retryOnce(() -> jdbi.inTransaction(handle -> {
            Group group = visible(handle, slug, actor);
            if (!GroupAccess.canModerate(group, actor)) {
                throw HubException.forbidden("Only the group's owners and moderators may add members.");
            }
            boolean actorIsOwner = actor.isAdmin() || group.myRole() == GroupRole.OWNER;
            if (role != GroupRole.MEMBER && !actorIsOwner) {
                throw HubException.forbidden("Only the group's owners may appoint moderators or owners.");
            }
            User member = handle.attach(UserDao.class)
                    .findByUsername(username)
                    .filter(User::active)
                    .orElseThrow(() -> HubException.invalid("user '" + username + "' does not exist or is inactive."));
            GroupDao groups = handle.attach(GroupDao.class);
            groups.lockForMembershipChange(group.id());
            Optional<GroupRole> current = groups.roleOf(group.id(), member.id()).map(GroupRole::fromWire);
            // Moderators approve and add members; who moderates or owns the group is the owners' call.
            if (current.isPresent() && current.get().isModerator() && current.get() != role && !actorIsOwner) {
                throw HubException.forbidden("Only the group's owners may change a moderator's or owner's role.");
            }
            if (current.isPresent()
                    && current.get() == GroupRole.OWNER
                    && role != GroupRole.OWNER
                    && groups.ownerCount(group.id()) == 1) {
                throw HubException.conflict("A group needs at least one owner.");
            }
            Membership result = new Membership(member.username(), member.displayName(), member.department(), role);
            if (current.isPresent() && current.get() == role) {
                return result; // already so: nothing to change or record
            }
            if (current.isEmpty()) {
                groups.insertMembership(group.id(), member.id(), role.wireName(), clock.instant());
            } else {
                groups.updateMembership(group.id(), member.id(), role.wireName());
            }
            groups.deleteDecline(group.id(), member.id());
            if (current.isPresent() && current.get() == GroupRole.PENDING) {
                outbox.membership(handle, group.id(), member.id(), OutboxEvent.JOIN_APPROVED, actor.id());
            }
            String action = current.map(r -> r == GroupRole.PENDING ? "member.approve" : "member.role")
                    .orElse("member.add");
            audit.record(handle, actor, action, "group:" + slug, member.username() + " as " + role.wireName());
            return result;
        }));
    }

    /** Removes a member (or declines a request); members may remove themselves, i.e. leave. */
    public void removeMember(User actor, String slug, String username) {
        jdbi.useTransaction(handle -> {
            Group group = visible(handle, slug, actor);
            boolean self = actor.username().equals(username);
            if (!self && !GroupAccess.canModerate(group, actor)) {
                throw HubException.forbidden("Only the group's owners and moderators may remove members.");
            }
            User member = handle.attach(UserDao.class)
                    .findByUsername(username)
                    .orElseThrow(() -> new NotFoundException("member", username));
            GroupDao groups = handle.attach(GroupDao.class);
            groups.lockForMembershipChange(group.id());
            GroupRole current = groups.roleOf(group.id(), member.id())
                    .map(GroupRole::fromWire)
                    .orElseThrow(() -> new NotFoundException("member", username));
            if (current == GroupRole.OWNER && !self && !actor.isAdmin() && group.myRole() != GroupRole.OWNER) {
                throw HubException.forbidden("Only the group's owners may remove an owner.");
            }
            if (current == GroupRole.OWNER && groups.ownerCount(group.id()) == 1) {
                throw HubException.conflict("A group needs at least one owner: appoint another before leaving.");
            }
            groups.deleteMembership(group.id(), member.id());
            if (current == GroupRole.PENDING && !self) {
                outbox.membership(handle, group.id(), member.id(), OutboxEvent.JOIN_DECLINED, actor.id());
            }
            audit.record(handle, actor, self ? "member.leave" : "member.remove", "group:" + slug, username);
        });
    }

    /**
     * Declines a pending request to join, with an optional reason that the person can read in
     * {@link #declinedRequests}. Only requests can be declined; members are removed.
     */
    public void decline(User actor, String slug, String username, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() > 1000) {
            throw HubException.invalid("reason must be at most 1000 characters.");
        }
        jdbi.useTransaction(handle -> {
            Group group = visible(handle, slug, actor);
            if (!GroupAccess.canModerate(group, actor)) {
                throw HubException.forbidden("Only the group's owners and moderators may decline requests.");
            }
            GroupDao groups = handle.attach(GroupDao.class);
            User applicant = handle.attach(UserDao.class)
                    .findByUsername(username)
                    .filter(u -> groups.roleOf(group.id(), u.id())
                            .map(GroupRole::fromWire)
                            .filter(r -> r == GroupRole.PENDING)
                            .isPresent())
                    .orElseThrow(() -> new NotFoundException("request to join from", username));
            groups.lockForMembershipChange(group.id());
            if (groups.deleteMembership(group.id(), applicant.id()) == 0) {
                throw new NotFoundException("request to join from", username);
            }
            groups.deleteDecline(group.id(), applicant.id());
            groups.insertDecline(group.id(), applicant.id(), why, actor.id(), clock.instant());
            // The applicant hears of it in their inbox, as when a request is removed without a reason.
            outbox.membership(handle, group.id(), applicant.id(), OutboxEvent.JOIN_DECLINED, actor.id());
            audit.record(
                    handle, actor, "member.decline", "group:" + slug, username + (why.isEmpty() ? "" : ": " + why));
        });
    }

    /** The viewer's declined requests, with the moderators' reasons. */
    public Page<DeclinedRequest> declinedRequests(User viewer, int limit, String cursor) {
        List<DeclinedRequest> rows =
                jdbi.onDemand(GroupDao.class).declines(viewer.id(), viewer.isAdmin(), Cursor.decode(cursor), limit + 1);
        return Page.of(rows, limit, DeclinedRequest::groupId);
    }

    /**
     * Declines whose requesters have not been told yet, oldest first: what a notifier sends, then
     * confirms with {@link #markDeclineNotified}. Nothing here sends anything.
     */
    public List<DeclineNotice> declinesToNotify(int limit) {
        return jdbi.onDemand(GroupDao.class).undeliveredDeclines(limit);
    }

    public void markDeclineNotified(DeclineNotice notice) {
        jdbi.onDemand(GroupDao.class).markDeclineNotified(notice.groupId(), notice.userId(), clock.instant());
    }

    /** Members, oldest first; pending requests are listed only to those who can approve them. */
    public Page<Membership> members(User viewer, String slug, int limit, String cursor) {
        Group group = visible(slug, viewer);
        boolean includePending = GroupAccess.canModerate(group, viewer);
        long after = Cursor.decodeAscending(cursor);
        List<GroupDao.MemberRow> rows =
                jdbi.onDemand(GroupDao.class).members(group.id(), includePending, after, limit + 1);
        Page<GroupDao.MemberRow> page = Page.of(rows, limit, GroupDao.MemberRow::userId);
        return new Page<>(
                page.items().stream().map(GroupDao.MemberRow::membership).toList(), page.nextCursor());
    }

    /**
     * The search access tokens of a viewer (DESIGN.md): "all", plus "g:<id>" for every group they
     * may see (every open or restricted group, and the private groups they belong to; admins see
     * all), and curators the drafts' token. Group content carries only its group's token, so a
     * change of membership or of a group's visibility applies to the next search, no reindex.
     */
    public Set<String> accessTokens(User viewer) {
        // Runs on every search, suggestion and similar-items request: one plain query on one
        // handle, without building an on-demand SqlObject proxy each time (16% of a search's CPU
        // in the profile of hub-bench/PERFORMANCE.md). The ids of every group the viewer may see.
        List<Long> ids = jdbi.withHandle(handle -> viewer.isAdmin()
                ? handle.createQuery(ALL_GROUP_IDS).mapTo(Long.class).list()
                : handle.createQuery(VISIBLE_GROUP_IDS)
                        .bind("viewerId", viewer.id())
                        .mapTo(Long.class)
                        .list());
        Set<String> tokens = new LinkedHashSet<>();
        tokens.add(AccessTokens.EVERYONE);
        if (viewer.isCurator()) {
            tokens.add(AccessTokens.CURATORS);
        }
        ids.forEach(id -> tokens.add(AccessTokens.group(id)));
        return tokens;
    }
}
