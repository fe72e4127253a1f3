package org.hub.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * More-like-this: threads and guidance like a question being written ("has this been asked
 * before?") and items related to one the viewer is reading. Both take the text's characteristic
 * words and search them under the viewer's access filter.
 */
final class SimilarItems {
    private static final Set<ItemType> SIMILAR_TYPES = Set.of(ItemType.THREAD, ItemType.GUIDANCE);
    /** Related and similar items need a quarter of the characteristic words from this many on. */
    private static final int QUARTER_FROM = 12;

    private static final int MAX_QUERY_TERMS = 25;
    private static final int MAX_LIMIT = 50;
    /** Hits read per related item wanted, so that answers of one thread folding into it still leave enough. */
    private static final int PER_THREAD_READ = 4;

    private final QueryFactory queries;
    private final Snippets snippets;
    private final CharacteristicWords words;

    SimilarItems(SearchSchema schema, QueryFactory queries, Snippets snippets) {
        this.queries = queries;
        this.snippets = snippets;
        this.words = new CharacteristicWords(
                schema.analyzer(), List.of(SearchSchema.TITLE, SearchSchema.BODY), MAX_QUERY_TERMS);
    }

    /** Threads and guidance like {@code title} and {@code body} (both already cleaned, not both blank). */
    List<SearchHit> similar(HubSearcher s, String title, String body, Set<String> viewerTokens, int limit)
            throws IOException {
        Query like = moreLikeThis(s, title, body);
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(like, Occur.MUST);
        b.add(QueryFactory.accessFilter(viewerTokens), Occur.FILTER);
        b.add(QueryFactory.typesFilter(SIMILAR_TYPES), Occur.FILTER);
        b.add(new TermQuery(new Term(SearchSchema.ARCHIVED, SearchSchema.TRUE)), Occur.MUST_NOT);
        TopDocs top = s.search(queries.withRankBoost(b.build()), Math.min(limit, MAX_LIMIT));
        return snippets.toHits(s, top.scoreDocs, like);
    }

    /** Items like the one keyed {@code itemKey}, excluding it and its own posts; empty if the viewer can't see it. */
    List<SearchHit> related(HubSearcher s, String itemKey, Set<String> viewerTokens, int limit) throws IOException {
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
        long thread = type == ItemType.THREAD
                ? id
                : type == ItemType.POST
                        ? d.getField(SearchSchema.THREAD_STORED).numericValue().longValue()
                        : 0;
        if (thread > 0) {
            b.add(new TermQuery(new Term(SearchSchema.THREAD, Long.toString(thread))), Occur.MUST_NOT);
            b.add(new TermQuery(SearchSchema.keyTerm(IndexedItem.key(ItemType.THREAD, thread))), Occur.MUST_NOT);
        }
        // A thread and its answers often match together: read past them for the wanted number of threads.
        TopDocs top = s.search(queries.withRankBoost(b.build()), Math.min(limit * PER_THREAD_READ, MAX_LIMIT));
        return onePerThread(snippets.toHits(s, top.scoreDocs, like), Math.min(limit, MAX_LIMIT));
    }

    /** The best hit of each thread (a thread or one of its answers), in rank order; other items as they are. */
    static List<SearchHit> onePerThread(List<SearchHit> hits, int limit) {
        Set<Long> threads = new HashSet<>();
        List<SearchHit> kept = new ArrayList<>();
        for (SearchHit hit : hits) {
            long thread = hit.threadOf();
            if ((thread == 0 || threads.add(thread)) && kept.size() < limit) {
                kept.add(hit);
            }
        }
        return kept;
    }

    /** The text's characteristic words, chosen by what the viewer may see (not MoreLikeThis: see CharacteristicWords). */
    private Query moreLikeThis(HubSearcher s, String title, String body) throws IOException {
        Query q = words.like(
                s.statistics(),
                Map.of(SearchSchema.TITLE, title == null ? "" : title, SearchSchema.BODY, body == null ? "" : body));
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
        if (!(like instanceof BooleanQuery words) || words.clauses().size() < QUARTER_FROM) {
            return like;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .setMinimumNumberShouldMatch(words.clauses().size() / 4);
        words.clauses().forEach(b::add);
        return b.build();
    }
}
