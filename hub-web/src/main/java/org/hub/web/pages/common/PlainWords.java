package org.hub.web.pages.common;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services' messages name their API field ("displayName must be 1 to 200 characters."), which
 * is right for API clients but not for a person at a form, who sees a label. This rewrites the
 * common shapes in plain words about that label ("Enter a name of 200 characters or fewer."), so
 * every page says it the same way without each form repeating the rules.
 */
final class PlainWords {
    /** What each API field is called on the forms, as the object of "Enter …". */
    private static final Map<String, String> NOUNS = Map.ofEntries(
            Map.entry("title", "a title"),
            Map.entry("body", "the details"),
            Map.entry("tags", "tags"),
            Map.entry("name", "a name"),
            Map.entry("displayname", "a name"),
            Map.entry("description", "a description"),
            Map.entry("slug", "a short name for the web address"),
            Map.entry("username", "a username"),
            Map.entry("email", "an email address"),
            Map.entry("password", "a password"),
            Map.entry("reason", "a reason"),
            Map.entry("summary", "a summary"),
            Map.entry("reviewby", "a review date"),
            Map.entry("synonyms", "synonyms"),
            Map.entry("role", "a role"),
            Map.entry("visibility", "who can see the group"),
            Map.entry("kind", "the kind of thread"),
            Map.entry("department", "a department"),
            Map.entry("group", "a group"));

    private static final Pattern EMPTY = Pattern.compile("(\\w+) must not be empty\\.?");
    private static final Pattern RANGE = Pattern.compile("(\\w+) must be (\\d+) to (\\d+) (characters|.*)\\.?");
    private static final Pattern AT_MOST = Pattern.compile("(\\w+) must be at most (\\d+) characters\\.?");
    private static final Pattern AT_LEAST = Pattern.compile("(\\w+) must be at least (\\d+) characters\\.?");
    private static final Pattern ONE_OF = Pattern.compile("(\\w+) must be one of .*");
    private static final Pattern EMAIL = Pattern.compile("email must be an email address\\.?");
    private static final Pattern DATE = Pattern.compile("(\\w+) must be a date like (\\S+?)\\.?");
    private static final Pattern VERSION = Pattern.compile("version must be .*");
    private static final Pattern LEADING_FIELD = Pattern.compile("^([a-z]+[A-Z]\\w*|[a-z]+)( must .*)$");

    private PlainWords() {}

    /** {@code message} in plain words, with {@code nouns} naming fields where this form differs. */
    static String of(String message, Map<String, String> nouns) {
        Matcher m;
        if ((m = EMAIL.matcher(message)).matches()) {
            return "Enter an email address, like name@example.org.";
        }
        if ((m = EMPTY.matcher(message)).matches()) {
            return "Enter " + noun(m.group(1), nouns) + ".";
        }
        if ((m = RANGE.matcher(message)).matches() && m.group(4).equals("characters")) {
            return "Enter " + noun(m.group(1), nouns) + " of " + m.group(3) + " characters or fewer.";
        }
        if ((m = RANGE.matcher(message)).matches()) {
            return "Enter " + noun(m.group(1), nouns) + " of " + m.group(2) + " to " + m.group(3) + " "
                    + m.group(4).replaceAll("\\.$", "") + ".";
        }
        if ((m = AT_MOST.matcher(message)).matches()) {
            return "Shorten " + noun(m.group(1), nouns).replaceFirst("^(a|an) ", "the ") + " to " + m.group(2)
                    + " characters or fewer.";
        }
        if ((m = AT_LEAST.matcher(message)).matches()) {
            return "Enter " + noun(m.group(1), nouns) + " of at least " + m.group(2) + " characters.";
        }
        if ((m = DATE.matcher(message)).matches()) {
            return "Enter " + noun(m.group(1), nouns) + " as a date like " + m.group(2) + ".";
        }
        if ((m = ONE_OF.matcher(message)).matches()) {
            return "Choose " + noun(m.group(1), nouns) + " from the list.";
        }
        if (VERSION.matcher(message).matches()) {
            return "Someone else saved a change while you were editing: check the text below, then save again.";
        }
        if ((m = LEADING_FIELD.matcher(message)).matches()) {
            String noun = noun(m.group(1), nouns).replaceFirst("^(a|an) ", "the ");
            return Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + m.group(2);
        }
        return message;
    }

    private static String noun(String field, Map<String, String> nouns) {
        String own = nouns.get(field);
        if (own != null) {
            return own;
        }
        String common = NOUNS.get(field.toLowerCase(Locale.ROOT));
        // An unknown field is still not shown as code: "sourcePostId" reads "source post id".
        return common != null
                ? common
                : field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
