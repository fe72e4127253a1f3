package org.hub.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** As-you-type suggestions: titles of threads, guidance and documents starting with what was typed. */
final class Suggestions {
    /** A suggestion shows a title and links to it: not the body, the largest stored field. */
    private static final Set<String> FIELDS =
            Set.of(SearchSchema.TYPE, SearchSchema.ID, SearchSchema.TITLE, SearchSchema.URL);

    private static final Set<ItemType> TYPES = Set.of(ItemType.THREAD, ItemType.GUIDANCE, ItemType.DOCUMENT);
    private static final int MAX_PREFIX_CHARS = 200;
    private static final int MAX_WORDS = 10;
    private static final int MAX_LIMIT = 50;

    private final SearchSchema schema;
    private final QueryFactory queries;

    Suggestions(SearchSchema schema, QueryFactory queries) {
        this.schema = schema;
        this.queries = queries;
    }

    /** The query for {@code prefix} as this viewer may see it, or null when there is nothing to suggest. */
    Query query(String prefix, Set<String> viewerTokens) {
        if (prefix == null || viewerTokens.isEmpty()) {
            return null;
        }
        String cleaned =
                SearchSchema.clean(prefix.length() > MAX_PREFIX_CHARS ? prefix.substring(0, MAX_PREFIX_CHARS) : prefix);
        List<String> tokens = SearchSchema.terms(schema.plainAnalyzer(), SearchSchema.TITLE_SUGGEST, cleaned);
        if (tokens.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : tokens.subList(0, Math.min(MAX_WORDS, tokens.size()))) {
            String gram =
                    t.length() > SearchSchema.SUGGEST_MAX_GRAM ? t.substring(0, SearchSchema.SUGGEST_MAX_GRAM) : t;
            b.add(new TermQuery(new Term(SearchSchema.TITLE_SUGGEST, gram)), Occur.MUST);
        }
        b.add(QueryFactory.accessFilter(viewerTokens), Occur.FILTER);
        b.add(QueryFactory.typesFilter(TYPES), Occur.FILTER);
        b.add(new TermQuery(new Term(SearchSchema.ARCHIVED, SearchSchema.TRUE)), Occur.MUST_NOT);
        return queries.withRankBoost(b.build());
    }

    /** The best {@code limit} (at most 50) suggestions of {@code query}. */
    List<Suggestion> find(IndexSearcher s, Query query, int limit) throws IOException {
        TopDocs top = s.search(query, Math.min(limit, MAX_LIMIT));
        StoredFields stored = s.storedFields();
        List<Suggestion> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc, FIELDS);
            out.add(new Suggestion(
                    ItemType.fromWire(d.get(SearchSchema.TYPE)),
                    d.getField(SearchSchema.ID).numericValue().longValue(),
                    d.get(SearchSchema.TITLE),
                    d.get(SearchSchema.URL)));
        }
        return out;
    }
}
