package org.hub.web.support;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import jakarta.ws.rs.client.Client;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.JerseyClientBuilder;
import org.hub.api.testing.TestDatabase;
import org.hub.web.HubApplication;
import org.hub.web.HubConfiguration;

/**
 * The whole application on random ports with its data in a temp folder, started from the real
 * {@code config.yml} so tests exercise the shipped configuration.
 */
public final class HubTestApp implements AutoCloseable {
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";

    private final DropwizardTestSupport<HubConfiguration> support;
    private final Path dataFolder;
    private final Client client;

    private HubTestApp(DropwizardTestSupport<HubConfiguration> support, Path dataFolder) {
        this.support = support;
        this.dataFolder = dataFolder;
        this.client = new JerseyClientBuilder()
                .property(ClientProperties.FOLLOW_REDIRECTS, false)
                .property(ClientProperties.CONNECT_TIMEOUT, 5_000)
                .property(ClientProperties.READ_TIMEOUT, 60_000)
                .build();
    }

    public static HubTestApp start(TestDatabase database, ConfigOverride... extra) throws Exception {
        return startIn(Files.createTempDirectory("hub-test-"), database, extra);
    }

    /**
     * Starts on an existing data folder, so a test can stop the application and start it again
     * on the same database, index and documents (a restart).
     */
    public static HubTestApp startIn(Path folder, TestDatabase database, ConfigOverride... extra) throws Exception {
        TestDatabase db = database != null ? database : TestDatabase.h2(folder);
        List<ConfigOverride> overrides = new ArrayList<>(List.of(
                ConfigOverride.config("server.applicationConnectors[0].port", "0"),
                ConfigOverride.config("server.adminConnectors[0].port", "0"),
                ConfigOverride.config("database.url", db.url()),
                ConfigOverride.config("database.user", db.user()),
                ConfigOverride.config("database.password", db.password()),
                ConfigOverride.config(
                        "search.indexPath", folder.resolve("index").toString()),
                ConfigOverride.config(
                        "documents.storagePath", folder.resolve("documents").toString()),
                ConfigOverride.config("auth.passwordHashMemoryKiB", "1024"),
                ConfigOverride.config("auth.initialAdminPassword", ADMIN_PASSWORD),
                ConfigOverride.config("logging.level", "WARN")));
        overrides.addAll(List.of(extra));
        DropwizardTestSupport<HubConfiguration> support = new DropwizardTestSupport<>(
                HubApplication.class,
                Path.of("..", "config.yml").toAbsolutePath().toString(),
                overrides.toArray(ConfigOverride[]::new));
        support.before();
        return new HubTestApp(support, folder);
    }

    public String baseUrl() {
        return "http://localhost:" + support.getLocalPort();
    }

    public String adminUrl() {
        return "http://localhost:" + support.getAdminPort();
    }

    public Client client() {
        return client;
    }

    public HubApplication application() {
        return support.getApplication();
    }

    public HubConfiguration configuration() {
        return support.getConfiguration();
    }

    public io.dropwizard.core.setup.Environment environment() {
        return support.getEnvironment();
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public Api api() {
        return new Api(this);
    }

    @Override
    public void close() {
        client.close();
        support.after();
    }
}
