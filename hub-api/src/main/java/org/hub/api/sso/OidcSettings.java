package org.hub.api.sso;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * How Hub signs people in through an OpenID Connect provider.
 *
 * @param issuer the provider's issuer: its discovery document is {@code issuer/.well-known/openid-configuration}
 * @param providerName what the "Sign in with …" button names
 * @param publicUrl Hub's own address as people's browsers reach it; the redirect URI registered
 *     with the provider is {@code publicUrl/login/sso/callback}. Configured rather than taken from
 *     the request, whose Host header anyone can set.
 * @param scopes space-separated, {@code openid} always among them
 * @param allowedEmailDomains when not empty, only people whose email is at one of these may sign in
 * @param timeout for each request to the provider
 */
public record OidcSettings(
        URI issuer,
        String clientId,
        String clientSecret,
        String providerName,
        URI publicUrl,
        String scopes,
        Claims claims,
        List<String> allowedEmailDomains,
        Duration timeout) {

    /** Which claims of the ID token (or userinfo) give a person's Hub profile. */
    public record Claims(String username, String email, String displayName, String department) {}

    public static final String CALLBACK_PATH = "/login/sso/callback";

    public OidcSettings {
        allowedEmailDomains = allowedEmailDomains.stream()
                .map(domain -> domain.strip().toLowerCase(Locale.ROOT))
                .filter(domain -> !domain.isEmpty())
                .toList();
        String base = publicUrl.toString();
        publicUrl = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }

    public URI redirectUri() {
        return URI.create(publicUrl + CALLBACK_PATH);
    }

    public static final String SIGNED_OUT_PATH = "/login/sso/signed-out";

    /**
     * Where the provider sends the browser back after signing out there: a path without a query
     * string, since Entra ID accepts none in registered redirect URIs.
     */
    public URI afterSignOutUri() {
        return URI.create(publicUrl + SIGNED_OUT_PATH);
    }

    public boolean allowsEmail(String email) {
        if (allowedEmailDomains.isEmpty()) {
            return true;
        }
        String domain = email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        return allowedEmailDomains.contains(domain);
    }
}
