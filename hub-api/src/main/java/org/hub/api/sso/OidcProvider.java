package org.hub.api.sso;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hub.api.common.HubException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provider as its discovery document describes it, and the ID token validator built from it.
 * Resolved on first use rather than at start-up, so that Hub starts (and local sign-in works) while
 * the provider is unreachable; a failed resolution is tried again by the next sign-in.
 *
 * <p>The signing keys come from the provider's JWKS through Nimbus' caching source, which fetches
 * the set again when a token names a key it does not hold: the provider may rotate its keys
 * without Hub restarting.
 */
public final class OidcProvider {
    private static final Logger LOG = LoggerFactory.getLogger(OidcProvider.class);
    private static final int MAX_JWKS_BYTES = 512 * 1024;
    static final String UNREACHABLE = "The sign-in provider cannot be reached just now: try again in a minute.";

    /** The discovery document and the validator made from it. */
    record Resolved(OIDCProviderMetadata metadata, IDTokenValidator validator) {}

    private final OidcSettings settings;
    private volatile Resolved resolved;

    public OidcProvider(OidcSettings settings) {
        this.settings = settings;
    }

    Resolved resolved() {
        Resolved current = resolved;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (resolved == null) {
                resolved = resolve();
            }
            return resolved;
        }
    }

    private Resolved resolve() {
        int timeout = (int) settings.timeout().toMillis();
        Issuer issuer = new Issuer(settings.issuer());
        try {
            // Nimbus checks that the document's issuer is exactly the one configured.
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(issuer, timeout, timeout);
            JWKSource<SecurityContext> keys = JWKSourceBuilder.create(
                            metadata.getJWKSetURI().toURL(),
                            new DefaultResourceRetriever(timeout, timeout, MAX_JWKS_BYTES))
                    .build();
            JWSVerificationKeySelector<SecurityContext> selector =
                    new JWSVerificationKeySelector<>(signingAlgorithms(metadata), keys);
            IDTokenValidator validator =
                    new IDTokenValidator(issuer, new ClientID(settings.clientId()), selector, null);
            return new Resolved(metadata, validator);
        } catch (GeneralException | IOException | IllegalArgumentException e) {
            LOG.warn("Cannot read the discovery document of {}: {}", settings.issuer(), e.toString());
            throw new HubException(503, UNREACHABLE);
        }
    }

    /**
     * The provider's ID token algorithms, public-key ones only: an HMAC-signed token would be keyed
     * by the client secret, and "none" is no signature at all.
     */
    private static Set<JWSAlgorithm> signingAlgorithms(OIDCProviderMetadata metadata) {
        List<JWSAlgorithm> offered = metadata.getIDTokenJWSAlgs() == null ? List.of() : metadata.getIDTokenJWSAlgs();
        Set<JWSAlgorithm> algorithms = new LinkedHashSet<>();
        for (JWSAlgorithm algorithm : offered) {
            if (JWSAlgorithm.Family.SIGNATURE.contains(algorithm)) {
                algorithms.add(algorithm);
            }
        }
        if (algorithms.isEmpty()) {
            algorithms.add(JWSAlgorithm.RS256);
        }
        return algorithms;
    }
}
