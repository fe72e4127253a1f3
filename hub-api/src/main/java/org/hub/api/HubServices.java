package org.hub.api;

import java.time.Clock;
import java.time.Duration;
import org.hub.api.audit.AuditLog;
import org.hub.api.audit.AuditReader;
import org.hub.api.auth.AuthService;
import org.hub.api.auth.LocalPasswords;
import org.hub.api.auth.LoginThrottle;
import org.hub.api.auth.PasswordHasher;
import org.hub.api.common.markdown.MarkdownRenderer;
import org.hub.api.directory.DirectorySync;
import org.hub.api.directory.LdapSettings;
import org.hub.api.documents.BlobStore;
import org.hub.api.documents.DocumentService;
import org.hub.api.documents.DownloadTypes;
import org.hub.api.documents.ExtractionWorker;
import org.hub.api.documents.TextExtractor;
import org.hub.api.groups.GroupService;
import org.hub.api.guidance.GuidanceService;
import org.hub.api.guidance.SynonymService;
import org.hub.api.notifications.NotificationService;
import org.hub.api.notifications.NotificationWorker;
import org.hub.api.notifications.Notifier;
import org.hub.api.notifications.SubscriptionService;
import org.hub.api.outbox.Outbox;
import org.hub.api.people.ExternalPeople;
import org.hub.api.people.UserService;
import org.hub.api.search.Indexer;
import org.hub.api.search.ItemLoader;
import org.hub.api.search.Reindexer;
import org.hub.api.search.SearchService;
import org.hub.api.sso.OidcProvider;
import org.hub.api.sso.OidcSettings;
import org.hub.api.sso.OidcSignIn;
import org.hub.api.threads.FlagService;
import org.hub.api.threads.ModerationService;
import org.hub.api.threads.ThreadService;
import org.hub.search.SearchIndex;
import org.jdbi.v3.core.Jdbi;

/**
 * The one place that wires hub-api's services together: the server, the commands, the demo
 * seeder, tests and benchmarks all build them here, so they run the same graph.
 *
 * <p>The core services (people, groups, threads, guidance, with the audit log, the outbox and the
 * Markdown renderer they share) are built at once; they only hold references. What needs more
 * than a database and a clock (a search index, a document folder, sign-in settings) or starts
 * work of its own (an indexer, an extraction pool, the decoy password hash) is built by a method
 * when asked, and the caller owns its lifecycle. Callers pass each resource only the services it
 * uses; this class is not handed around.
 */
public final class HubServices {
    private final Jdbi jdbi;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final AuditLog audit;
    private final MarkdownRenderer markdown;
    private final Outbox outbox;
    private final UserService users;
    private final GroupService groups;
    private final ThreadService threads;
    private final GuidanceService guidance;
    private final ModerationService moderation;
    private final FlagService flags;
    private final NotificationService notifications;
    private final SubscriptionService subscriptions;

    public HubServices(Jdbi jdbi, PasswordHasher hasher, Clock clock) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.clock = clock;
        this.audit = new AuditLog(clock);
        this.markdown = new MarkdownRenderer();
        this.outbox = new Outbox(clock);
        this.users = new UserService(jdbi, hasher, audit, clock);
        this.groups = new GroupService(jdbi, outbox, audit, clock);
        this.threads = new ThreadService(jdbi, groups, markdown, outbox, audit, clock);
        this.guidance = new GuidanceService(jdbi, threads, markdown, outbox, audit, clock);
        this.moderation = new ModerationService(jdbi, threads, groups, outbox, audit, clock);
        this.flags = new FlagService(jdbi, groups, threads, moderation, outbox, audit, clock);
        this.notifications = new NotificationService(jdbi, clock);
        this.subscriptions = new SubscriptionService(jdbi, groups, threads, clock);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Clock clock() {
        return clock;
    }

    public AuditLog audit() {
        return audit;
    }

    public MarkdownRenderer markdown() {
        return markdown;
    }

    public Outbox outbox() {
        return outbox;
    }

    public UserService users() {
        return users;
    }

    public GroupService groups() {
        return groups;
    }

    public ThreadService threads() {
        return threads;
    }

    public GuidanceService guidance() {
        return guidance;
    }

    public ModerationService moderation() {
        return moderation;
    }

    public FlagService flags() {
        return flags;
    }

    public NotificationService notifications() {
        return notifications;
    }

    public SubscriptionService subscriptions() {
        return subscriptions;
    }

    /** Delivers the outbox's events to inboxes; {@link #notificationWorker} runs it in the background. */
    public Notifier notifier() {
        return new Notifier(jdbi, markdown, clock);
    }

    /** Delivers notifications every {@code pollInterval}; the caller starts and stops it. */
    public NotificationWorker notificationWorker(Duration pollInterval) {
        return new NotificationWorker(notifier(), pollInterval);
    }

    public AuditReader auditReader() {
        return new AuditReader(jdbi);
    }

    /** Sign-in and credentials; starts hashing its decoy password on another thread. */
    public AuthService auth(LoginThrottle throttle, Duration sessionLifetime) {
        return auth(throttle, sessionLifetime, LocalPasswords.ON);
    }

    /** A signed-in person's own password, sessions and tokens. */
    public org.hub.api.auth.MyCredentials myCredentials(AuthService auth, LoginThrottle throttle) {
        return new org.hub.api.auth.MyCredentials(jdbi, auth, hasher, throttle, audit, clock);
    }

    public org.hub.api.account.ProfileService profiles() {
        return new org.hub.api.account.ProfileService(jdbi, markdown, audit, clock);
    }

    public ExternalPeople externalPeople() {
        return new ExternalPeople(jdbi, audit, clock);
    }

    /** Signing in through an OpenID Connect provider, into sessions from {@code auth}. */
    public DirectorySync directorySync(LdapSettings settings) {
        return new DirectorySync(jdbi, settings, audit, clock);
    }

    public OidcSignIn oidcSignIn(OidcSettings settings, AuthService auth) {
        return new OidcSignIn(jdbi, settings, new OidcProvider(settings), externalPeople(), auth, clock);
    }

    public AuthService auth(LoginThrottle throttle, Duration sessionLifetime, LocalPasswords localPasswords) {
        return new AuthService(jdbi, hasher, throttle, audit, clock, sessionLifetime, localPasswords);
    }

    public SearchService search(SearchIndex index) {
        return new SearchService(index, groups, threads);
    }

    /** The curators' synonyms, applied to this index; call {@link SynonymService#applyStored()} once it is open. */
    public SynonymService synonyms(SearchIndex index) {
        return new SynonymService(jdbi, index::setSynonyms, audit);
    }

    /** Text extraction for documents in this folder; the caller starts and stops it. */
    public ExtractionWorker extraction(BlobStore blobs, TextExtractor extractor) {
        return new ExtractionWorker(jdbi, blobs, extractor, outbox);
    }

    public DocumentService documents(BlobStore blobs, ExtractionWorker extraction) {
        return new DocumentService(jdbi, groups, blobs, new DownloadTypes(), extraction, outbox, audit, clock);
    }

    public ItemLoader itemLoader() {
        return new ItemLoader(jdbi, markdown);
    }

    /** Rebuilds an index from the database. */
    public Reindexer reindexer() {
        return new Reindexer(jdbi, itemLoader());
    }

    /** Keeps this index current from the outbox; the caller starts and stops it. */
    public Indexer indexer(SearchIndex index, Duration pollInterval, Duration commitInterval) {
        return new Indexer(jdbi, index, itemLoader(), clock, pollInterval, commitInterval);
    }
}
