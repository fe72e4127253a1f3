package org.hub.web;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthFilter;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.auth.chained.ChainedAuthFilter;
import io.dropwizard.auth.oauth.OAuthCredentialAuthFilter;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.jdbi3.JdbiFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;
import org.hub.api.HubServices;
import org.hub.api.admin.AuditResource;
import org.hub.api.auth.AuthResource;
import org.hub.api.auth.AuthService;
import org.hub.api.auth.BearerTokenAuthenticator;
import org.hub.api.auth.HubPrincipal;
import org.hub.api.auth.JsonUnauthorizedHandler;
import org.hub.api.auth.LoginThrottle;
import org.hub.api.auth.SessionCookieAuthFilter;
import org.hub.api.auth.SessionCookies;
import org.hub.api.common.ConstraintViolationExceptionMapper;
import org.hub.api.common.HubExceptionMapper;
import org.hub.api.common.JsonProcessingExceptionMapper;
import org.hub.api.common.NulFreeText;
import org.hub.api.common.UnexpectedExceptionMapper;
import org.hub.api.common.UniqueViolationExceptionMapper;
import org.hub.api.common.WebApplicationExceptionMapper;
import org.hub.api.db.Migrations;
import org.hub.api.directory.DirectoryResource;
import org.hub.api.directory.DirectorySync;
import org.hub.api.documents.BlobStore;
import org.hub.api.documents.DocumentResource;
import org.hub.api.documents.DocumentService;
import org.hub.api.documents.ExtractionLimits;
import org.hub.api.documents.ExtractionWorker;
import org.hub.api.documents.MultipartUpload;
import org.hub.api.documents.TextExtractor;
import org.hub.api.groups.GroupResource;
import org.hub.api.groups.GroupService;
import org.hub.api.guidance.GuidanceResource;
import org.hub.api.guidance.GuidanceService;
import org.hub.api.guidance.SynonymService;
import org.hub.api.notifications.NotificationResource;
import org.hub.api.people.UserResource;
import org.hub.api.people.UserService;
import org.hub.api.search.IndexFolder;
import org.hub.api.search.IndexLagHealthCheck;
import org.hub.api.search.IndexRepair;
import org.hub.api.search.Indexer;
import org.hub.api.search.SearchResource;
import org.hub.api.search.SearchService;
import org.hub.api.search.SearchableBeforeAnswer;
import org.hub.api.sso.OidcSignIn;
import org.hub.api.threads.ModerationResource;
import org.hub.api.threads.ThreadResource;
import org.hub.api.threads.ThreadService;
import org.hub.search.SearchIndex;
import org.hub.search.SearchIndexOptions;
import org.hub.web.backup.Backup;
import org.hub.web.backup.BackupCommand;
import org.hub.web.backup.BackupTask;
import org.hub.web.demo.SeedDemoCommand;
import org.hub.web.pages.Pages;
import org.hub.web.security.HubErrorHandler;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hub: one runnable jar serving the API, the pages and the admin port. */
public class HubApplication extends Application<HubConfiguration> {
    private static final Logger LOG = LoggerFactory.getLogger(HubApplication.class);

    public static void main(String[] args) throws Exception {
        new HubApplication().run(args);
    }

    @Override
    public String getName() {
        return "hub";
    }

    @Override
    public void initialize(Bootstrap<HubConfiguration> bootstrap) {
        // Environment variables override config.yml: ${HUB_PORT:-8080} and friends.
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
        bootstrap.getObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        bootstrap.getObjectMapper().registerModule(NulFreeText.module());
        bootstrap.addCommand(new ReindexCommand());
        bootstrap.addCommand(new SeedDemoCommand());
        bootstrap.addCommand(new BackupCommand());
        bootstrap.addCommand(new SyncDirectoryCommand());
        Pages.initialize(bootstrap);
    }

