package org.hub.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The password policy: length, common passwords and patterns, the person's own name, and its messages. */
class PasswordPolicyTest {
    private final PasswordPolicy policy = PasswordPolicy.DEFAULT;

    @Test
    void theFindingsExamplesAreRefused() {
        assertThat(policy.problems("aaaaaaaaaaaa", "bob"))
                .singleElement()
                .asString()
                .startsWith("password is too easy to guess: ")
                .contains("easy to guess.");
        assertThat(policy.problems("password1234", "bob"))
                .singleElement()
                .asString()
                .contains("very common password");
        assertThat(policy.problems("bobsmithbobsmith", "bobsmith", "Bob Smith", "bob@example.org"))
                .singleElement()
                .asString()
                .contains("your own name, username or email");
    }

    @Test
    void commonPatternsAreRefused() {
        assertThat(policy.problems("qwertyuiop12")).isNotEmpty();
        assertThat(policy.problems("iloveyou1234")).isNotEmpty();
        assertThat(policy.problems("abcdefghijkl")).isNotEmpty();
        assertThat(policy.problems("123456789012")).isNotEmpty();
    }

    @Test
    void thePersonsOwnNameAndEmailAndTheServiceAreRefused() {
        String[] ada = {"ada.lovelace", "Ada Lovelace", "ada.lovelace@example.org"};
        assertThat(policy.problems("lovelace1815", ada)).isNotEmpty();
        assertThat(policy.problems("ada.lovelace2024", ada)).isNotEmpty();
        assertThat(policy.problems("adminadmin12", "admin", "Administrator", "admin@hub.local"))
                .isNotEmpty();
        assertThat(policy.problems("hubhubhubhub12", "someone")).isNotEmpty();
        assertThat(policy.score("lovelace1815"))
                .as("only weak because it is her name")
                .isGreaterThan(policy.score("lovelace1815", ada));
    }

    @Test
    void lengthIsCheckedFirstWithItsOwnMessage() {
        assertThat(policy.problems(null)).containsExactly("password must be at least 12 characters.");
        assertThat(policy.problems("Xq7#vB2!mP9")).containsExactly("password must be at least 12 characters.");
        assertThat(policy.problems("x".repeat(1001))).containsExactly("password must be at most 1000 characters.");
    }

    @Test
    void passphrasesAndRandomPasswordsAreAccepted() {
        assertThat(policy.problems("correct horse battery staple", "ada")).isEmpty();
        assertThat(policy.problems("plum tundra kettle", "ada")).isEmpty();
        assertThat(policy.problems(SecretTokens.randomText(18), "admin")).isEmpty();
        assertThat(policy.problems("y7Gq-2mLp-Xw9r", "ada")).isEmpty();
        assertThat(policy.problems("a".repeat(40) + SecretTokens.randomText(12) + "b".repeat(500), "ada"))
                .as("long ones are measured quickly on their first part")
                .isEmpty();
    }

    @Test
    void theTestSuitesFixturePasswordsStayAccepted() {
        for (String user : new String[] {"user-1", "user-42", "user-999001"}) {
            assertThat(policy.problems("password-" + user, user, "Test " + user, user + "@example.org"))
                    .as(user)
                    .isEmpty();
        }
        assertThat(policy.problems("admin-password-for-tests", "admin", "Administrator", "admin@hub.local"))
                .isEmpty();
    }
}
