package org.hub.web.sso;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.Headers;

/**
 * A real OpenID Connect provider in-process (NAV's mock-oauth2-server: discovery, JWKS,
 * authorization and token endpoints, signed ID tokens), with the people it signs in.
 */
final class TestProvider implements AutoCloseable {
    static final String ISSUER_ID = "hub-test";
    static final String CLIENT_ID = "hub";

    /** Made-up token responses, answered in place of the real token endpoint's while there are any. */
    private final java.util.Queue<String> plannedTokenResponses = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private final MockOAuth2Server server = new MockOAuth2Server(new PlannedTokenResponses());

    TestProvider() {
        server.start();
        warmUp();
    }

    /**
     * Asks for the discovery document once, patiently: the provider's first answer loads a good
     * deal of code, and on a busy machine could outlast Hub's own timeout in the first test.
     */
    private void warmUp() {
        try {
            java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(
                                            server.wellKnownUrl(ISSUER_ID).uri())
                                    .timeout(java.time.Duration.ofSeconds(60))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI issuer() {
        return server.issuerUrl(ISSUER_ID).uri();
    }

    URI endSessionEndpoint() {
        return server.endSessionEndpointUrl(ISSUER_ID).uri();
    }

    /** A person of the organisation, as the provider's claims describe them. */
    record Person(String subject, String username, String email, String name, String department) {
        static Person unique(String prefix, String department) {
            String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
            return new Person(
                    UUID.randomUUID().toString(),
                    name + "@council.example",
                    name + "@council.example",
                    "Test " + name,
                    department);
        }

        String hubUsername() {
            return username.substring(0, username.indexOf('@'));
        }

        Map<String, Object> claims() {
            Map<String, Object> claims =
                    new java.util.HashMap<>(Map.of("preferred_username", username, "email", email, "name", name));
            if (department != null) {
                claims.put("department", department);
            }
            return claims;
        }
    }

    /** The next code the provider issues signs in this person. */
    void nextSignIn(Person person) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(
                ISSUER_ID, person.subject(), JOSEObjectType.JWT.getType(), List.of(CLIENT_ID), person.claims(), 3600));
    }

    /** An ID token signed by the provider's real key, with the claims and audience and lifetime given. */
    SignedJWT idToken(Person person, String nonce, List<String> audience, long expirySeconds) {
        Map<String, Object> claims = new java.util.HashMap<>(person.claims());
        claims.put("nonce", nonce);
        return server.issueToken(
                ISSUER_ID,
                CLIENT_ID,
                new DefaultOAuth2TokenCallback(
                        ISSUER_ID, person.subject(), JOSEObjectType.JWT.getType(), audience, claims, expirySeconds));
    }

    /** The provider's next token response carries this ID token (signed or not, valid or not). */
    void nextTokenResponse(String idToken) {
        plannedTokenResponses.add("{\"access_token\":\"not-used\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                + "\"id_token\":\"" + idToken + "\"}");
    }

    /**
     * Answers the token endpoint with a planned response while there is one, ahead of the
     * provider's own routes (the server tries added routes first).
     */
    private final class PlannedTokenResponses implements Route {
        @Override
        public boolean match(OAuth2HttpRequest request) {
            return request.getMethod().equals("POST")
                    && request.getUrl().encodedPath().endsWith("/token")
                    && !plannedTokenResponses.isEmpty();
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            return new OAuth2HttpResponse(
                    Headers.of("Content-Type", "application/json", "Cache-Control", "no-store"),
                    200,
                    plannedTokenResponses.remove(),
                    null);
        }
    }

    /** The token with its payload changed (another username) and the original signature kept. */
    static String tampered(SignedJWT token, String otherUsername) {
        String[] parts = token.serialize().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8);
        String changed = payload.replaceFirst(
                "\"preferred_username\":\"[^\"]*\"", "\"preferred_username\":\"" + otherUsername + "\"");
        if (changed.equals(payload)) {
            throw new AssertionError("Nothing to tamper with in " + payload);
        }
        return parts[0] + "."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(changed.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "." + parts[2];
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
