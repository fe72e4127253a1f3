package org.hub.search;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link SearchIndex} behaves. {@code refreshInterval} bounds how stale searches may be
 * (default 200 ms).
 */
public record SearchIndexOptions(Duration refreshInterval, Stemmer stemmer, RankingOptions ranking) {

    /** Stemmer of the English chain; Porter is the default because it measured better (see README). */
    public enum Stemmer {
        PORTER,
        KSTEM
    }

    public SearchIndexOptions {
        refreshInterval = refreshInterval == null ? Duration.ofMillis(200) : refreshInterval;
        if (refreshInterval.isNegative() || refreshInterval.isZero() || refreshInterval.toSeconds() > 60) {
            throw new IllegalArgumentException("refreshInterval must be between 1 ms and 60 s");
        }
        stemmer = stemmer == null ? Stemmer.PORTER : stemmer;
        ranking = ranking == null ? RankingOptions.defaults() : ranking;
    }

    public static SearchIndexOptions defaults() {
        return new SearchIndexOptions(null, null, null);
    }

    public SearchIndexOptions withRanking(RankingOptions newRanking) {
        return new SearchIndexOptions(refreshInterval, stemmer, Objects.requireNonNull(newRanking));
    }

    public SearchIndexOptions withStemmer(Stemmer newStemmer) {
        return new SearchIndexOptions(refreshInterval, Objects.requireNonNull(newStemmer), ranking);
    }
}
