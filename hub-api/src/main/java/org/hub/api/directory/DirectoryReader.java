package org.hub.api.directory;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.ExtendedResult;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import com.unboundid.ldap.sdk.extensions.StartTLSExtendedRequest;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * Reads every person under the base DN that matches the filter, a page at a time (Active Directory
 * returns at most 1,000 entries to a plain search). Only reads: the sync applies what it found
 * afterwards, so a directory that fails halfway changes nothing in Hub.
 */
public final class DirectoryReader {
    private final LdapSettings settings;

    public DirectoryReader(LdapSettings settings) {
        this.settings = settings;
    }

    public List<DirectoryEntry> readAll() {
        try (LDAPConnection connection = connect()) {
            return search(connection);
        } catch (LDAPException e) {
            throw new DirectoryUnavailable(describe(e));
        }
    }

    private LDAPConnection connect() throws LDAPException {
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        int millis = (int) settings.timeout().toMillis();
        options.setConnectTimeoutMillis(millis);
        options.setResponseTimeoutMillis(millis);
        // Without this the SDK does not check that the certificate names the directory's host.
        options.setSSLSocketVerifier(new com.unboundid.util.ssl.HostNameSSLSocketVerifier(false));
        String host = settings.url().getHost();
        LDAPConnection connection = settings.ldaps()
                ? new LDAPConnection(sslContext().getSocketFactory(), options, host, settings.port())
                : new LDAPConnection(options, host, settings.port());
        try {
            if (settings.startTls() && !settings.ldaps()) {
                ExtendedResult started = connection.processExtendedOperation(new StartTLSExtendedRequest(sslContext()));
                if (started.getResultCode() != ResultCode.SUCCESS) {
                    throw new LDAPException(
                            started.getResultCode(), "StartTLS refused: " + started.getDiagnosticMessage());
                }
            }
            if (settings.bindDn() != null && !settings.bindDn().isBlank()) {
                connection.bind(settings.bindDn(), settings.bindPassword());
            }
            return connection;
        } catch (LDAPException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * The JVM's default TLS context: its trust store (javax.net.ssl.trustStore when set), so a
     * private certificate authority is trusted the usual way, and host names are checked.
     */
    private static SSLContext sslContext() throws LDAPException {
        try {
            return SSLContext.getDefault();
        } catch (GeneralSecurityException e) {
            throw new LDAPException(ResultCode.LOCAL_ERROR, "TLS could not be set up: " + e.getMessage(), e);
        }
    }

    private List<DirectoryEntry> search(LDAPConnection connection) throws LDAPException {
        LdapSettings.Attributes names = settings.attributes();
        SearchRequest request = new SearchRequest(
                settings.baseDn(),
                SearchScope.SUB,
                Filter.create(settings.filter()),
                names.username(),
                names.email(),
                names.displayName(),
                names.department(),
                names.title());
        List<DirectoryEntry> entries = new ArrayList<>();
        ASN1OctetString cookie = null;
        do {
            request.setControls(new SimplePagedResultsControl(settings.pageSize(), cookie));
            SearchResult result = connection.search(request);
            for (SearchResultEntry entry : result.getSearchEntries()) {
                entries.add(new DirectoryEntry(
                        entry.getDN(),
                        entry.getAttributeValue(names.username()),
                        entry.getAttributeValue(names.email()),
                        entry.getAttributeValue(names.displayName()),
                        optional(entry, names.department()),
                        optional(entry, names.title())));
            }
            SimplePagedResultsControl paged = SimplePagedResultsControl.get(result);
            cookie = paged != null && paged.moreResultsToReturn() ? paged.getCookie() : null;
        } while (cookie != null);
        return entries;
    }

    private static Optional<String> optional(SearchResultEntry entry, String attribute) {
        return attribute == null || attribute.isBlank()
                ? Optional.empty()
                : Optional.ofNullable(entry.getAttributeValue(attribute))
                        .map(String::strip)
                        .filter(v -> !v.isEmpty());
    }

    /** What went wrong, for an administrator: never the bind password. */
    private String describe(LDAPException e) {
        String where = settings.url().toString();
        ResultCode code = e.getResultCode();
        if (code == ResultCode.INVALID_CREDENTIALS) {
            return "The directory at " + where + " refused the bind as '" + settings.bindDn()
                    + "' (invalid credentials): nothing was changed.";
        }
        if (code == ResultCode.CONNECT_ERROR || code == ResultCode.SERVER_DOWN || code == ResultCode.TIMEOUT) {
            return "The directory at " + where + " could not be reached (" + code.getName() + "): nothing was changed.";
        }
        if (code == ResultCode.NO_SUCH_OBJECT) {
            return "The directory at " + where + " has no base DN '" + settings.baseDn() + "': nothing was changed.";
        }
        if (code == ResultCode.FILTER_ERROR) {
            return "The directory filter '" + settings.filter() + "' is not valid LDAP: nothing was changed.";
        }
        String detail = e.getDiagnosticMessage() == null ? "" : ": " + e.getDiagnosticMessage();
        return "The directory at " + where + " failed (" + code.getName() + detail + "): nothing was changed.";
    }
}
