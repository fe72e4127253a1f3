package org.hub.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Hub search index: one IndexWriter, a SearcherManager refreshed in the background so writes
 * show up within {@link SearchIndexOptions#refreshInterval()}, and every read surface (search,
 * suggest, similar, related) filtered by the viewer's access tokens.
 *
 * <p>Durability is the caller's: {@link #commit(long)} records the last applied outbox sequence
 * with the data it covers. {@link #close()} does <b>not</b> commit, so what is on disk always
 * matches {@link #committedSequence()} exactly; commit before closing to keep recent work, or
 * let the indexer re-apply from the committed sequence on the next start.
 */
public final class SearchIndex implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
  static final String SEQUENCE_KEY = "hub.sequence";
  /** Schema version and stemmer the committed data was analysed with. */
  static final String SCHEMA_KEY = "hub.schema";
  /** did-you-mean is only worth its extra searches when the query found (almost) nothing. */
  static final int DID_YOU_MEAN_BELOW = 3;
  /** How many of the best first-pass hits proximity and feedback re-score (see {@link #rescore}). */
  static final int RESCORE_WINDOW = 200;
  /** Related and similar items need a quarter of the characteristic words from this many on. */
  private static final int MLT_QUARTER_FROM = 12;
  private static final int SNIPPET_CHARS = 200;
  private static final double RAM_BUFFER_MB = 64;
  private static final int FACET_TOP = 20;
  /** Pages are 20 hits in the app; beyond this, hits get the start of their body. */
  private static final int MAX_HIGHLIGHTED = 50;
  /** A suggestion shows a title and links to it: not the body, the largest stored field. */
  private static final Set<String> SUGGESTION_FIELDS =
      Set.of(SearchSchema.TYPE, SearchSchema.ID, SearchSchema.TITLE, SearchSchema.URL);
  private static final Set<ItemType> SUGGEST_TYPES = Set.of(ItemType.THREAD, ItemType.GUIDANCE, ItemType.DOCUMENT);
  private static final Set<ItemType> SIMILAR_TYPES = Set.of(ItemType.THREAD, ItemType.GUIDANCE);

  private final Directory directory;
  private final SearchSchema schema;
  private final SearchIndexOptions options;
  private final QueryFactory queries;
  private final IndexWriter writer;
  private final SearcherManager manager;
  private final ControlledRealTimeReopenThread<IndexSearcher> reopener;
  private final AtomicLong lastWrite = new AtomicLong(-1);
  private volatile long committedSequence;
  /** Swapped whole on {@link #setSynonyms}; searches read it once, so none sees a half-built map. */
  private volatile Analyzer queryAnalyzer;
  private final RelevanceFeedback feedback;
  /** One for every searcher of this index: its entries are per segment, so they outlive a refresh. */
  private final AccessFilterCache accessFilters = new AccessFilterCache();

  private SearchIndex(Directory directory, SearchIndexOptions options) throws IOException {
    this.directory = directory;
    this.options = options;
    this.schema = new SearchSchema(options.stemmer());
    this.queries = new QueryFactory(schema, options.ranking());
    this.feedback = new RelevanceFeedback(schema, options.ranking());
    this.queryAnalyzer = schema.analyzer();
    BM25Similarity similarity = new BM25Similarity(options.ranking().k1(), options.ranking().b());
    IndexWriterConfig config = new IndexWriterConfig(schema.analyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setSimilarity(similarity)
        .setCommitOnClose(false)
        // the 16 MB default flushes a segment every few thousand posts during a reindex, and
        // merging them back costs more than the flushes; 64 MB keeps heap use modest
        .setRAMBufferSizeMB(RAM_BUFFER_MB);
    boolean existing = DirectoryReader.indexExists(directory);
    this.writer = new IndexWriter(directory, config);
    try {
      if (existing && !schemaId().equals(readCommitData(writer.getLiveCommitData(), SCHEMA_KEY))) {
        throw new IndexFormatTooOldException("hub search index", "its analysis or fields differ from schema " + schemaId());
      }
      this.committedSequence = readSequence(writer.getLiveCommitData());
      this.manager = new SearcherManager(writer, new FacetingSearcherFactory(schema, similarity, accessFilters));
    } catch (IOException | RuntimeException e) {
      writer.rollback();
      throw e;
    }
    double maxStale = options.refreshInterval().toNanos() / 1e9;
    this.reopener = new ControlledRealTimeReopenThread<>(writer, manager, maxStale, Math.min(0.01, maxStale));
    reopener.setName("hub-search-reopen");
    reopener.setDaemon(true);
    reopener.start();
  }

  /** Opens (or creates) the index in {@code dir}; a corrupt index raises a corruption exception. */
  public static SearchIndex open(Directory dir, SearchIndexOptions options) {
    try {
      return new SearchIndex(dir, options == null ? SearchIndexOptions.defaults() : options);
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
      throw new SearchIndexException("the search index is corrupt; rebuild it", e, true);
    } catch (IOException e) {
      throw new SearchIndexException("cannot open the search index", e);
    }
  }

  /**
   * True when {@code path} holds no index yet or an index whose latest commit can be opened and
   * whose commit data can be read; false when it should be rebuilt. Not for a directory another
   * process is writing.
   *
   * <p>Deliberately cheap: opening the commit checks the segments file and every segment's
   * headers and footers, but does not checksum the data files. A full checksum reads the whole
   * index (1.2 s at 100k posts, ten times that at 1M) on every start; damage inside a data file
   * is still caught by Lucene when the file is merged or read, and {@code reindex} rebuilds.
   */
  public static boolean isHealthy(Path path) {
    if (!Files.isDirectory(path)) {
      return true;
    }
    try (Directory dir = FSDirectory.open(path)) {
      if (!DirectoryReader.indexExists(dir)) {
        return true;
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        reader.getIndexCommit().getUserData();
      }
      return true;
    } catch (IOException | RuntimeException e) {
      LOG.warn("search index at {} is not readable", path, e);
      return false;
    }
  }

  public SearchSchema schema() {
    return schema;
  }

  // ---- writes ----

  /** Adds or replaces the item (by key). Visible to searches within the refresh interval. */
  public void upsert(IndexedItem item) {
    Document doc = schema.toDocument(item);
    try {
      track(writer.updateDocument(SearchSchema.keyTerm(item.key()), doc));
    } catch (IOException e) {
      throw new SearchIndexException("cannot index " + item.key(), e);
    }
  }

  public void delete(String key) {
    try {
      track(writer.deleteDocuments(SearchSchema.keyTerm(key)));
    } catch (IOException e) {
      throw new SearchIndexException("cannot delete " + key, e);
    }
  }

  /** Removes everything (before a full reindex); the old commit survives until the next commit. */
  public void deleteAll() {
    try {
      track(writer.deleteAll());
    } catch (IOException e) {
      throw new SearchIndexException("cannot clear the index", e);
    }
  }

  private void track(long seqNo) {
    lastWrite.accumulateAndGet(seqNo, Math::max);
  }

  /** Makes everything written so far durable, together with the outbox sequence it reflects. */
  public synchronized void commit(long lastAppliedSequence) {
    if (lastAppliedSequence < 0) {
      throw new IllegalArgumentException("sequence must be >= 0");
    }
    writer.setLiveCommitData(Map.of(SEQUENCE_KEY, Long.toString(lastAppliedSequence), SCHEMA_KEY, schemaId()).entrySet());
    try {
      writer.commit();
    } catch (IOException e) {
      throw new SearchIndexException("cannot commit the search index", e);
    }
    committedSequence = lastAppliedSequence;
  }

  /** The sequence of the last commit (0 for a new index): resume the outbox after it. */
  public long committedSequence() {
    return committedSequence;
  }

  /** Blocks until every write made before this call is visible to searches. */
  public void awaitVisible() {
    long gen = lastWrite.get();
    if (gen < 0) {
      return;
    }
    try {
      reopener.waitForGeneration(gen);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SearchIndexException("interrupted waiting for the index", e);
    }
  }

  /** Refreshes the searcher now (blocking). */
  public void refreshNow() {
    try {
      manager.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new SearchIndexException("cannot refresh the searcher", e);
    }
  }

  /** Replaces the query-time synonyms; the next search uses them, no reindex needed. */
  public void setSynonyms(List<List<String>> groups) {
    queryAnalyzer = Synonyms.queryAnalyzer(schema.analyzer(), SearchSchema.BODY, groups);
  }

  // ---- reads ----

  /** Live (searchable) documents. */
  /** How many times a search found its access filter ready in the cache (for tests). */
  long accessFilterCacheHits() {
    return accessFilters.hits();
  }

  public long count() {
    return withSearcher(s -> (long) s.getIndexReader().numDocs());
  }

  /** Every live key, to check the index against the database item for item. */
  public Set<String> keys() {
    return withSearcher(
        s -> {
          Set<String> keys = new HashSet<>();
          for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            for (int d = 0; d < leaf.reader().maxDoc(); d++) {
              if (live == null || live.get(d)) {
                keys.add(stored.document(d, Set.of(SearchSchema.KEY)).get(SearchSchema.KEY));
              }
            }
          }
          return keys;
        });
  }

  public SearchResults search(SearchRequest req) throws InvalidQueryException {
    ParsedQuery pq = UserQueryParser.parse(req.text());
    Analyzer analyzer = queryAnalyzer;
    Query text = pq.hasPositiveText() ? queries.matchQuery(pq, analyzer) : queries.excludedOnly(pq);
    if (text == null) {
      return SearchResults.empty(); // only stop words or punctuation: nothing to look for
    }
    Query filter = QueryFactory.filter(req, pq);
    Query typed = new BooleanQuery.Builder().add(text, Occur.MUST).add(filter, Occur.FILTER).build();
    boolean newest = req.sort() == SearchRequest.Sort.NEWEST || !pq.hasPositiveText();
    // analysed once: proximity and feedback both work from the query's words
    List<String> terms = newest ? List.of() : SearchSchema.terms(schema.analyzer(), SearchSchema.BODY, pq.words());
    try {
      return withSearcher(
          s -> {
            int window = Math.max(1, req.offset() + req.limit());
            // ranked by relevance, the best RESCORE_WINDOW first-pass hits are re-scored below
            int firstPass = newest ? window : Math.max(window, RESCORE_WINDOW);
            Query query = queries.withRankBoost(typed);
            FacetsCollector fc = req.facets() ? new FacetsCollector() : null;
            TopDocs top = fc != null
                ? (newest ? FacetsCollector.search(s, query, firstPass, newestFirst(), fc) : FacetsCollector.search(s, query, firstPass, fc))
                : (newest
                    ? s.search(query, new TopFieldCollectorManager(newestFirst(), firstPass, null, Integer.MAX_VALUE, true))
                    : s.search(query, new TopScoreDocCollectorManager(firstPass, null, Integer.MAX_VALUE, true)));
            if (!newest) {
              top = rescore(s, terms, top, window);
            }
            long total = top.totalHits.value;
            ScoreDoc[] page = slice(top.scoreDocs, req.offset(), req.limit());
            List<SearchHit> hits = toHits(s, page, pq.hasPositiveText() ? text : null);
            Map<String, List<FacetValue>> facets = fc != null ? facets(s, fc) : Map.of();
            String dym = total < DID_YOU_MEAN_BELOW && !pq.words().isBlank() ? didYouMean(s, req, pq, analyzer, filter, total) : null;
            return new SearchResults(total, hits, facets, dym);
          });
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException("The query is too complex; use fewer words.");
    }
  }

  /**
   * Adds to the best first-pass hits what only reorders them: the proximity of the query's words
   * and, for long questions, the words learned from the best of those hits (relevance feedback).
   * The added score is multiplied by the same rank boost as the first pass, so a hit's final score
   * is the rank boost times the sum of all its parts, as if it had been one query; hits outside
   * the first pass's best {@link #RESCORE_WINDOW} keep their first-pass order after them.
   */
  private TopDocs rescore(IndexSearcher s, List<String> terms, TopDocs firstPass, int window)
      throws IOException {
    // Always exactly the best RESCORE_WINDOW, whatever page is asked for: re-scoring a deeper
    // window for a deeper page would reorder hits that earlier pages already showed.
    ScoreDoc[] all = firstPass.scoreDocs;
    int head = Math.min(all.length, RESCORE_WINDOW);
    TopDocs ranked = new TopDocs(firstPass.totalHits, Arrays.copyOf(all, head));
    Query proximity = queries.proximityQuery(terms);
    if (proximity != null) {
      ranked = QueryRescorer.rescore(s, ranked, queries.withRankBoost(proximity), 1, head);
    }
    // feedback learns from the best hits as proximity has ordered them, then re-scores them all
    if (feedback.appliesTo(terms)) {
      Query learned = feedback.feedbackQuery(s, ranked.scoreDocs, terms);
      if (learned != null) {
        ranked = QueryRescorer.rescore(s, ranked, queries.withRankBoost(learned), 1, head);
      }
    }
    if (window <= head) {
      return ranked;
    }
    ScoreDoc[] merged = Arrays.copyOf(ranked.scoreDocs, Math.min(all.length, window));
    System.arraycopy(all, head, merged, head, merged.length - head);
    return new TopDocs(firstPass.totalHits, merged);
  }

  /** Titles of threads, guidance and documents matching what the user has typed so far. */
  public List<Suggestion> suggest(String prefix, Set<String> viewerTokens, int limit) {
    if (prefix == null || limit <= 0 || viewerTokens.isEmpty()) {
      return List.of();
    }
    String cleaned = SearchSchema.clean(prefix.length() > 200 ? prefix.substring(0, 200) : prefix);
    List<String> tokens = SearchSchema.terms(schema.plainAnalyzer(), SearchSchema.TITLE_SUGGEST, cleaned);
    if (tokens.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String t : tokens.subList(0, Math.min(10, tokens.size()))) {
      String gram = t.length() > SearchSchema.SUGGEST_MAX_GRAM ? t.substring(0, SearchSchema.SUGGEST_MAX_GRAM) : t;
      b.add(new TermQuery(new Term(SearchSchema.TITLE_SUGGEST, gram)), Occur.MUST);
    }
    b.add(QueryFactory.accessFilter(viewerTokens), Occur.FILTER);
    b.add(QueryFactory.typesFilter(SUGGEST_TYPES), Occur.FILTER);
    b.add(new TermQuery(new Term(SearchSchema.ARCHIVED, SearchSchema.TRUE)), Occur.MUST_NOT);
    Query q = queries.withRankBoost(b.build());
    int n = Math.min(limit, 50);
    return withSearcher(
        s -> {
          TopDocs top = s.search(q, n);
          StoredFields stored = s.storedFields();
          List<Suggestion> out = new ArrayList<>();
          for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc, SUGGESTION_FIELDS);
            out.add(new Suggestion(ItemType.fromWire(d.get(SearchSchema.TYPE)), d.getField(SearchSchema.ID).numericValue().longValue(), d.get(SearchSchema.TITLE), d.get(SearchSchema.URL)));
          }
          return out;
        });
  }

  /** Threads and guidance like a question being written ("has this been asked before?"). */
  public List<SearchHit> similar(String title, String body, Set<String> viewerTokens, int limit) {
    String t = SearchSchema.clean(title == null ? "" : title);
    String bd = SearchSchema.clean(body == null ? "" : body);
    if ((t.isBlank() && bd.isBlank()) || limit <= 0 || viewerTokens.isEmpty()) {
      return List.of();
    }
    return withSearcher(
        s -> {
          Query like = moreLikeThis(s, t, bd);
          BooleanQuery.Builder b = new BooleanQuery.Builder().add(like, Occur.MUST);
          b.add(QueryFactory.accessFilter(viewerTokens), Occur.FILTER);
          b.add(QueryFactory.typesFilter(SIMILAR_TYPES), Occur.FILTER);
          b.add(new TermQuery(new Term(SearchSchema.ARCHIVED, SearchSchema.TRUE)), Occur.MUST_NOT);
          TopDocs top = s.search(queries.withRankBoost(b.build()), Math.min(limit, 50));
          return toHits(s, top.scoreDocs, like);
        });
  }

  /** Items like the given one, excluding it and its own posts; empty if the viewer can't see it. */
  public List<SearchHit> related(String itemKey, Set<String> viewerTokens, int limit) {
    if (itemKey == null || limit <= 0 || viewerTokens.isEmpty()) {
      return List.of();
    }
    return withSearcher(
        s -> {
          Query self = new BooleanQuery.Builder()
              .add(new TermQuery(SearchSchema.keyTerm(itemKey)), Occur.MUST)
              .add(QueryFactory.accessFilter(viewerTokens), Occur.FILTER)
              .build();
          TopDocs found = s.search(self, 1);
          if (found.scoreDocs.length == 0) {
            return List.of();
          }
          Document d = s.storedFields().document(found.scoreDocs[0].doc);
          Query like = moreLikeThis(s, d.get(SearchSchema.TITLE), d.get(SearchSchema.BODY));
          BooleanQuery.Builder b = new BooleanQuery.Builder().add(like, Occur.MUST);
          b.add(QueryFactory.accessFilter(viewerTokens), Occur.FILTER);
          b.add(new TermQuery(SearchSchema.keyTerm(itemKey)), Occur.MUST_NOT);
          b.add(new TermQuery(new Term(SearchSchema.ARCHIVED, SearchSchema.TRUE)), Occur.MUST_NOT);
          ItemType type = ItemType.fromWire(d.get(SearchSchema.TYPE));
          long id = d.getField(SearchSchema.ID).numericValue().longValue();
          long thread = type == ItemType.THREAD ? id : type == ItemType.POST ? d.getField(SearchSchema.THREAD_STORED).numericValue().longValue() : 0;
          if (thread > 0) {
            b.add(new TermQuery(new Term(SearchSchema.THREAD, Long.toString(thread))), Occur.MUST_NOT);
            b.add(new TermQuery(SearchSchema.keyTerm(IndexedItem.key(ItemType.THREAD, thread))), Occur.MUST_NOT);
          }
          TopDocs top = s.search(queries.withRankBoost(b.build()), Math.min(limit, 50));
          return toHits(s, top.scoreDocs, like);
        });
  }

  private Query moreLikeThis(IndexSearcher s, String title, String body) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
    mlt.setAnalyzer(schema.analyzer());
    mlt.setFieldNames(new String[] {SearchSchema.TITLE, SearchSchema.BODY});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(1);
    mlt.setMinWordLen(2);
    mlt.setMaxQueryTerms(25);
    mlt.setBoost(true);
    Map<String, Collection<Object>> fields = new HashMap<>();
    fields.put(SearchSchema.TITLE, List.of(title == null ? "" : title));
    fields.put(SearchSchema.BODY, List.of(body == null ? "" : body));
    Query q = mlt.like(fields);
    if (q == null) {
      return new MatchNoDocsQuery();
    }
    return atLeastAQuarterOfTheWords(q);
  }

  /**
   * A long item's 25 characteristic words, each optional, match almost every item of a large
   * index, and all of those were scored to find the best five (a thread page at 1M posts spent
   * most of its time here). Items sharing fewer than a quarter of the words are not what anyone
   * means by related, so they need not match at all; short texts (a title being typed) keep
   * needing one word.
   */
  private static Query atLeastAQuarterOfTheWords(Query like) {
    if (!(like instanceof BooleanQuery words) || words.clauses().size() < MLT_QUARTER_FROM) {
      return like;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(words.clauses().size() / 4);
    words.clauses().forEach(b::add);
    return b.build();
  }

  private static Sort newestFirst() {
    return new Sort(new SortField(SearchSchema.CREATED, SortField.Type.LONG, true), SortField.FIELD_SCORE);
  }

  private static ScoreDoc[] slice(ScoreDoc[] docs, int offset, int limit) {
    if (offset >= docs.length) {
      return new ScoreDoc[0];
    }
    int end = Math.min(docs.length, offset + limit);
    ScoreDoc[] out = new ScoreDoc[end - offset];
    System.arraycopy(docs, offset, out, 0, out.length);
    return out;
  }

  private List<SearchHit> toHits(IndexSearcher s, ScoreDoc[] page, Query highlight) throws IOException {
    if (page.length == 0) {
      return List.of();
    }
    StoredFields stored = s.storedFields();
    Document[] docs = new Document[page.length];
    for (int i = 0; i < page.length; i++) {
      docs[i] = stored.document(page[i].doc);
    }
    String[] snippets = highlight == null ? new String[page.length] : highlight(s, page, docs, highlight);
    List<SearchHit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      String snippet = snippets[i];
      if (snippet == null || snippet.isEmpty()) {
        String body = docs[i].get(SearchSchema.BODY);
        snippet = body == null || body.isBlank() ? escape(docs[i].get(SearchSchema.TITLE)) : escape(startOf(body));
      }
      hits.add(schema.toHit(docs[i], Float.isNaN(page[i].score) ? 0f : page[i].score, snippet));
    }
    return hits;
  }

  /**
   * Highlighted body passages of the first {@link #MAX_HIGHLIGHTED} hits, null where the body
   * did not match. The title stands in only for a hit without body text, so only those hits
   * pay for highlighting it.
   */
  private String[] highlight(IndexSearcher s, ScoreDoc[] page, Document[] docs, Query highlight) throws IOException {
    Map<Integer, Document> loaded = new HashMap<>();
    for (int i = 0; i < page.length; i++) {
      loaded.put(page[i].doc, docs[i]);
    }
    UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(s, schema.analyzer())
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(BreakIterator.getWordInstance(Locale.ROOT), SNIPPET_CHARS, 0.3f))
        .withMaxNoHighlightPassages(0)
        // per-document Weight matching rewrites the query for every hit: too slow for long questions
        .withWeightMatches(false);
    UnifiedHighlighter uh = new PreloadedHighlighter(builder, loaded);
    int shown = Math.min(page.length, MAX_HIGHLIGHTED);
    List<Integer> withBody = new ArrayList<>();
    List<Integer> titleOnly = new ArrayList<>();
    for (int i = 0; i < shown; i++) {
      String body = docs[i].get(SearchSchema.BODY);
      (body == null || body.isBlank() ? titleOnly : withBody).add(i);
    }
    String[] snippets = new String[page.length];
    highlightInto(uh, SearchSchema.BODY, highlight, page, withBody, snippets);
    highlightInto(uh, SearchSchema.TITLE, highlight, page, titleOnly, snippets);
    return snippets;
  }

  private static void highlightInto(UnifiedHighlighter uh, String field, Query highlight, ScoreDoc[] page, List<Integer> which,
      String[] snippets) throws IOException {
    if (which.isEmpty()) {
      return;
    }
    ScoreDoc[] docs = which.stream().map(i -> page[i]).toArray(ScoreDoc[]::new);
    String[] out = uh.highlight(field, highlight, new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs), 1);
    for (int k = 0; k < out.length; k++) {
      snippets[which.get(k)] = out[k];
    }
  }

  private static String startOf(String body) {
    if (body.length() <= SNIPPET_CHARS) {
      return body;
    }
    int cut = body.lastIndexOf(' ', SNIPPET_CHARS);
    return body.substring(0, cut > SNIPPET_CHARS / 2 ? cut : SNIPPET_CHARS) + "…";
  }

  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#x27;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  private Map<String, List<FacetValue>> facets(IndexSearcher s, FacetsCollector fc) throws IOException {
    SortedSetDocValuesReaderState state = s instanceof FacetingSearcher fs ? fs.facetState : null;
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (String dim : SearchSchema.FACET_DIMENSIONS) {
      out.put(dim, List.of());
    }
    if (state == null) {
      return out;
    }
    Facets counts = new SortedSetDocValuesFacetCounts(state, fc);
    for (String dim : SearchSchema.FACET_DIMENSIONS) {
      FacetResult r;
      try {
        r = counts.getAllChildren(dim);
      } catch (IllegalArgumentException e) {
        continue; // dimension not in this index yet
      }
      if (r == null) {
        continue;
      }
      // merge by value: a renamed group shows under its latest-seen most common label
      Map<String, long[]> byValue = new LinkedHashMap<>();
      Map<String, String> labels = new HashMap<>();
      Map<String, Long> labelCounts = new HashMap<>();
      for (LabelAndValue lv : r.labelValues) {
        int sep = lv.label.indexOf(SearchSchema.FACET_LABEL_SEP);
        String value = sep < 0 ? lv.label : lv.label.substring(0, sep);
        String label = sep < 0 ? lv.label : lv.label.substring(sep + 1);
        long c = lv.value.longValue();
        byValue.computeIfAbsent(value, k -> new long[1])[0] += c;
        if (c > labelCounts.getOrDefault(value, -1L)) {
          labelCounts.put(value, c);
          labels.put(value, label);
        }
      }
      List<FacetValue> values = new ArrayList<>();
      byValue.forEach((v, c) -> values.add(new FacetValue(v, labels.get(v), c[0])));
      values.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count()) : a.label().compareToIgnoreCase(b.label()));
      out.put(dim, List.copyOf(values.subList(0, Math.min(FACET_TOP, values.size()))));
    }
    return out;
  }

  /**
   * Offers a corrected query only if each corrected word, and the whole corrected query, find
   * something this viewer may see with the same filters: private vocabulary never leaks.
   */
  private String didYouMean(IndexSearcher s, SearchRequest req, ParsedQuery pq, Analyzer analyzer, Query filter, long originalTotal) throws IOException {
    DirectSpellChecker spell = new DirectSpellChecker();
    List<String> words = SearchSchema.terms(schema.plainAnalyzer(), SearchSchema.SPELL, pq.words());
    String corrected = req.text();
    boolean changed = false;
    int checked = 0;
    for (String w : new java.util.LinkedHashSet<>(words)) {
      if (w.length() < 4 || checked++ >= 8 || w.chars().anyMatch(Character::isDigit)) {
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
    CountUpTo counter = new CountUpTo(atMost);
    s.search(new BooleanQuery.Builder().add(text, Occur.MUST).add(filter, Occur.FILTER).build(), counter);
    return counter.count;
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

  // ---- plumbing ----

  @FunctionalInterface
  private interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherFunction<T> fn) {
    IndexSearcher s;
    try {
      s = manager.acquire();
    } catch (IOException e) {
      throw new SearchIndexException("cannot acquire a searcher", e);
    }
    try {
      return fn.apply(s);
    } catch (IOException e) {
      throw new SearchIndexException("search failed", e);
    } finally {
      try {
        manager.release(s);
      } catch (IOException e) {
        LOG.warn("cannot release searcher", e);
      }
    }
  }

  /**
   * Stops the reopen thread, closes the searchers and the writer, in that order, logging each
   * failure and carrying on. Uncommitted writes are dropped: call {@link #commit(long)} first.
   */
  @Override
  public void close() {
    try {
      reopener.close();
    } catch (RuntimeException e) {
      LOG.warn("stopping the reopen thread failed", e);
    }
    try {
      manager.close();
    } catch (IOException | RuntimeException e) {
      LOG.warn("closing the searcher manager failed", e);
    }
    try {
      writer.close();
    } catch (IOException | RuntimeException e) {
      LOG.warn("closing the index writer failed", e);
    }
  }

  /** Simulates a crash for tests: drops uncommitted work as a killed process would. */
  void abandonForTesting() {
    reopener.close();
    try {
      manager.close();
      writer.rollback();
    } catch (IOException e) {
      throw new SearchIndexException("rollback failed", e);
    }
  }

  Directory directory() {
    return directory;
  }

  SearchIndexOptions options() {
    return options;
  }

  private String schemaId() {
    return SearchSchema.VERSION + "/" + options.stemmer().name().toLowerCase(Locale.ROOT);
  }

  private static String readCommitData(Iterable<Map.Entry<String, String>> data, String key) {
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (key.equals(e.getKey())) {
          return e.getValue();
        }
      }
    }
    return null;
  }

  private static long readSequence(Iterable<Map.Entry<String, String>> data) {
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (SEQUENCE_KEY.equals(e.getKey())) {
          try {
            return Long.parseLong(e.getValue());
          } catch (NumberFormatException ex) {
            LOG.warn("ignoring unreadable {} in the index commit: {}", SEQUENCE_KEY, e.getValue());
          }
        }
      }
    }
    return 0;
  }

  /** A searcher that carries the facet ordinals of its reader, built once per refresh. */
  private static final class FacetingSearcher extends IndexSearcher {
    final SortedSetDocValuesReaderState facetState;

    FacetingSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState) {
      super(reader);
      this.facetState = facetState;
    }
  }

  private static final class FacetingSearcherFactory extends SearcherFactory {
    private final SearchSchema schema;
    private final BM25Similarity similarity;
    private final AccessFilterCache accessFilters;

    FacetingSearcherFactory(SearchSchema schema, BM25Similarity similarity, AccessFilterCache accessFilters) {
      this.schema = schema;
      this.similarity = similarity;
      this.accessFilters = accessFilters;
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
      SortedSetDocValuesReaderState state;
      try {
        state = new DefaultSortedSetDocValuesReaderState(reader, schema.facetsConfig());
      } catch (IllegalArgumentException e) {
        state = null; // no facet values indexed yet
      }
      IndexSearcher s = new FacetingSearcher(reader, state);
      s.setSimilarity(similarity);
      accessFilters.applyTo(s);
      return s;
    }
  }
}
