package org.hub.api.auth;

import java.util.Optional;

/**
 * Whether people may sign in with a Hub password. An organisation that signs everyone in through
 * its identity provider switches them off, keeping one break-glass administrator who can still
 * sign in with a password when the provider is down or misconfigured.
 *
 * @param breakGlassAdmin the one username that keeps its password when they are off
 */
public record LocalPasswords(boolean enabled, Optional<String> breakGlassAdmin) {
    public static final LocalPasswords ON = new LocalPasswords(true, Optional.empty());

    static final String SWITCHED_OFF =
            "Signing in with a Hub password is switched off: use your organisation's sign-in.";

    public LocalPasswords {
        breakGlassAdmin = breakGlassAdmin.map(String::strip).filter(name -> !name.isEmpty());
    }

    public static LocalPasswords offExceptFor(String breakGlassAdmin) {
        return new LocalPasswords(false, Optional.ofNullable(breakGlassAdmin));
    }

    /** Whether this username may use a password at all; says nothing of whether it exists. */
    public boolean allow(String username) {
        return enabled || breakGlassAdmin.filter(name -> name.equals(username)).isPresent();
    }
}
