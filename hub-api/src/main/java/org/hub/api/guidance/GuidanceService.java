package org.hub.api.guidance;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.hub.api.audit.AuditLog;
import org.hub.api.common.Cursor;
import org.hub.api.common.HubException;
import org.hub.api.common.NotFoundException;
import org.hub.api.common.Page;
import org.hub.api.common.TextRules;
import org.hub.api.common.UniqueViolation;
import org.hub.api.common.markdown.MarkdownRenderer;
import org.hub.api.outbox.ItemType;
import org.hub.api.outbox.Outbox;
import org.hub.api.threads.Post;
import org.hub.api.threads.Tags;
import org.hub.api.threads.ThreadService;
import org.hub.api.users.Permissions;
import org.hub.api.users.User;
import org.jdbi.v3.core.Jdbi;

/**
 * Official guidance curated by comms teams: drafts that only curators see, publication, review
 * dates that flag stale items, and promotion of a good answer into guidance.
 */
public final class GuidanceService {
    public static final int DEFAULT_REVIEW_MONTHS = 6;

    /** How many creates racing for one slug still all succeed (each round lets one through). */
    private static final int SLUG_ATTEMPTS = 32;

    private final Jdbi jdbi;
    private final ThreadService threads;
    private final MarkdownRenderer markdown;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    public GuidanceService(
            Jdbi jdbi, ThreadService threads, MarkdownRenderer markdown, Outbox outbox, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.threads = threads;
        this.markdown = markdown;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    public record NewGuidance(
            String title,
            String body,
            List<String> tags,
            GuidanceStatus status,
            LocalDate reviewBy,
            Long sourcePostId) {}

    public record GuidanceEdit(
            String title, String body, List<String> tags, GuidanceStatus status, LocalDate reviewBy, Integer version) {}

    public Guidance create(User actor, NewGuidance request) {
        Permissions.requireCurator(actor);
        List<String> errors = new ArrayList<>();
        String title = TextRules.title(request.title(), errors);
        String body = TextRules.body(request.body(), false, errors);
        List<String> tags = Tags.clean(request.tags(), errors);
        failIfAny(errors);
        GuidanceStatus status = request.status() == null ? GuidanceStatus.DRAFT : request.status();
        LocalDate reviewBy =
                request.reviewBy() == null ? today().plusMonths(DEFAULT_REVIEW_MONTHS) : request.reviewBy();
        Post source = null;
        if (request.sourcePostId() != null) {
            try {
                source = threads.getPost(actor, request.sourcePostId());
            } catch (NotFoundException e) {
                throw HubException.invalid("sourcePostId must name an answer you can see.");
            }
        }
        Long sourcePostId = source == null ? null : source.id();
        // Items created at once with one title race for one slug: the loser runs again and takes
        // the next free suffix, so every create succeeds (title, title-2, title-3, ...).
        long id = UniqueViolation.retry(
                SLUG_ATTEMPTS,
                () -> jdbi.inTransaction(handle -> {
                    GuidanceDao guidance = handle.attach(GuidanceDao.class);
                    String slug = uniqueSlug(guidance, title);
                    Instant now = clock.instant();
                    long newId = guidance.insert(
                            slug,
                            title,
                            body,
                            markdown.toHtml(body),
                            Tags.join(tags),
                            status.wireName(),
                            reviewBy,
                            actor.id(),
                            sourcePostId,
                            now);
                    audit.record(
                            handle,
                            actor,
                            "guidance.create",
                            "guidance:" + slug,
                            status.wireName() + (sourcePostId == null ? "" : ", promoted from post " + sourcePostId));
                    outbox.append(handle, ItemType.GUIDANCE, newId);
                    if (sourcePostId != null) {
                        outbox.append(handle, ItemType.POST, sourcePostId);
                    }
                    return newId;
                }));
        return forViewer(actor, jdbi.onDemand(GuidanceDao.class).findAll(List.of(id)))
                .get(0);
    }

    public Guidance get(User viewer, String slug) {
        Guidance found = jdbi.onDemand(GuidanceDao.class)
                .findBySlug(slug)
                .filter(g -> g.status() != GuidanceStatus.DRAFT || viewer.isCurator())
                .orElseThrow(() -> new NotFoundException("guidance", slug));
        return forViewer(viewer, List.of(found)).get(0);
    }

    /** Guidance newest first; drafts only for curators; {@code overdue} keeps only items past review. */
    public Page<Guidance> list(
            User viewer, String tag, GuidanceStatus status, boolean overdue, int limit, String cursor) {
        if (status == GuidanceStatus.DRAFT && !viewer.isCurator()) {
            return new Page<>(List.of(), null);
        }
        List<Guidance> rows = jdbi.onDemand(GuidanceDao.class)
                .list(
                        viewer.isCurator(),
                        status == null ? null : status.wireName(),
                        tag == null || tag.isBlank() ? null : tag.strip(),
                        overdue ? today() : null,
                        Cursor.decode(cursor),
                        limit + 1);
        Page<Guidance> page = Page.of(rows, limit, Guidance::id);
        return new Page<>(forViewer(viewer, page.items()), page.nextCursor());
    }

    public Guidance update(User actor, String slug, GuidanceEdit edit) {
        Permissions.requireCurator(actor);
        List<String> errors = new ArrayList<>();
        String title = TextRules.title(edit.title(), errors);
        String body = TextRules.body(edit.body(), false, errors);
        List<String> tags = edit.tags() == null ? null : Tags.clean(edit.tags(), errors);
        if (edit.version() == null) {
            errors.add("version must be the version you read.");
        }
        failIfAny(errors);
        jdbi.useTransaction(handle -> {
            GuidanceDao guidance = handle.attach(GuidanceDao.class);
            Guidance current = guidance.findBySlug(slug).orElseThrow(() -> new NotFoundException("guidance", slug));
            GuidanceStatus status = edit.status() == null ? current.status() : edit.status();
            LocalDate reviewBy = edit.reviewBy() == null ? current.reviewBy() : edit.reviewBy();
            String storedTags = tags == null ? Tags.join(current.tags()) : Tags.join(tags);
            if (guidance.update(
                            current.id(),
                            edit.version(),
                            title,
                            body,
                            markdown.toHtml(body),
                            storedTags,
                            status.wireName(),
                            reviewBy,
                            clock.instant())
                    == 0) {
                throw HubException.conflict("The guidance was changed since version " + edit.version()
                        + " (it is now at version " + current.version() + "): reload it and apply your edit again.");
            }
            if (status != current.status()) {
                audit.record(
                        handle,
                        actor,
                        "guidance." + status.wireName(),
                        "guidance:" + slug,
                        current.status().wireName() + " -> " + status.wireName());
            } else {
                audit.record(handle, actor, "guidance.edit", "guidance:" + slug, null);
            }
            outbox.append(handle, ItemType.GUIDANCE, current.id());
            if (current.sourcePostId() != null) {
                outbox.append(handle, ItemType.POST, current.sourcePostId());
            }
        });
        return get(actor, slug);
    }

    /**
     * The items as this viewer may read them: {@code overdue} against today, and the answer each
     * was promoted from named only if the viewer may read that answer. Published guidance is for
     * everyone, but an answer in a private group is not; its ids and link would tell outsiders
     * that the thread exists (issue 11, finding 12).
     */
    private List<Guidance> forViewer(User viewer, List<Guidance> items) {
        List<Long> sources = items.stream()
                .map(Guidance::sourcePostId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Set<Long> readable = sources.isEmpty()
                ? Set.of()
                : Set.copyOf(jdbi.onDemand(GuidanceDao.class).readableSources(sources, viewer.id(), viewer.isAdmin()));
        return items.stream()
                .map(g -> withOverdue(g, g.sourcePostId() != null && readable.contains(g.sourcePostId())))
                .toList();
    }

    private Guidance withOverdue(Guidance g, boolean sourceReadable) {
        boolean overdue = g.status() == GuidanceStatus.PUBLISHED && g.reviewBy().isBefore(today());
        return new Guidance(
                g.id(),
                g.slug(),
                g.title(),
                g.body(),
                g.bodyHtml(),
                g.tags(),
                g.status(),
                g.reviewBy(),
                g.owner(),
                sourceReadable ? g.sourcePostId() : null,
                sourceReadable ? g.sourceThreadId() : null,
                g.createdAt(),
                g.updatedAt(),
                g.version(),
                overdue);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    static String slugOf(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-$", "");
        }
        return slug.isEmpty() ? "guidance" : slug;
    }

    private static String uniqueSlug(GuidanceDao guidance, String title) {
        String base = slugOf(title);
        String slug = base;
        for (int n = 2; guidance.countSlug(slug) > 0; n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static void failIfAny(List<String> errors) {
        if (!errors.isEmpty()) {
            throw HubException.invalid(errors.get(0), errors);
        }
    }
}
