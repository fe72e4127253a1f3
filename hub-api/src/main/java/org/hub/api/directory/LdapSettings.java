package org.hub.api.directory;

import java.net.URI;
import java.time.Duration;

/**
 * Where the staff directory is and how its entries map to Hub people.
 *
 * @param url {@code ldap://host:389} or {@code ldaps://host:636}
 * @param startTls upgrade an {@code ldap://} connection with StartTLS before binding
 * @param bindPassword never logged: {@link #toString()} leaves it out
 * @param breakGlassAdmin the local administrator the sync never touches, whatever the directory says
 */
public record LdapSettings(
        URI url,
        boolean startTls,
        String bindDn,
        String bindPassword,
        String baseDn,
        String filter,
        Attributes attributes,
        int pageSize,
        Duration timeout,
        String breakGlassAdmin) {

    /** The attribute names that give each part of a person (Active Directory's differ from OpenLDAP's). */
    public record Attributes(String username, String email, String displayName, String department, String title) {}

    public boolean ldaps() {
        return "ldaps".equalsIgnoreCase(url.getScheme());
    }

    public int port() {
        return url.getPort() > 0 ? url.getPort() : ldaps() ? 636 : 389;
    }

    @Override
    public String toString() {
        return "LdapSettings[url=" + url + ", startTls=" + startTls + ", bindDn=" + bindDn + ", baseDn=" + baseDn
                + ", filter=" + filter + ", attributes=" + attributes + "]";
    }
}
