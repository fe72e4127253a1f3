package org.hub.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * A search in the user query language: the query and the viewer's filters, a first pass ranked
 * by relevance (or newest first), the {@link Rescorer}'s second pass, one page of hits with
 * {@link Snippets}, {@link FacetCounts} and, when little was found, {@link DidYouMean}.
 */
final class TextSearch {
    private final SearchSchema schema;
    private final QueryFactory queries;
    private final Rescorer rescorer;
    private final Snippets snippets;
    private final DidYouMean didYouMean;

    TextSearch(SearchSchema schema, QueryFactory queries, Rescorer rescorer, Snippets snippets, DidYouMean didYouMean) {
        this.schema = schema;
        this.queries = queries;
        this.rescorer = rescorer;
        this.snippets = snippets;
        this.didYouMean = didYouMean;
    }

    /**
     * A parsed request: {@code text} decides the hits (and is what snippets highlight), {@code filter}
     * holds every non-scoring restriction, {@code terms} are the query's analysed words for the
     * second pass (empty when sorted by date).
     */
    record Plan(
            SearchRequest req,
            ParsedQuery pq,
            Analyzer analyzer,
            Query text,
            Query filter,
            boolean newest,
            List<String> terms) {}

    /** Parses {@code req}; null when there is nothing to look for (only stop words or punctuation). */
    Plan plan(SearchRequest req, Analyzer analyzer) throws InvalidQueryException {
        ParsedQuery pq = UserQueryParser.parse(req.text());
        Query text = pq.hasPositiveText() ? queries.matchQuery(pq, analyzer) : queries.excludedOnly(pq);
        if (text == null) {
            return null;
        }
        Query filter = QueryFactory.filter(req, pq);
        boolean newest = req.sort() == SearchRequest.Sort.NEWEST || !pq.hasPositiveText();
        // analysed once: proximity and feedback both work from the query's words
        List<String> terms = newest ? List.of() : SearchSchema.terms(schema.analyzer(), SearchSchema.BODY, pq.words());
        return new Plan(req, pq, analyzer, text, filter, newest, terms);
    }

    SearchResults run(HubSearcher s, Plan p) throws IOException {
        SearchRequest req = p.req();
        int window = Math.max(1, req.offset() + req.limit());
        // ranked by relevance, the best Rescorer.WINDOW first-pass hits are re-scored below
        int firstPass = p.newest() ? window : Math.max(window, Rescorer.WINDOW);
        Query typed = new BooleanQuery.Builder()
                .add(p.text(), Occur.MUST)
                .add(p.filter(), Occur.FILTER)
                .build();
        Query query = queries.withRankBoost(typed);
        TopDocs top;
        Map<String, List<FacetValue>> facets = Map.of();
        if (req.facets()) {
            FacetsCollectorManager.FacetsResult found = p.newest()
                    ? FacetsCollectorManager.search(s, query, firstPass, newestFirst(), new FacetsCollectorManager())
                    : FacetsCollectorManager.search(s, query, firstPass, new FacetsCollectorManager());
            top = found.topDocs();
            facets = FacetCounts.count(s.facetState(), found.facetsCollector());
        } else {
            top = p.newest()
                    ? s.search(
                            query,
                            new TopFieldCollectorManager(newestFirst(), firstPass, null, Integer.MAX_VALUE, true))
                    : s.search(query, new TopScoreDocCollectorManager(firstPass, null, Integer.MAX_VALUE, true));
        }
        if (!p.newest()) {
            top = rescorer.rescore(s, p.terms(), top, window);
        }
        long total = top.totalHits.value;
        ScoreDoc[] page = slice(top.scoreDocs, req.offset(), req.limit());
        List<SearchHit> hits = snippets.toHits(s, page, p.pq().hasPositiveText() ? p.text() : null);
        String dym = DidYouMean.wanted(p.pq(), total)
                ? didYouMean.correct(s, req, p.pq(), p.analyzer(), p.filter(), total)
                : null;
        return new SearchResults(total, hits, facets, dym);
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
}
