package org.hub.web.pages.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hub.api.common.HubException;

/**
 * Errors of a submitted form, tied to the field they are about, for the error summary at the top
 * of the page and the message above each field. The services' messages name their field first
 * ("title must be 1 to 200 characters."), which is how they are matched to the form's fields;
 * they are then put in plain words ({@link PlainWords}), never naming an API field.
 */
public final class FormErrors {
    /** One line of the error summary: links to the field's id. */
    public record Entry(String field, String message) {}

    private final Map<String, String> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    /**
     * The service's errors, each given to the first of {@code fields} it names, or to
     * {@code fallbackField} when it names none of them.
     */
    public static FormErrors from(HubException e, String fallbackField, String... fields) {
        return from(e, Map.of(), fallbackField, fields);
    }

    /**
     * As {@link #from(HubException, String, String...)}, with the messages in plain words about
     * the field the person sees; {@code nouns} names a field where this form calls it something
     * else (the reply form's {@code body} is "your answer").
     */
    public static FormErrors from(HubException e, Map<String, String> nouns, String fallbackField, String... fields) {
        FormErrors errors = new FormErrors();
        List<String> messages = e.errors().isEmpty() ? List.of(e.getMessage()) : e.errors();
        for (String message : messages) {
            String lower = message.toLowerCase(Locale.ROOT);
            String field = Arrays.stream(fields)
                    .filter(f -> lower.startsWith(f.toLowerCase(Locale.ROOT) + " "))
                    .findFirst()
                    .orElse(fallbackField);
            errors.add(field, sentence(PlainWords.of(message, nouns)));
        }
        return errors;
    }

    /** The same errors with each field renamed {@code prefix + field}, for pages with several forms. */
    public FormErrors prefixed(String prefix) {
        FormErrors renamed = new FormErrors();
        byField.forEach((field, message) -> renamed.add(prefix + field, message));
        return renamed;
    }

    public FormErrors add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    /** Field name to its message, for {@code {{#errors.field.title}}} in templates. */
    public Map<String, String> field() {
        return byField;
    }

    public List<Entry> summary() {
        List<Entry> entries = new ArrayList<>();
        byField.forEach((field, message) -> entries.add(new Entry(field, message)));
        return entries;
    }

    private static String sentence(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
