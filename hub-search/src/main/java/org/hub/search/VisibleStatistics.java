package org.hub.search;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.SmallFloat;

/**
 * Ranking statistics computed only over the documents one viewer may see, so that no score, no
 * order and nothing else in a response depends on content hidden from that viewer (issue 11,
 * finding 1: with index-wide BM25 statistics, an outsider could tell from the scores of two of
 * their own items whether a guessed word occurs in a private group or a draft).
 *
 * <p>What is counted: for a term, the viewer's <em>live</em> documents containing it and their
 * occurrences of it (BM25 reads the first); for a field, the viewer's live documents with text in
 * it and their total length, read from the length norms (BM25's average length). Deleted
 * documents do not count either: a deleted item is no longer visible to anyone.
 *
 * <p>Why the viewer's set and not a set everyone may see: group content is indexed with its
 * group's token whatever the group's visibility (so a change of visibility needs no reindex), so
 * the index cannot tell open groups from private ones; the only token every viewer holds marks
 * published guidance, and statistics of guidance alone would rank every thread and post by term
 * frequency only. The viewer's own set is exact, needs nothing from the application, and is what
 * the access filter already describes. Two viewers may see different scores for one item; each
 * score is computed from what that viewer may see.
 *
 * <p>Cost: a segment the viewer sees whole (no deletions, every document visible) answers from
 * Lucene's own statistics, so an index everyone sees ranks exactly as before (Cranfield). For
 * any other segment, the viewer's visible documents are a bit set built once from the (cached)
 * access filter; a field's figures are one pass over its norms, a term's one pass over its
 * postings. All of these are cached per token set and segment reader ({@link Cache}); a reader
 * with new deletions is a new reader, so nothing stale is ever read, and entries of closed
 * readers are dropped.
 *
 * <p>Never zero where Lucene needs a positive value: a term or field no visible document holds
 * gets the statistics of one document (max(1, n)). Such a term matches no visible document, so
 * the value never reaches a visible score.
 */
final class VisibleStatistics {
    private final Cache cache;
    private final IndexSearcher base;
    private final Set<String> tokens;
    private final List<LeafReaderContext> leaves;
    /** This request's segments, looked up in the cache once each. */
    private final Segment[] segments;

    private Weight access;

    /** The statistics of what {@code tokens} may see in {@code base}'s reader. */
    VisibleStatistics(Cache cache, IndexSearcher base, Set<String> tokens) {
        this.cache = cache;
        this.base = base;
        this.tokens = Set.copyOf(tokens);
        this.leaves = base.getIndexReader().leaves();
        this.segments = new Segment[leaves.size()];
    }

    /** A term's statistics over the visible documents, at least one document's worth. */
    TermStatistics termStatistics(Term term) throws IOException {
        long[] counts = termCounts(term);
        long docFreq = Math.max(1, counts[0]);
        return new TermStatistics(term.bytes(), docFreq, Math.max(docFreq, counts[1]));
    }

    /** How many visible documents contain {@code term} (zero when none). */
    long docFreq(Term term) throws IOException {
        return termCounts(term)[0];
    }

    /** How many visible documents have text in {@code field}. */
    long docCount(String field) throws IOException {
        long docCount = 0;
        for (int i = 0; i < leaves.size(); i++) {
            Terms terms = leaves.get(i).reader().terms(field);
            if (terms != null) {
                docCount += segment(i).field(field, leaves.get(i).reader(), terms)[0];
            }
        }
        return docCount;
    }

