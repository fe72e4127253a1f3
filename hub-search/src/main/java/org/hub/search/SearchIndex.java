package org.hub.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.AlreadyClosedException;
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
 * <p>This class is the front, as Gerrit's index is: it owns the writer, the searchers and their
 * lifecycle, and lends a searcher to the class that does each kind of read ({@link TextSearch},
 * {@link Suggestions}, {@link SimilarItems}), always releasing it afterwards. The searcher it
 * lends is the viewer's ({@link HubSearcher#forViewer}): its ranking statistics count only what
 * the viewer may see, so no score or order reveals hidden content ({@link VisibleStatistics}).
 *
 * <p>Damaged files met after opening (a read that trips over overwritten bytes, or {@link
 * #checkIntegrity()}) mark the index corrupt ({@link #corruption()}): from then on every viewer's
 * read fails at once with a corruption {@link SearchIndexException} instead of answering from, or
 * crashing on, bad data, and the listener set with {@link #onCorruption} is told so that the
 * application can rebuild it; {@link #clearCorruption()} ends that once it has.
 *
 * <p>Durability is the caller's: {@link #commit(long)} records the last applied outbox sequence
 * with the data it covers. {@link #close()} does <b>not</b> commit, so what is on disk always
 * matches {@link #committedSequence()} exactly; commit before closing to keep recent work, or
 * let the indexer re-apply from the committed sequence on the next start.
 */
public final class SearchIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final double RAM_BUFFER_MB = 64;

    private final Directory directory;
    /** Whether {@link #close()} closes {@link #directory}: only when this index opened it. */
    private final boolean ownsDirectory;

    private final SearchSchema schema;
    private final SearchIndexOptions options;
    private final BM25Similarity similarity;
    /**
     * The writer, its searchers and their reopen thread, replaced whole by {@link
     * #discardForRebuild()}; every use reads the field once, so that it releases a searcher to the
     * manager it came from.
     */
    private volatile Engine engine;

    private final AtomicLong lastWrite = new AtomicLong(-1);
    private volatile long committedSequence;
    /** Swapped whole on {@link #setSynonyms}; searches read it once, so none sees a half-built map. */
    private volatile Analyzer queryAnalyzer;
    /** One for every searcher of this index: its entries are per segment, so they outlive a refresh. */
    private final AccessFilterCache accessFilters = new AccessFilterCache();
    /** The first sign of damaged files since the last {@link #clearCorruption()}, or null. */
    private final AtomicReference<Throwable> corruption = new AtomicReference<>();
    /** Told once per {@link #corruption}, on the thread that found it; see {@link #onCorruption}. */
    private volatile Runnable corruptionListener = () -> {};

    private final TextSearch textSearch;
    private final Suggestions suggestions;
    private final SimilarItems similarItems;

    private SearchIndex(Directory directory, boolean ownsDirectory, SearchIndexOptions options) throws IOException {
        this.directory = directory;
        this.ownsDirectory = ownsDirectory;
        this.options = options;
        this.schema = new SearchSchema(options.stemmer());
        QueryFactory queries = new QueryFactory(schema, options.ranking());
        Snippets snippets = new Snippets(schema);
        this.textSearch = new TextSearch(
                schema,
                queries,
                new Rescorer(queries, new RelevanceFeedback(schema, options.ranking())),
                snippets,
                new DidYouMean(schema, queries));
        this.suggestions = new Suggestions(schema, queries);
        this.similarItems = new SimilarItems(schema, queries, snippets);
        this.queryAnalyzer = schema.analyzer();
        this.similarity =
                new BM25Similarity(options.ranking().k1(), options.ranking().b());
        this.engine = startEngine(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    }

    /** One writer with its searcher manager and reopen thread. */
    private record Engine(
            IndexWriter writer, SearcherManager manager, ControlledRealTimeReopenThread<IndexSearcher> reopener) {}

    private Engine startEngine(IndexWriterConfig.OpenMode mode) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(schema.analyzer())
                .setOpenMode(mode)
                .setSimilarity(similarity)
                .setCommitOnClose(false)
                // the 16 MB default flushes a segment every few thousand posts during a reindex, and
                // merging them back costs more than the flushes; 64 MB keeps heap use modest
                .setRAMBufferSizeMB(RAM_BUFFER_MB);
        boolean existing = mode != IndexWriterConfig.OpenMode.CREATE && DirectoryReader.indexExists(directory);
        IndexWriter writer = new IndexWriter(directory, config);
        SearcherManager manager;
        try {
            String schemaId = CommitData.schemaId(options);
            if (existing && !schemaId.equals(CommitData.schema(writer.getLiveCommitData()))) {
                throw new IndexFormatTooOldException(
                        "hub search index", "its analysis or fields differ from schema " + schemaId);
            }
            this.committedSequence = CommitData.sequence(writer.getLiveCommitData());
            manager = new SearcherManager(writer, new HubSearcher.Factory(schema, similarity, accessFilters));
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            throw e;
        }
        double maxStale = options.refreshInterval().toNanos() / 1e9;
        ControlledRealTimeReopenThread<IndexSearcher> reopener =
                new ControlledRealTimeReopenThread<>(writer, manager, maxStale, Math.min(0.01, maxStale));
        reopener.setName("hub-search-reopen");
        reopener.setDaemon(true);
        reopener.start();
        return new Engine(writer, manager, reopener);
    }

    /**
     * Opens (or creates) the index in {@code dir}; a corrupt index raises a corruption exception.
     * The directory stays the caller's: close it after this index.
     */
    public static SearchIndex open(Directory dir, SearchIndexOptions options) {
        return open(dir, false, options);
    }

    /**
     * Opens (or creates) the index in the folder {@code path} (created if missing); a corrupt index
     * raises a corruption exception. The index owns the directory it opens there and closes it
     * with itself.
     */
    public static SearchIndex open(Path path, SearchIndexOptions options) {
        Directory dir;
        try {
            dir = FSDirectory.open(path);
        } catch (IOException e) {
            throw new SearchIndexException("cannot open the search index at " + path, e);
        }
        try {
            return open(dir, true, options);
        } catch (RuntimeException e) {
            closeQuietly(dir);
            throw e;
        }
    }

    private static SearchIndex open(Directory dir, boolean owned, SearchIndexOptions options) {
        try {
            return new SearchIndex(dir, owned, options == null ? SearchIndexOptions.defaults() : options);
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
            track(engine.writer().updateDocument(SearchSchema.keyTerm(item.key()), doc));
        } catch (IOException | AlreadyClosedException e) {
            throw failure("cannot index " + item.key(), e);
        }
    }

    public void delete(String key) {
        try {
            track(engine.writer().deleteDocuments(SearchSchema.keyTerm(key)));
        } catch (IOException | AlreadyClosedException e) {
            throw failure("cannot delete " + key, e);
        }
    }

    /** Removes everything (before a full reindex); the old commit survives until the next commit. */
    public void deleteAll() {
        try {
            track(engine.writer().deleteAll());
        } catch (IOException | AlreadyClosedException e) {
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
        IndexWriter writer = engine.writer();
        try {
            writer.setLiveCommitData(CommitData.of(lastAppliedSequence, CommitData.schemaId(options))
                    .entrySet());
            writer.commit();
        } catch (IOException | AlreadyClosedException e) {
            throw failure("cannot commit the search index", e);
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
            engine.reopener().waitForGeneration(gen);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchIndexException("interrupted waiting for the index", e);
        }
    }

    /** Refreshes the searcher now (blocking). */
    public void refreshNow() {
        try {
            engine.manager().maybeRefreshBlocking();
        } catch (IOException | AlreadyClosedException e) {
            throw failure("cannot refresh the searcher", e);
        }
    }

    /** Replaces the query-time synonyms; the next search uses them, no reindex needed. */
    public void setSynonyms(List<List<String>> groups) {
        queryAnalyzer = Synonyms.queryAnalyzer(schema.analyzer(), SearchSchema.BODY, groups);
    }

    // ---- reads ----

    /** How many times a search found its access filter ready in the cache (for tests). */
    long accessFilterCacheHits() {
        return accessFilters.hits();
    }

    /** Live (searchable) documents. */
    public long count() {
        return withSearcher(s -> (long) s.getIndexReader().numDocs());
    }

    /** Every live key, to check the index against the database item for item. */
    public Set<String> keys() {
        return withSearcher(s -> {
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
        TextSearch.Plan plan = textSearch.plan(req, queryAnalyzer);
        if (plan == null) {
            return SearchResults.empty(); // only stop words or punctuation: nothing to look for
        }
        try {
            return withViewer(req.viewerTokens(), s -> textSearch.run(s, plan));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("The query is too complex; use fewer words.");
        }
    }

    /** Titles of threads, guidance and documents matching what the user has typed so far. */
    public List<Suggestion> suggest(String prefix, Set<String> viewerTokens, int limit) {
        Query q = limit <= 0 ? null : suggestions.query(prefix, viewerTokens);
        if (q == null) {
            return List.of();
        }
        return withViewer(viewerTokens, s -> suggestions.find(s, q, limit));
    }

    /** Threads and guidance like a question being written ("has this been asked before?"). */
    public List<SearchHit> similar(String title, String body, Set<String> viewerTokens, int limit) {
        String t = SearchSchema.clean(title == null ? "" : title);
        String bd = SearchSchema.clean(body == null ? "" : body);
        if ((t.isBlank() && bd.isBlank()) || limit <= 0 || viewerTokens.isEmpty()) {
            return List.of();
        }
        return withViewer(viewerTokens, s -> similarItems.similar(s, t, bd, viewerTokens, limit));
    }

    /** Items like the given one, excluding it and its own posts; empty if the viewer can't see it. */
    public List<SearchHit> related(String itemKey, Set<String> viewerTokens, int limit) {
        if (itemKey == null || limit <= 0 || viewerTokens.isEmpty()) {
            return List.of();
        }
        return withViewer(viewerTokens, s -> similarItems.related(s, itemKey, viewerTokens, limit));
    }

    // ---- damage ----

    /**
     * Reads every file of every segment searched now and verifies its checksum (Lucene's {@code
     * checkIntegrity}): finds bytes changed on disk that opening the index does not look at. Reads
     * the whole index, so it belongs on a background thread. Answers true when all is intact;
     * otherwise marks the index corrupt (telling the listener) and answers false.
     */
    public boolean checkIntegrity() {
        try {
            withSearcher(s -> {
                for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                    leaf.reader().checkIntegrity();
                }
                return null;
            });
            return true;
        } catch (SearchIndexException e) {
            if (e.isCorruption()) {
                return false;
            }
            throw e;
        }
    }

    /**
     * For a damaged index about to be rebuilt: drops the writer (which the damage may have closed
     * already, when a merge met it) with everything it held, and starts an empty index in the same
     * directory; the damaged files go with the first commit. Searches stay refused until {@link
     * #clearCorruption()}. The caller stops its own writes meanwhile, and rebuilds and commits.
     */
    public synchronized void discardForRebuild() {
        stop(engine);
        lastWrite.set(-1);
        try {
            engine = startEngine(IndexWriterConfig.OpenMode.CREATE);
        } catch (IOException e) {
            throw new SearchIndexException("cannot start an empty index for the rebuild", e);
        }
    }

    /** The first sign of damaged files since the index was opened or last rebuilt, if any. */
    public Optional<Throwable> corruption() {
        return Optional.ofNullable(corruption.get());
    }

    /**
     * Runs {@code listener} (on the thread that found it, so it should only hand the work on) the
     * first time damage is found after opening or after {@link #clearCorruption()}.
     */
    public void onCorruption(Runnable listener) {
        corruptionListener = listener;
        if (corruption.get() != null) {
            listener.run();
        }
    }

    /** Serves searches again: call once the damaged files are gone (rebuilt, committed, refreshed). */
    public void clearCorruption() {
        corruption.set(null);
    }

    /**
     * Wraps an I/O failure at the library boundary; one that says the files are damaged is a
     * corruption exception and marks the index corrupt.
     */
    private SearchIndexException failure(String message, Exception e) {
        if (!CorruptionSigns.isCorruption(e)) {
            return new SearchIndexException(message, e);
        }
        if (corruption.compareAndSet(null, e)) {
            LOG.error("The search index files are damaged ({}); searches are refused until it is rebuilt", message, e);
            corruptionListener.run();
        }
        return new SearchIndexException(message + ": the search index is damaged and must be rebuilt", e, true);
    }

    // ---- plumbing ----

    @FunctionalInterface
    private interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    @FunctionalInterface
    private interface ViewerFunction<T> {
        T apply(HubSearcher searcher) throws IOException;
    }

    /**
     * Runs {@code fn} on a searcher whose ranking statistics count only what {@code viewerTokens}
     * may see: every read a viewer makes goes through here.
     */
    private <T> T withViewer(Set<String> viewerTokens, ViewerFunction<T> fn) {
        Throwable damaged = corruption.get();
        if (damaged != null) {
            throw new SearchIndexException("the search index is damaged and must be rebuilt", damaged, true);
        }
        return withSearcher(s -> fn.apply(((HubSearcher) s).forViewer(viewerTokens)));
    }

    private <T> T withSearcher(SearcherFunction<T> fn) {
        SearcherManager manager = engine.manager();
        IndexSearcher s;
        try {
            s = manager.acquire();
        } catch (IOException | AlreadyClosedException e) {
            if (corruption.get() != null) { // discarded for a rebuild between the check and here
                throw new SearchIndexException("the search index is being rebuilt", e, true);
            }
            throw new SearchIndexException("cannot acquire a searcher", e);
        }
        try {
            return fn.apply(s);
        } catch (IOException e) {
            throw failure("search failed", e);
        } catch (SearchIndexException | IndexSearcher.TooManyClauses e) {
            throw e;
        } catch (RuntimeException e) {
            if (!CorruptionSigns.isCorruption(e)) {
                throw e;
            }
            throw failure("search failed on damaged index files", e);
        } finally {
            try {
                manager.release(s);
            } catch (IOException e) {
                LOG.warn("cannot release searcher", e);
            }
        }
    }

    /**
     * Stops the reopen thread, closes the searchers, the writer and (when this index opened it)
     * the directory, in that order, logging each failure and carrying on. Uncommitted writes are
     * dropped: call {@link #commit(long)} first.
     */
    @Override
    public synchronized void close() {
        stop(engine);
        if (ownsDirectory) {
            closeQuietly(directory);
        }
    }

    private static void stop(Engine engine) {
        try {
            engine.reopener().close();
        } catch (RuntimeException e) {
            LOG.warn("stopping the reopen thread failed", e);
        }
        try {
            engine.manager().close();
        } catch (IOException | RuntimeException e) {
            LOG.warn("closing the searcher manager failed", e);
        }
        try {
            engine.writer().close();
        } catch (IOException | RuntimeException e) {
            LOG.warn("closing the index writer failed", e);
        }
    }

    private static void closeQuietly(Directory dir) {
        try {
            dir.close();
        } catch (IOException | RuntimeException e) {
            LOG.warn("closing the index directory failed", e);
        }
    }

    Directory directory() {
        return directory;
    }

    /** Simulates a crash for tests: drops uncommitted work as a killed process would. */
    void abandonForTesting() {
        Engine current = engine;
        current.reopener().close();
        try {
            current.manager().close();
            current.writer().rollback();
        } catch (IOException e) {
            throw new SearchIndexException("rollback failed", e);
        }
    }
}