    @Override
    public void run(HubConfiguration config, Environment environment) {
        // Our own mappers give every error the API's JSON shape; Dropwizard's defaults would not.
        if (config.getServerFactory() instanceof AbstractServerFactory server) {
            server.setRegisterDefaultExceptionMappers(false);
        }
        AccessLogSwitch.apply(config.getServerFactory());
        // Requests Jetty refuses itself (an undecodable path) get the security headers and, under
        // /api/, the JSON error shape. Set as the server starts: Dropwizard builds the server after run().
        environment.lifecycle().addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                if (event instanceof Server server) {
                    server.setErrorHandler(new HubErrorHandler());
                }
            }
        });
        Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
        Jdbi jdbi = database(config.getDatabase(), environment);

        HubConfiguration.AuthFactory authConfig = config.getAuth();
        HubServices services = new HubServices(jdbi, authConfig.passwordHasher(), clock);
        LoginThrottle throttle = LoginThrottle.inMemory(authConfig.loginLimits(), 200_000, clock);
        HubConfiguration.OidcFactory oidc = config.getOidc();
        AuthService auth =
                services.auth(throttle, authConfig.getSessionLifetime().toJavaDuration(), oidc.localPasswords());
        Optional<OidcSignIn> sso =
                oidc.isEnabled() ? Optional.of(services.oidcSignIn(oidc.settings(), auth)) : Optional.empty();
        HubConfiguration.LdapFactory ldap = config.getLdap();
        Optional<DirectorySync> directory = ldap.isEnabled()
                ? Optional.of(services.directorySync(ldap.settings(oidc.getBreakGlassAdmin())))
                : Optional.empty();
        if (directory.isPresent() && ldap.getSyncEvery().toMilliseconds() > 0) {
            environment
                    .lifecycle()
                    .manage(new DirectorySchedule(
                            directory.get(), ldap.getSyncEvery().toJavaDuration()));
        }
        UserService users = services.users();
        new FirstAdmin(users).createIfNone(authConfig.getInitialAdminPassword());

        GroupService groups = services.groups();
        ThreadService threads = services.threads();

        SearchIndex index = search(config.getSearch(), services, environment);
        SearchService search = services.search(index);
        SynonymService synonyms = services.synonyms(index);
        synonyms.applyStored();
        GuidanceService guidance = services.guidance();
        BlobStore blobs = documentBlobs(config.getDocuments());
        DocumentService documents = documents(config.getDocuments(), blobs, services, environment);
        MultipartUpload uploads = new MultipartUpload(
                blobs, config.getDocuments().getMaxUploadSize().toBytes(), documents::isReferenced);

        // Delivery runs apart from requests: a write returns once its outbox row is committed.
        environment.lifecycle().manage(services.notificationWorker(Duration.ofSeconds(1)));

        registerAuth(environment, auth);
        registerErrorMappers(environment);

        List<Object> apiResources = List.of(
                new AuthResource(auth, new SessionCookies()),
                new UserResource(users),
                new DirectoryResource(directory),
                new org.hub.api.account.AccountResource(services.profiles(), services.myCredentials(auth, throttle)),
                new GroupResource(groups),
                new ThreadResource(threads),
                new ModerationResource(services.moderation(), services.flags()),
                new SearchResource(search),
                new DocumentResource(documents, uploads),
                new GuidanceResource(guidance, synonyms),
                new AuditResource(services.auditReader()),
                new NotificationResource(services.notifications(), services.subscriptions()));
        Set<Class<?>> apiClasses = new LinkedHashSet<>();
        for (Object resource : apiResources) {
            environment.jersey().register(resource);
            apiClasses.add(resource.getClass());
        }
        environment.jersey().register(OpenApiResource.of(apiClasses));
        environment
                .admin()
                .addTask(new BackupTask(
                        Backup.of(config, jdbi, clock),
                        Path.of(config.getBackup().getPath())));
        Pages.register(
                environment,
                new Pages.Services(
                        auth,
                        new SessionCookies(),
                        users,
                        groups,
                        threads,
                        services.moderation(),
                        services.flags(),
                        search,
                        guidance,
                        documents,
                        synonyms,
                        services.auditReader(),
                        uploads,
                        sso,
                        services.notifications(),
                        services.subscriptions(),
                        directory,
                        services.profiles()));
    }

    static Jdbi database(DataSourceFactory factory, Environment environment) {
        if (factory.getUrl() != null && factory.getUrl().startsWith("jdbc:postgresql:")) {
            factory.setDriverClass("org.postgresql.Driver");
        }
        var result = Migrations.migrate(
                factory.getUrl(), factory.getUser(), factory.getPassword() == null ? "" : factory.getPassword());
        LOG.info(
                "Database schema at version {} ({} migrations applied now)",
                Migrations.schemaVersion(result),
                result.migrationsExecuted);
        return new JdbiFactory().build(environment, factory, "database");
    }

    /**
     * Opens the index (rebuilding it from the database when it is new or was corrupt), starts the
     * indexer, makes every write wait until it is searchable before answering, and watches for
     * damage found later (rebuilt in place by {@link IndexRepair}). The folder is registered first so that it stops last, after the indexer.
     */
    private static SearchIndex search(
            HubConfiguration.SearchFactory config, HubServices services, Environment environment) {
        SearchIndexOptions options = SearchIndexOptions.defaults();
        options = new SearchIndexOptions(
                config.getRefreshInterval().toJavaDuration(), options.stemmer(), options.ranking());
        IndexFolder folder = IndexFolder.open(Path.of(config.getIndexPath()), options, services.clock());
        environment.lifecycle().manage(folder);
        if (folder.isFresh()) {
            long items = services.reindexer().rebuild(folder.index(), progress -> {});
            // Serve the rebuilt index from the first request, not from the next periodic reopen.
            folder.index().refreshNow();
            LOG.info("Built a new search index from the database: {} items", items);
        }
        Indexer indexer = services.indexer(
                folder.index(),
                Duration.ofMillis(50),
                config.getCommitInterval().toJavaDuration());
        environment.lifecycle().manage(indexer);
        environment.jersey().register(new SearchableBeforeAnswer(indexer));
        // Registered after the indexer, so it stops first: no rebuild runs once the indexer has stopped.
        IndexRepair repair =
                new IndexRepair(folder.index(), services.reindexer(), indexer.workLock(), services.clock());
        environment.lifecycle().manage(repair);
        environment
                .healthChecks()
                .register(
                        "search-index",
                        new IndexLagHealthCheck(
                                services.jdbi(), indexer, repair, services.clock(), Duration.ofSeconds(30)));
        return folder.index();
    }

    /** The document folder, created if missing; shared by uploads, downloads and text extraction. */
    private static BlobStore documentBlobs(HubConfiguration.DocumentsFactory config) {
        BlobStore blobs = new BlobStore(Path.of(config.getStoragePath()));
        try {
            blobs.init();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot prepare the document folder " + config.getStoragePath(), e);
        }
        return blobs;
    }

    private static DocumentService documents(
            HubConfiguration.DocumentsFactory config, BlobStore blobs, HubServices services, Environment environment) {
        TextExtractor extractor = new TextExtractor(ExtractionLimits.defaults()
                .withTimeout(config.getExtractionTimeout().toJavaDuration()));
        ExtractionWorker extraction = services.extraction(blobs, extractor);
        environment.lifecycle().manage(extraction);
        return services.documents(blobs, extraction);
    }

    private static void registerAuth(Environment environment, AuthService auth) {
        JsonUnauthorizedHandler unauthorized = new JsonUnauthorizedHandler();
        AuthFilter<String, HubPrincipal> bearer = new OAuthCredentialAuthFilter.Builder<HubPrincipal>()
                .setAuthenticator(new BearerTokenAuthenticator(auth))
                .setPrefix("Bearer")
                .setRealm("hub")
                .setUnauthorizedHandler(unauthorized)
                .buildAuthFilter();
        AuthFilter<String, HubPrincipal> session = new SessionCookieAuthFilter.Builder()
                .setAuthenticator(new SessionCookieAuthFilter.SessionAuthenticator(auth))
                .setPrefix("Session")
                .setRealm("hub")
                .setUnauthorizedHandler(unauthorized)
                .buildAuthFilter();
        @SuppressWarnings({"unchecked", "rawtypes"})
        ChainedAuthFilter<String, HubPrincipal> chained = new ChainedAuthFilter(List.of(bearer, session));
        environment.jersey().register(new AuthDynamicFeature(chained));
        environment.jersey().register(new AuthValueFactoryProvider.Binder<>(HubPrincipal.class));
    }

    private static void registerErrorMappers(Environment environment) {
        environment.jersey().register(new HubExceptionMapper());
        environment.jersey().register(new WebApplicationExceptionMapper());
        environment.jersey().register(new JsonProcessingExceptionMapper());
        environment.jersey().register(new ConstraintViolationExceptionMapper());
        environment.jersey().register(new UniqueViolationExceptionMapper());
        environment.jersey().register(new UnexpectedExceptionMapper());
    }
}
