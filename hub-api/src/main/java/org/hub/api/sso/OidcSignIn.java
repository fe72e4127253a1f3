package org.hub.api.sso;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCScopeValue;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hub.api.auth.AuthService;
import org.hub.api.auth.SecretTokens;
import org.hub.api.common.HubException;
import org.hub.api.people.ExternalPeople;
import org.hub.api.users.User;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signing in through the organisation's OpenID Connect provider: the authorization-code flow with
 * PKCE (S256), {@code state} and {@code nonce}, then the Hub session a password sign-in would give.
 *
 * <p>The state is checked twice: it must match the copy in the browser's short-lived cookie (so an
 * attacker cannot finish their own sign-in in someone else's browser) and a pending sign-in stored
 * under its digest, which is deleted as it is used (so it works once). The ID token's signature,
 * issuer, audience, expiry and nonce are checked by Nimbus' {@code IDTokenValidator}.
 */
public final class OidcSignIn {
    private static final Logger LOG = LoggerFactory.getLogger(OidcSignIn.class);
    /** How long someone may take at the provider's sign-in page. */
    private static final Duration PENDING_LIFETIME = Duration.ofMinutes(10);

    private static final Pattern ERROR_CODE = Pattern.compile("[a-z_]{1,50}");
    static final String STALE =
            "This sign-in has expired, was already used or was started in another browser: sign in again.";
    static final String NOT_VERIFIED = "The sign-in provider's answer could not be verified: sign in again.";

    private final Jdbi jdbi;
    private final OidcSettings settings;
    private final OidcProvider provider;
    private final ClaimMapping claims;
    private final ExternalPeople people;
    private final AuthService auth;
    private final Clock clock;

    public OidcSignIn(
            Jdbi jdbi,
            OidcSettings settings,
            OidcProvider provider,
            ExternalPeople people,
            AuthService auth,
            Clock clock) {
        this.jdbi = jdbi;
        this.settings = settings;
        this.provider = provider;
        this.claims = new ClaimMapping(settings);
        this.people = people;
        this.auth = auth;
        this.clock = clock;
    }

    /** Where to send the browser, and the state to keep in its cookie until it comes back. */
    public record Started(URI authorizationUri, String state) {}

    /** The new Hub session, and where the person was going when they started signing in. */
    public record SignedIn(AuthService.IssuedSession session, String returnTo) {}

    public String providerName() {
        return settings.providerName();
    }

    /**
     * The origin the browser is sent to on signing out (the issuer's: Entra ID's and Keycloak's
     * end-session endpoints live there), known without asking the provider.
     */
    public String signOutOrigin() {
        URI issuer = settings.issuer();
        return issuer.getScheme() + "://" + issuer.getRawAuthority();
    }

    public Duration pendingLifetime() {
        return PENDING_LIFETIME;
    }

    /** Starts a sign-in that returns to {@code returnTo} (a local path, already checked). */
    public Started start(String returnTo) {
        OIDCProviderMetadata metadata = provider.resolved().metadata();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        Instant now = clock.instant();
        jdbi.useHandle(handle -> {
            PendingLoginDao pending = handle.attach(PendingLoginDao.class);
            pending.deleteExpired(now);
            pending.insert(
                    SecretTokens.digest(state.getValue()),
                    nonce.getValue(),
                    verifier.getValue(),
                    returnTo,
                    now,
                    now.plus(PENDING_LIFETIME));
        });
        Scope scope = Scope.parse(settings.scopes());
        if (scope == null) {
            scope = new Scope();
        }
        scope.add(OIDCScopeValue.OPENID);
        AuthenticationRequest request = new AuthenticationRequest.Builder(
                        ResponseType.CODE, scope, new ClientID(settings.clientId()), settings.redirectUri())
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build();
        return new Started(request.toURI(), state.getValue());
    }

