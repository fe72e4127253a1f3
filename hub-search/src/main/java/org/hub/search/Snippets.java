package org.hub.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Turns a page of matches into {@link SearchHit}s with their snippets: the passage of the body
 * that best matches the query, its words in {@code <mark>}, everything else escaped; or, when
 * the body did not match, the escaped start of the body (or the title, for an item without one).
 */
final class Snippets {
    private static final int SNIPPET_CHARS = 200;
    /** Pages are 20 hits in the app; beyond this, hits get the start of their body. */
    private static final int MAX_HIGHLIGHTED = 50;

    private final SearchSchema schema;

    Snippets(SearchSchema schema) {
        this.schema = schema;
    }

    /** The hits of {@code page}, snippets highlighting {@code highlight} (null: start of body only). */
    List<SearchHit> toHits(IndexSearcher s, ScoreDoc[] page, Query highlight) throws IOException {
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
                snippet = body == null || body.isBlank()
                        ? Html.escape(docs[i].get(SearchSchema.TITLE))
                        : Html.escape(startOf(body));
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
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), SNIPPET_CHARS, 0.3f))
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

    private static void highlightInto(
            UnifiedHighlighter uh,
            String field,
            Query highlight,
            ScoreDoc[] page,
            List<Integer> which,
            String[] snippets)
            throws IOException {
        if (which.isEmpty()) {
            return;
        }
        ScoreDoc[] docs = which.stream().map(i -> page[i]).toArray(ScoreDoc[]::new);
        String[] out = uh.highlight(
                field, highlight, new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs), 1);
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
}
