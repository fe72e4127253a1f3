package org.hub.api.testing;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldif.LDIFReader;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.hub.api.directory.LdapSettings;

/**
 * A real LDAP server in the test's JVM (UnboundID's in-memory directory), on a free port, loaded
 * from {@code staff.ldif} beside this class: the directory the sync tests read.
 */
public final class TestDirectory implements AutoCloseable {
    public static final String BASE_DN = "dc=example,dc=gov,dc=uk";
    public static final String BIND_DN = "uid=hub-sync,ou=service," + BASE_DN;
    public static final String BIND_PASSWORD = "sync-secret";

    private final InMemoryDirectoryServer server;

    private TestDirectory(InMemoryDirectoryServer server) {
        this.server = server;
    }

    public static TestDirectory start() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
        InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
        // From the classpath (the shared test-jar), so not a file: read it as a stream.
        try (InputStream ldif = Objects.requireNonNull(TestDirectory.class.getResourceAsStream("staff.ldif"));
                LDIFReader reader = new LDIFReader(ldif)) {
            server.importFromLDIF(true, reader);
        }
        server.startListening();
        return new TestDirectory(server);
    }

    /** Settings for this directory, a page of two entries at a time so paging is exercised. */
    public LdapSettings settings() {
        return settings(BIND_PASSWORD);
    }

    public LdapSettings settings(String bindPassword) {
        return new LdapSettings(
                URI.create("ldap://127.0.0.1:" + server.getListenPort()),
                false,
                BIND_DN,
                bindPassword,
                "ou=people," + BASE_DN,
                "(objectClass=inetOrgPerson)",
                new LdapSettings.Attributes("uid", "mail", "displayName", "departmentNumber", "title"),
                2,
                Duration.ofSeconds(5),
                "admin");
    }

    /** Sets an attribute of a person's entry, as an administrator would in the directory. */
    public void replace(String uid, String attribute, String value) throws LDAPException {
        server.modify(
                "uid=" + uid + ",ou=people," + BASE_DN, new Modification(ModificationType.REPLACE, attribute, value));
    }

    public void delete(String uid) throws LDAPException {
        server.delete("uid=" + uid + ",ou=people," + BASE_DN);
    }

    public InMemoryDirectoryServer server() {
        return server;
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