    /** A field's statistics over the visible documents; null, as Lucene's, for a field nobody indexed. */
    CollectionStatistics collectionStatistics(String field) throws IOException {
        long maxDoc = 0;
        long docCount = 0;
        long sumTotalTermFreq = 0;
        long sumDocFreq = 0;
        boolean indexed = false;
        for (int i = 0; i < leaves.size(); i++) {
            Segment segment = segment(i);
            maxDoc += segment.count;
            Terms terms = leaves.get(i).reader().terms(field);
            if (terms != null) {
                indexed = true;
                long[] f = segment.field(field, leaves.get(i).reader(), terms);
                docCount += f[0];
                sumTotalTermFreq += f[1];
                sumDocFreq += f[2];
            }
        }
        if (!indexed) {
            return null;
        }
        docCount = Math.max(1, docCount);
        sumDocFreq = Math.max(docCount, sumDocFreq);
        sumTotalTermFreq = Math.max(sumDocFreq, sumTotalTermFreq);
        return new CollectionStatistics(field, Math.max(docCount, maxDoc), docCount, sumTotalTermFreq, sumDocFreq);
    }

    private long[] termCounts(Term term) throws IOException {
        long docFreq = 0;
        long totalTermFreq = 0;
        for (int i = 0; i < leaves.size(); i++) {
            Segment segment = segment(i);
            if (segment.count == 0) {
                continue;
            }
            long[] c = segment.term(term, leaves.get(i).reader());
            docFreq += c[0];
            totalTermFreq += c[1];
        }
        return new long[] {docFreq, totalTermFreq};
    }

    private Segment segment(int i) throws IOException {
        Segment s = segments[i];
        if (s == null) {
            LeafReaderContext leaf = leaves.get(i);
            IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
            Cache.Key key = helper == null ? null : new Cache.Key(tokens, helper.getKey());
            s = key == null ? null : cache.get(key);
            if (s == null) {
                s = Segment.build(leaf, accessWeight());
                if (key != null) {
                    s = cache.put(key, s, helper);
                }
            }
            segments[i] = s;
        }
        return s;
    }

    /** The viewer's access filter, through the shared searcher so the access filter cache serves it. */
    private Weight accessWeight() throws IOException {
        if (access == null) {
            access = base.createWeight(
                    base.rewrite(QueryFactory.accessFilter(tokens)), ScoreMode.COMPLETE_NO_SCORES, 1f);
        }
        return access;
    }

    /** What one token set sees of one segment reader, and the figures already computed for it. */
    static final class Segment {
        /** Max entries of {@link #terms} before it starts afresh: a bound, never reached by normal use. */
        private static final int MAX_TERMS = 20_000;

        /** The visible live documents; null when that is every document of the segment. */
        final FixedBitSet visible;

        final int count;
        private final Map<String, long[]> fields = new ConcurrentHashMap<>();
        private final Map<Term, long[]> terms = new ConcurrentHashMap<>();

        private Segment(FixedBitSet visible, int count) {
            this.visible = visible;
            this.count = count;
        }