    /**
     * Finishes a sign-in from the provider's redirect back.
     *
     * @param query the callback's raw query string
     * @param browserState the state from the browser's cookie, if it still has one
     */
    public SignedIn finish(String query, String browserState) {
        AuthenticationResponse response;
        try {
            response = AuthenticationResponseParser.parse(
                    URI.create(settings.redirectUri() + "?" + (query == null ? "" : query)));
        } catch (ParseException | IllegalArgumentException e) {
            throw HubException.badRequest("The answer from the sign-in provider was not understood: sign in again.");
        }
        State state = response.getState();
        if (state == null || browserState == null || !sameText(state.getValue(), browserState)) {
            throw HubException.unauthorized(STALE);
        }
        Optional<PendingLoginDao.PendingLogin> taken =
                jdbi.onDemand(PendingLoginDao.class).take(SecretTokens.digest(state.getValue()));
        if (taken.isEmpty() || taken.get().expiresAt().isBefore(clock.instant())) {
            throw HubException.unauthorized(STALE);
        }
        PendingLoginDao.PendingLogin pending = taken.get();
        if (!response.indicatesSuccess()) {
            throw HubException.unauthorized(refusal(((AuthenticationErrorResponse) response).getErrorObject()));
        }
        AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
        if (code == null) {
            throw HubException.badRequest("The sign-in provider sent no authorization code: sign in again.");
        }
        OidcProvider.Resolved resolved = provider.resolved();
        JWT idToken = exchange(resolved.metadata(), code, new CodeVerifier(pending.codeVerifier()));
        IDTokenClaimsSet verified;
        try {
            verified = resolved.validator().validate(idToken, new Nonce(pending.nonce()));
        } catch (BadJOSEException | JOSEException e) {
            // The reason (bad signature, wrong audience, expired, nonce) is for the log, not the page.
            LOG.warn("Refused an ID token from {}: {}", settings.issuer(), e.getMessage());
            throw HubException.unauthorized(NOT_VERIFIED);
        }
        User user = people.signIn(claims.person(verified));
        return new SignedIn(auth.openSession(user), pending.returnTo());
    }

    /**
     * Where to send the browser after Hub's own sign-out, so that the provider's session ends too
     * (RP-initiated logout): only for someone who signed in through it, and only when the provider
     * has an end-session endpoint.
     */
    public Optional<URI> signOutUri(User user) {
        if (!people.isExternal(user)) {
            return Optional.empty();
        }
        OIDCProviderMetadata metadata;
        try {
            metadata = provider.resolved().metadata();
        } catch (HubException unreachable) {
            return Optional.empty();
        }
        if (metadata.getEndSessionEndpointURI() == null) {
            return Optional.empty();
        }
        return Optional.of(new LogoutRequest(
                        metadata.getEndSessionEndpointURI(),
                        null,
                        null,
                        new ClientID(settings.clientId()),
                        settings.afterSignOutUri(),
                        null,
                        null)
                .toURI());
    }

    private JWT exchange(OIDCProviderMetadata metadata, AuthorizationCode code, CodeVerifier verifier) {
        TokenRequest request = new TokenRequest.Builder(
                        metadata.getTokenEndpointURI(),
                        clientAuthentication(metadata),
                        new AuthorizationCodeGrant(code, settings.redirectUri(), verifier))
                .build();
        HTTPRequest http = request.toHTTPRequest();
        int timeout = (int) settings.timeout().toMillis();
        http.setConnectTimeout(timeout);
        http.setReadTimeout(timeout);
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException e) {
            LOG.warn("The token endpoint of {} did not answer: {}", settings.issuer(), e.toString());
            throw new HubException(503, OidcProvider.UNREACHABLE);
        } catch (ParseException e) {
            LOG.warn(
                    "The token endpoint of {} answered what is not a token response: {}",
                    settings.issuer(),
                    e.getMessage());
            throw HubException.unauthorized(NOT_VERIFIED);
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = response.toErrorResponse().getErrorObject();
            LOG.warn("The token endpoint of {} refused the code: {}", settings.issuer(), error);
            throw HubException.unauthorized(refusal(error));
        }
        JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse())
                .getOIDCTokens()
                .getIDToken();
        if (idToken == null) {
            throw HubException.unauthorized(NOT_VERIFIED);
        }
        return idToken;
    }

    private ClientAuthentication clientAuthentication(OIDCProviderMetadata metadata) {
        ClientID id = new ClientID(settings.clientId());
        Secret secret = new Secret(settings.clientSecret());
        List<ClientAuthenticationMethod> methods = metadata.getTokenEndpointAuthMethods();
        if (methods != null
                && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST)) {
            return new ClientSecretPost(id, secret);
        }
        return new ClientSecretBasic(id, secret);
    }

    /** The provider's refusal as a message: its error code only, never its free text (anyone can craft a callback). */
    private static String refusal(ErrorObject error) {
        String code = error == null ? null : error.getCode();
        return "The sign-in provider did not sign you in"
                + (code != null && ERROR_CODE.matcher(code).matches() ? " (" + code + ")" : "")
                + ": try again, or ask your IT service desk.";
    }

    private static boolean sameText(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
