package org.hub.api.sso;

import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hub.api.common.HubException;
import org.hub.api.people.ExternalPerson;
import org.hub.api.people.UserService;

/**
 * Reads a person's Hub profile from a verified ID token's claims, under the claim names configured
 * (they differ between providers: Entra ID's {@code preferred_username} is an email address,
 * Keycloak's a plain name), and refuses who may not sign in.
 */
final class ClaimMapping {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{1,63}");

    private final OidcSettings settings;

    ClaimMapping(OidcSettings settings) {
        this.settings = settings;
    }

    ExternalPerson person(IDTokenClaimsSet claims) {
        OidcSettings.Claims names = settings.claims();
        String email = text(claims, names.email())
                .map(value -> value.strip())
                .filter(value -> value.length() <= 320 && EMAIL.matcher(value).matches())
                .orElseThrow(() -> HubException.forbidden(
                        "The sign-in provider gave no email address for you (claim '" + names.email() + "')."));
        if (Boolean.FALSE.equals(claims.getBooleanClaim("email_verified"))) {
            throw HubException.forbidden("The sign-in provider has not verified your email address.");
        }
        if (!settings.allowsEmail(email)) {
            throw HubException.forbidden("Your email address is not at a domain allowed to sign in to this Hub.");
        }
        String username = text(claims, names.username())
                .map(ClaimMapping::username)
                .filter(name -> UserService.USERNAME.matcher(name).matches())
                .orElseThrow(() -> HubException.forbidden("The sign-in provider gave no username Hub can use (claim '"
                        + names.username() + "': 3 to 40 letters, digits, dots, hyphens or underscores)."));
        String displayName = text(claims, names.displayName())
                .map(String::strip)
                .filter(name -> !name.isEmpty() && name.length() <= 200)
                .orElse(username);
        Optional<String> department = text(claims, names.department());
        return new ExternalPerson(
                claims.getIssuer().getValue(),
                claims.getSubject().getValue(),
                username,
                email,
                displayName,
                department);
    }

    /** An email-shaped username ({@code jane.doe@council.gov.uk}) gives its local part, lowercased. */
    static String username(String value) {
        String name = value.strip().toLowerCase(Locale.ROOT);
        int at = name.indexOf('@');
        return at > 0 ? name.substring(0, at) : name;
    }

    /** A claim as text: a string, or the first of a list of strings (groups, departments). */
    private static Optional<String> text(IDTokenClaimsSet claims, String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Object value = claims.getClaim(name);
        if (value instanceof List<?> list && !list.isEmpty()) {
            value = list.get(0);
        }
        return value instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
    }
}
