package org.hub.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Bearer secrets are long, URL-safe and unique; they are stored as their SHA-256 in hex. */
class SecretTokensTest {
    @Test
    void secretsCarryThePrefixAnd256RandomBitsUrlSafe() {
        String secret = SecretTokens.newSecret("hub_");
        assertThat(secret).startsWith("hub_");
        // 32 bytes in unpadded base64url are 43 characters.
        assertThat(secret.substring(4)).matches("[A-Za-z0-9_-]{43}");
        assertThat(SecretTokens.newSecret("")).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void secretsDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(SecretTokens.newSecret(""))).isTrue();
        }
    }

    @Test
    void digestIsSha256InLowercaseHex() {
        assertThat(SecretTokens.digest("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        String secret = SecretTokens.newSecret("hub_");
        assertThat(SecretTokens.digest(secret))
                .hasSize(64)
                .matches("[0-9a-f]{64}")
                .isEqualTo(SecretTokens.digest(secret))
                .doesNotContain(secret);
    }
}
