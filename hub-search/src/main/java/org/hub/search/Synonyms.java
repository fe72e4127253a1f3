package org.hub.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Query-time synonyms. Each phrase is run through the index analyzer first and the filter sits at
 * the end of the query chain, so synonyms meet tokens in the same (stemmed) form as the index.
 */
final class Synonyms {
    static final int MAX_GROUPS = 5000;
    static final int MAX_GROUP_SIZE = 20;

    private Synonyms() {}

    /** The query analyzer: {@code base} plus a synonym graph, or {@code base} when there are none. */
    static Analyzer queryAnalyzer(Analyzer base, String field, List<List<String>> groups) {
        if (groups == null || groups.isEmpty()) {
            return base;
        }
        if (groups.size() > MAX_GROUPS) {
            throw new IllegalArgumentException("at most " + MAX_GROUPS + " synonym groups");
        }
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        int added = 0;
        for (List<String> group : groups) {
            if (group.size() > MAX_GROUP_SIZE) {
                throw new IllegalArgumentException("at most " + MAX_GROUP_SIZE + " phrases in a synonym group");
            }
            List<CharsRef> phrases = new ArrayList<>();
            for (String phrase : group) {
                List<String> terms =
                        phrase == null ? List.of() : SearchSchema.terms(base, field, SearchSchema.clean(phrase));
                if (!terms.isEmpty()) {
                    CharsRef joined = SynonymMap.Builder.join(terms.toArray(String[]::new), new CharsRefBuilder());
                    if (!phrases.contains(joined)) {
                        phrases.add(joined);
                    }
                }
            }
            for (CharsRef from : phrases) {
                for (CharsRef to : phrases) {
                    if (from != to) {
                        builder.add(from, to, true);
                        added++;
                    }
                }
            }
        }
        if (added == 0) {
            return base;
        }
        SynonymMap map;
        try {
            map = builder.build();
        } catch (IOException e) {
            throw new SearchIndexException("cannot build synonyms", e);
        }
        return new AnalyzerWrapper(base.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return base;
            }

            @Override
            protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
                TokenStream ts = new SynonymGraphFilter(components.getTokenStream(), map, true);
                return new TokenStreamComponents(components.getSource(), ts);
            }
        };
    }
}
