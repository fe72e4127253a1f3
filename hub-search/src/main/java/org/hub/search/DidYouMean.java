package org.hub.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;

/**
 * "Did you mean": for a query that found (almost) nothing, the same query with misspelt words
 * replaced by words of the index's vocabulary. A correction is offered only if each corrected
 * word, and the whole corrected query, find something this viewer may see with the same filters:
 * private vocabulary never leaks.
 */
final class DidYouMean {
    /** Only worth its extra searches when the query found (almost) nothing. */
    static final int BELOW = 3;
    /** Words looked up per query: each costs a spelling lookup and up to six small searches. */
    private static final int MAX_WORDS = 8;
    /** Spellings tried per word, and how far they may be from it: DirectSpellChecker's defaults. */
    private static final int SPELLINGS = 5;

    private static final int SPELLING_EDITS = 2;
    private static final float SPELLING_ACCURACY = 0.5f;

    private final SearchSchema schema;
    private final QueryFactory queries;

    DidYouMean(SearchSchema schema, QueryFactory queries) {
        this.schema = schema;
        this.queries = queries;
    }

    /** Whether a search that found {@code total} hits for {@code pq} asks for a correction at all. */
    static boolean wanted(ParsedQuery pq, long total) {
        return total < BELOW && !pq.words().isBlank();
    }

    /**
     * The corrected query text, or null. {@code filter} is the original search's filter and
     * {@code originalTotal} its hit count: a correction must find more than the original did.
     */
    String correct(
            HubSearcher s, SearchRequest req, ParsedQuery pq, Analyzer analyzer, Query filter, long originalTotal)
            throws IOException {
        List<String> words = SearchSchema.terms(schema.plainAnalyzer(), SearchSchema.SPELL, pq.words());
        String corrected = req.text();
        boolean changed = false;
        int checked = 0;
        for (String w : new LinkedHashSet<>(words)) {
            if (w.length() < 4 || checked++ >= MAX_WORDS || w.chars().anyMatch(Character::isDigit)) {
                continue;
            }
            if (visibleCount(s, wordQuery(w, analyzer), filter, 1) > 0) {
                continue;
            }
            for (String candidate : spellings(s, w)) {
                if (visibleCount(s, wordQuery(candidate, analyzer), filter, 1) > 0) {
                    Matcher m = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])")
                            .matcher(corrected);
                    if (m.find()) {
                        corrected = corrected.substring(0, m.start()) + candidate + corrected.substring(m.end());
                        changed = true;
                    }
                    break;
                }
            }
        }
        if (!changed) {
            return null;
        }
        ParsedQuery fixed;
        try {
            fixed = UserQueryParser.parse(corrected);
        } catch (InvalidQueryException e) {
            return null;
        }
        Query text = queries.matchQuery(fixed, analyzer);
        if (text == null) {
            return null;
        }
        return visibleCount(s, text, QueryFactory.filter(req, fixed), (int) originalTotal + 1) > originalTotal
                ? corrected
                : null;
    }

    /**
     * The best few spellings of {@code word} in the vocabulary the viewer may see, best first, as
     * Lucene's DirectSpellChecker ranks them (closest first, then the most frequent, then
     * alphabetically; up to two edits, the first letter kept) but with frequencies over the visible
     * documents only: DirectSpellChecker reads them from the whole index and keeps only its best
     * few, so a private group's words could both be offered order and push a visible one out.
     */
    private static List<String> spellings(HubSearcher s, String word) throws IOException {
        Terms vocabulary = MultiTerms.getTerms(s.getIndexReader(), SearchSchema.SPELL);
        if (vocabulary == null) {
            return List.of();
        }
        VisibleStatistics visible = s.statistics();
        FuzzyTermsEnum fuzzy =
                new FuzzyTermsEnum(vocabulary, new Term(SearchSchema.SPELL, word), SPELLING_EDITS, 1, true);
        List<Spelling> found = new ArrayList<>();
        for (BytesRef t = fuzzy.next(); t != null; t = fuzzy.next()) {
            float similarity = fuzzy.getBoost();
            String candidate = t.utf8ToString();
            if (similarity < SPELLING_ACCURACY || candidate.equals(word)) {
                continue;
            }
            long freq = visible.docFreq(new Term(SearchSchema.SPELL, candidate));
            if (freq > 0) {
                found.add(new Spelling(candidate, similarity, freq));
            }
        }
        found.sort(Comparator.comparingDouble((Spelling sp) -> -sp.similarity())
                .thenComparing(Comparator.comparingLong(Spelling::freq).reversed())
                .thenComparing(Spelling::word));
        return found.stream().limit(SPELLINGS).map(Spelling::word).toList();
    }

    private record Spelling(String word, float similarity, long freq) {}

    private Query wordQuery(String word, Analyzer analyzer) {
        Query q = queries.matchQuery(
                new ParsedQuery(word, List.of(), List.of(), List.of(), Set.of(), Set.of(), List.of(), null), analyzer);
        return q == null ? new MatchNoDocsQuery() : q;
    }

    /**
     * How many matches the viewer may see, counting no further than {@code atMost}: did-you-mean
     * only asks "any?" or "more than before?", and a full count of a common word costs a whole
     * pass over its postings.
     */
    private static int visibleCount(IndexSearcher s, Query text, Query filter, int atMost) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(text, Occur.MUST)
                .add(filter, Occur.FILTER)
                .build();
        return s.search(q, new CountUpToManager(atMost));
    }

    /** One {@link CountUpTo} per slice of segments; their counts summed and capped. */
    private record CountUpToManager(int limit) implements CollectorManager<CountUpTo, Integer> {
        @Override
        public CountUpTo newCollector() {
            return new CountUpTo(limit);
        }

        @Override
        public Integer reduce(Collection<CountUpTo> collectors) {
            long sum = 0;
            for (CountUpTo c : collectors) {
                sum += c.count;
            }
            return (int) Math.min(limit, sum);
        }
    }

    /** Counts hits and stops the search once it has {@code limit} of them. */
    private static final class CountUpTo extends SimpleCollector {
        private final int limit;
        int count;

        CountUpTo(int limit) {
            this.limit = limit;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            if (count >= limit) {
                throw new CollectionTerminatedException(); // skips the remaining segments
            }
        }

        @Override
        public void collect(int doc) {
            if (++count >= limit) {
                throw new CollectionTerminatedException();
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