        static Segment build(LeafReaderContext leaf, Weight access) throws IOException {
            LeafReader reader = leaf.reader();
            Scorer scorer = access.scorer(leaf);
            if (scorer == null) {
                return new Segment(new FixedBitSet(Math.max(1, reader.maxDoc())), 0);
            }
            FixedBitSet bits = new FixedBitSet(reader.maxDoc());
            Bits live = reader.getLiveDocs();
            int count = 0;
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live == null || live.get(doc)) {
                    bits.set(doc);
                    count++;
                }
            }
            return new Segment(count == reader.maxDoc() ? null : bits, count);
        }

        /** What the entry is charged: its bit set; the per-term figures are bounded by {@link #MAX_TERMS}. */
        long bytes() {
            return 64 + (visible == null ? 0 : visible.ramBytesUsed());
        }

        /** {docCount, sumTotalTermFreq, sumDocFreq} of the visible documents for {@code field}. */
        long[] field(String field, LeafReader reader, Terms indexed) throws IOException {
            long[] f = fields.get(field);
            if (f == null) {
                f = computeField(field, reader, indexed);
                fields.put(field, f);
            }
            return f;
        }

        private long[] computeField(String field, LeafReader reader, Terms indexed) throws IOException {
            if (visible == null) {
                return new long[] {indexed.getDocCount(), indexed.getSumTotalTermFreq(), indexed.getSumDocFreq()};
            }
            if (count == 0) {
                return new long[] {0, 0, 0};
            }
            NumericDocValues norms = reader.getNormValues(field);
            if (norms == null) {
                // no lengths recorded (a terms-only field): every visible document counts as length one
                return new long[] {count, count, count};
            }
            long docCount = 0;
            long length = 0;
            for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
                long norm = norms.longValue();
                if (norm != 0 && visible.get(doc)) {
                    docCount++;
                    length += SmallFloat.byte4ToInt((byte) norm); // as BM25Similarity encodes the length
                }
            }
            return new long[] {docCount, length, docCount};
        }

        /** {docFreq, totalTermFreq} of {@code term} over the visible documents. */
        long[] term(Term term, LeafReader reader) throws IOException {
            long[] c = terms.get(term);
            if (c == null) {
                c = computeTerm(term, reader);
                if (terms.size() >= MAX_TERMS) {
                    terms.clear();
                }
                terms.put(term, c);
            }
            return c;
        }

        private long[] computeTerm(Term term, LeafReader reader) throws IOException {
            Terms indexed = reader.terms(term.field());
            if (indexed == null) {
                return new long[] {0, 0};
            }
            TermsEnum te = indexed.iterator();
            if (!te.seekExact(term.bytes())) {
                return new long[] {0, 0};
            }
            if (visible == null) {
                return new long[] {te.docFreq(), te.totalTermFreq()};
            }
            FieldInfo info = reader.getFieldInfos().fieldInfo(term.field());
            boolean freqs = info != null && info.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS) >= 0;
            PostingsEnum postings = te.postings(null, freqs ? PostingsEnum.FREQS : PostingsEnum.NONE);
            long docFreq = 0;
            long totalTermFreq = 0;
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (visible.get(doc)) {
                    docFreq++;
                    totalTermFreq += freqs ? postings.freq() : 1;
                }
            }
            return new long[] {docFreq, totalTermFreq};
        }
    }

    /**
     * The segments of every token set recently searched, least recently used dropped first, within
     * a memory bound; one for the whole index, shared by its searchers (entries are per segment
     * reader, so they outlive a refresh that leaves the segment alone).
     */
    static final class Cache {
        private static final long MAX_BYTES = 64L << 20;

        record Key(Set<String> tokens, IndexReader.CacheKey reader) {}

        private final Map<Key, Segment> entries = new LinkedHashMap<>(64, 0.75f, true);
        private final Set<IndexReader.CacheKey> watched = Collections.newSetFromMap(new ConcurrentHashMap<>());
        private long bytes;

        synchronized Segment get(Key key) {
            return entries.get(key);
        }

        /** Stores {@code segment} unless another search stored one first; returns the one kept. */
        Segment put(Key key, Segment segment, IndexReader.CacheHelper helper) {
            if (watched.add(key.reader())) {
                helper.addClosedListener(this::dropReader);
            }
            synchronized (this) {
                Segment existing = entries.putIfAbsent(key, segment);
                if (existing != null) {
                    return existing;
                }
                bytes += segment.bytes();
                var it = entries.entrySet().iterator();
                while (bytes > MAX_BYTES && it.hasNext()) {
                    Map.Entry<Key, Segment> eldest = it.next();
                    if (eldest.getKey().equals(key)) {
                        break;
                    }
                    bytes -= eldest.getValue().bytes();
                    it.remove();
                }
                return segment;
            }
        }

        private void dropReader(IndexReader.CacheKey reader) {
            watched.remove(reader);
            synchronized (this) {
                var it = entries.entrySet().iterator();
                while (it.hasNext()) {
                    Map.Entry<Key, Segment> e = it.next();
                    if (e.getKey().reader() == reader) {
                        bytes -= e.getValue().bytes();
                        it.remove();
                    }
                }
            }
        }

        synchronized int size() {
            return entries.size();
        }
    }
}
