package org.hub.search;

import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every commit records beside the data: the last outbox sequence the data reflects (where
 * the indexer resumes after a restart) and the schema it was analysed with (an index written
 * under another schema must be rebuilt, see {@link SearchSchema#VERSION}).
 */
final class CommitData {
    private static final Logger LOG = LoggerFactory.getLogger(CommitData.class);
    static final String SEQUENCE_KEY = "hub.sequence";
    /** Schema version and stemmer the committed data was analysed with. */
    static final String SCHEMA_KEY = "hub.schema";

    private CommitData() {}

    /** Names the analysis and field layout of an index opened with {@code options}. */
    static String schemaId(SearchIndexOptions options) {
        return SearchSchema.VERSION + "/" + options.stemmer().name().toLowerCase(Locale.ROOT);
    }

    /** The user data of a commit covering {@code sequence}, written under {@code schemaId}. */
    static Map<String, String> of(long sequence, String schemaId) {
        return Map.of(SEQUENCE_KEY, Long.toString(sequence), SCHEMA_KEY, schemaId);
    }

    /** The schema a commit was written under, or null when it does not say. */
    static String schema(Iterable<Map.Entry<String, String>> data) {
        return value(data, SCHEMA_KEY);
    }

    /** The sequence a commit covers; 0 for a new index or an unreadable value. */
    static long sequence(Iterable<Map.Entry<String, String>> data) {
        String value = value(data, SEQUENCE_KEY);
        if (value == null) {
            return 0;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            LOG.warn("ignoring unreadable {} in the index commit: {}", SEQUENCE_KEY, value);
            return 0;
        }
    }

    private static String value(Iterable<Map.Entry<String, String>> data, String key) {
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (key.equals(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        return null;
    }
}
