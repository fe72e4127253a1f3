package org.hub.web.demo;

import java.util.List;
import java.util.Map;

/**
 * Generic fragments ({@code phrases.yml}) that wrap a {@link Topic}'s own text so that threads on the
 * same topic read differently. Openers and closers are bare sentences: {@link #before} and
 * {@link #after} make them paragraphs of their own, and an empty one adds nothing.
 */
record Phrases(
        List<String> questionOpeners,
        List<String> questionClosers,
        List<String> genericQuestionBodies,
        List<String> discussionOpeners,
        List<String> discussionClosers,
        List<String> answerOpeners,
        List<String> contributionOpeners,
        List<String> answerAddons,
        List<String> agreements,
        List<String> followUps,
        List<String> discussionReplies,
        List<String> discussionFollowUps,
        List<String> discussionTitles,
        List<String> questionExtraTags,
        List<String> discussionExtraTags,
        List<String> weekdays,
        List<String> months,
        List<String> days,
        Map<String, List<String>> teams) {

    Phrases {
        teams = Map.copyOf(teams);
    }

    /** An opener as the paragraph before the text. */
    static String before(String opener) {
        return opener.isEmpty() ? "" : opener + "\n\n";
    }

    /** A closer as the paragraph after the text. */
    static String after(String closer) {
        return closer.isEmpty() ? "" : "\n\n" + closer;
    }
}
