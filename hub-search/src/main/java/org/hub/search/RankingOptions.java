package org.hub.search;

/**
 * Relevance knobs. The defaults are the settings that won on the Cranfield benchmark (see
 * README); change them only with a measurement.
 *
 * @param k1 BM25 term-frequency saturation
 * @param b BM25 length normalisation
 * @param titleBoost weight of a title match relative to body
 * @param tagsBoost weight of a tag match relative to body
 * @param tieBreaker how much the non-best fields add for one term (0 = pure max, 1 = sum)
 * @param minShouldMatch fraction of query terms a hit must contain when the query has more than
 *     {@link #allRequiredUpTo} terms; up to that, every term is required
 * @param allRequiredUpTo queries with at most this many terms require all of them
 * @param proximityBoost weight of word pairs of the query found near each other
 * @param proximitySlop how far apart a word pair may be
 * @param titlePhraseBoost weight of the whole query appearing as a phrase in the title
 * @param answeredBoost multiplier for answered threads and accepted answers (1 = none)
 * @param promotedBoost multiplier for published guidance and promoted posts (1 = none)
 * @param feedbackDocs how many top hits of a long query feed pseudo-relevance feedback (0 = off)
 * @param feedbackTerms how many of their words are added to the query
 * @param feedbackWeight weight of the added words relative to the words typed
 */
public record RankingOptions(
        float k1,
        float b,
        float titleBoost,
        float tagsBoost,
        float tieBreaker,
        float minShouldMatch,
        int allRequiredUpTo,
        float proximityBoost,
        int proximitySlop,
        float titlePhraseBoost,
        float answeredBoost,
        float promotedBoost,
        int feedbackDocs,
        int feedbackTerms,
        float feedbackWeight) {

    public RankingOptions {
        if (k1 < 0 || b < 0 || b > 1) {
            throw new IllegalArgumentException("BM25 needs k1 >= 0 and 0 <= b <= 1");
        }
        if (minShouldMatch < 0 || minShouldMatch > 1 || tieBreaker < 0 || tieBreaker > 1) {
            throw new IllegalArgumentException("minShouldMatch and tieBreaker are fractions");
        }
        if (answeredBoost < 1 || promotedBoost < 1) {
            throw new IllegalArgumentException("boosts are multipliers >= 1");
        }
        if (feedbackDocs < 0 || feedbackTerms < 0 || feedbackWeight < 0) {
            throw new IllegalArgumentException("feedback settings must not be negative");
        }
    }

    public static RankingOptions defaults() {
        return new RankingOptions(2.2f, 0.75f, 1f, 1.5f, 0.7f, 0f, 3, 0.1f, 3, 0f, 1.1f, 1.2f, 5, 40, 0.5f);
    }
}
