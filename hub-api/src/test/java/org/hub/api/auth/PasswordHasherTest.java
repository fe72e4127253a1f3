package org.hub.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Argon2id hashes: PHC format, salted, verified with the parameters stored in the hash, never throwing. */
class PasswordHasherTest {
    /** Low memory keeps the suite fast; the algorithm is the same as production's. */
    private final PasswordHasher hasher = new PasswordHasher(1024, 2, 1);

    @Test
    void rightPasswordVerifiesAndWrongOneDoesNot() {
        String hash = hasher.hash("correct horse battery staple");
        assertThat(hasher.verify("correct horse battery staple", hash)).isTrue();
        assertThat(hasher.verify("correct horse battery stapler", hash)).isFalse();
        assertThat(hasher.verify("", hash)).isFalse();
    }

    @Test
    void hashIsInPhcFormatWithItsParameters() {
        String hash = hasher.hash("some long password");
        assertThat(hash).matches("\\$argon2id\\$v=19\\$m=1024,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(hash).doesNotContain("some long password");
    }

    @Test
    void defaultUsesOwaspParameters() {
        String hash = PasswordHasher.DEFAULT.hash("some long password");
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(PasswordHasher.DEFAULT.verify("some long password", hash)).isTrue();
    }

    @Test
    void samePasswordGetsADifferentSaltEachTime() {
        assertThat(hasher.hash("the same password")).isNotEqualTo(hasher.hash("the same password"));
    }

    @Test
    void verifiesHashesMadeWithOtherParameters() {
        String stronger = new PasswordHasher(2048, 3, 1).hash("parameters travel with the hash");
        assertThat(hasher.verify("parameters travel with the hash", stronger)).isTrue();
        assertThat(hasher.verify("another password entirely", stronger)).isFalse();
    }

    @Test
    void malformedHashesAnswerFalseInsteadOfThrowing() {
        String good = hasher.hash("a password of some length");
        String[] parts = good.split("\\$");
        for (String bad : new String[] {
            "",
            "plain text",
            "$argon2i$v=19$m=1024,t=2,p=1$" + parts[4] + "$" + parts[5],
            "$argon2id$v=19$m=1024,t=2$" + parts[4],
            "$argon2id$v=19$m=abc,t=2,p=1$" + parts[4] + "$" + parts[5],
            "$argon2id$v=19$m=1024,t=2,p=1,x=3$" + parts[4] + "$" + parts[5],
            "$argon2id$v=19$m=1024,t=2,p=1$***$" + parts[5],
            "$argon2id$v=19$m=1024,t=0,p=1$" + parts[4] + "$" + parts[5]
        }) {
            assertThat(hasher.verify("a password of some length", bad)).as(bad).isFalse();
        }
    }

    @Test
    void unicodePasswordsRoundTrip() {
        String hash = hasher.hash("pässwörd-ünïcode-密码");
        assertThat(hasher.verify("pässwörd-ünïcode-密码", hash)).isTrue();
        assertThat(hasher.verify("passwordunicode", hash)).isFalse();
    }
}
