package org.hub.search;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

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
  String correct(IndexSearcher s, SearchRequest req, ParsedQuery pq, Analyzer analyzer, Query filter, long originalTotal)
      throws IOException {
    DirectSpellChecker spell = new DirectSpellChecker();
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
      for (SuggestWord sw : spell.suggestSimilar(new Term(SearchSchema.SPELL, w), 5, s.getIndexReader(), SuggestMode.SUGGEST_ALWAYS)) {
        if (!sw.string.equals(w) && visibleCount(s, wordQuery(sw.string, analyzer), filter, 1) > 0) {
          Matcher m = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])").matcher(corrected);
          if (m.find()) {
            corrected = corrected.substring(0, m.start()) + sw.string + corrected.substring(m.end());
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
    return visibleCount(s, text, QueryFactory.filter(req, fixed), (int) originalTotal + 1) > originalTotal ? corrected : null;
  }

  private Query wordQuery(String word, Analyzer analyzer) {
    Query q = queries.matchQuery(new ParsedQuery(word, List.of(), List.of(), List.of(), Set.of(), Set.of(), List.of(), null), analyzer);
    return q == null ? new MatchNoDocsQuery() : q;
  }

  /**
   * How many matches the viewer may see, counting no further than {@code atMost}: did-you-mean
   * only asks "any?" or "more than before?", and a full count of a common word costs a whole
   * pass over its postings.
   */
  private static int visibleCount(IndexSearcher s, Query text, Query filter, int atMost) throws IOException {
    Query q = new BooleanQuery.Builder().add(text, Occur.MUST).add(filter, Occur.FILTER).build();
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
