package org.hub.api.auth;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which passwords are accepted, as NIST SP 800-63B asks: at least {@value #MIN_LENGTH} characters,
 * and not easy to guess: not a common or breached password, a dictionary word, a keyboard walk,
 * a repetition or a sequence, nor built from the person's own name, username or email or the name
 * of this service. The guessing is zxcvbn's (zxcvbn4j), a maintained estimator with its own lists
 * of common passwords, names and words; a password must need at least 10^8 guesses (score 3 of 4).
 * No rules on character classes, as NIST advises against them.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 1000;
    public static final PasswordPolicy DEFAULT = new PasswordPolicy();

    static final int MIN_SCORE = 3;
    /** zxcvbn's time grows with length; past this many characters a password is strong by length alone. */
    private static final int MEASURED_PREFIX = 100;

    private static final List<String> SERVICE_WORDS = List.of("hub", "knowledge", "knowledgehub");
    private static final String USER_INPUTS = "user_inputs";

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /**
     * What is wrong with this password for this person, as messages for them; empty if it is accepted.
     *
     * @param personal the person's username, display name, email and so on; nulls are ignored
     */
    public List<String> problems(String password, String... personal) {
        if (password == null || password.length() < MIN_LENGTH) {
            return List.of("password must be at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            return List.of("password must be at most " + MAX_LENGTH + " characters.");
        }
        Strength strength = zxcvbn.measure(
                password.length() > MEASURED_PREFIX ? password.substring(0, MEASURED_PREFIX) : password,
                inputs(personal));
        if (strength.getScore() >= MIN_SCORE) {
            return List.of();
        }
        return List.of("password is too easy to guess: " + reason(strength));
    }

    private static String reason(Strength strength) {
        boolean personal = strength.getSequence().stream()
                .anyMatch(m -> m.pattern == Pattern.Dictionary && USER_INPUTS.equals(m.dictionaryName));
        if (personal) {
            return "it is built from your own name, username or email, or the name of this service. "
                    + "Choose something unrelated to you, such as a few uncommon words.";
        }
        String warning = strength.getFeedback().getWarning(Locale.ENGLISH);
        List<String> suggestions = strength.getFeedback().getSuggestions(Locale.ENGLISH);
        StringBuilder text = new StringBuilder();
        if (warning != null && !warning.isBlank()) {
            text.append(warning.strip());
            if (!warning.strip().endsWith(".")) {
                text.append('.');
            }
        } else {
            text.append("it is a common pattern.");
        }
        for (String suggestion : suggestions) {
            text.append(' ').append(suggestion.strip());
        }
        if (suggestions.isEmpty()) {
            text.append(" A few uncommon words together are easy to remember and hard to guess.");
        }
        return text.toString();
    }

    /** The personal words, whole and in pieces: "Ada Lovelace" also as "ada" and "lovelace". */
    private static List<String> inputs(String... personal) {
        Set<String> words = new LinkedHashSet<>(SERVICE_WORDS);
        for (String value : personal) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String whole = value.strip().toLowerCase(Locale.ROOT);
            words.add(whole);
            int at = whole.indexOf('@');
            if (at > 0) {
                words.add(whole.substring(0, at));
            }
            Arrays.stream(whole.split("[^\\p{L}\\p{N}]+"))
                    .filter(piece -> piece.length() >= 3)
                    .forEach(words::add);
        }
        return new ArrayList<>(words);
    }

    /** For tests: the score zxcvbn gives. */
    int score(String password, String... personal) {
        return zxcvbn.measure(password, inputs(personal)).getScore();
    }
}
