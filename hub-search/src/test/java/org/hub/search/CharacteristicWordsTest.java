package org.hub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Covers the more-like-this port: where the viewer sees everything it picks exactly MoreLikeThis's words and boosts. */
class CharacteristicWordsTest {

    @Test
    void sameQueryAsMoreLikeThisWhenEverythingIsVisible() throws Exception {
        SearchSchema schema = new SearchSchema(SearchIndexOptions.Stemmer.PORTER);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(schema.analyzer()))) {
                String[] bodies = {
                    "Annual leave carries over into next year if your manager agrees",
                    "The budget review for the hangar was delayed until the spring",
                    "Leave policy for carers and parents, with the forms to request it",
                    "Working from home: guidance on equipment, safety and expenses",
                    "Parental leave and shared parental pay explained for new parents"
                };
                for (int i = 0; i < bodies.length; i++) {
                    w.addDocument(schema.toDocument(
                            Items.thread(i + 1, "Thread " + i + " " + bodies[i].split(" ")[0], bodies[i])));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                HubSearcher shared =
                        (HubSearcher) new HubSearcher.Factory(schema, new BM25Similarity(), new AccessFilterCache())
                                .newSearcher(reader, null);
                HubSearcher viewer = shared.forViewer(Items.ALL);
                String title = "Leave for new parents";
                String body = "How much parental leave do parents get, and which forms request leave for carers?";

                Query ours = new CharacteristicWords(
                                schema.analyzer(), List.of(SearchSchema.TITLE, SearchSchema.BODY), 25)
                        .like(viewer.statistics(), Map.of(SearchSchema.TITLE, title, SearchSchema.BODY, body));

                MoreLikeThis mlt = new MoreLikeThis(reader);
                mlt.setAnalyzer(schema.analyzer());
                mlt.setFieldNames(new String[] {SearchSchema.TITLE, SearchSchema.BODY});
                mlt.setMinTermFreq(1);
                mlt.setMinDocFreq(1);
                mlt.setMinWordLen(2);
                mlt.setMaxQueryTerms(25);
                mlt.setBoost(true);
                Map<String, Collection<Object>> fields = new HashMap<>();
                fields.put(SearchSchema.TITLE, List.of(title));
                fields.put(SearchSchema.BODY, List.of(body));
                Query theirs = mlt.like(fields);

                // the same words with the same boosts (BooleanQuery equality ignores the order of its clauses)
                assertThat(ours).isEqualTo(theirs);
                assertThat(ours.toString()).contains("body:leav", "title:parent");
                assertThat(viewer.forViewer(Set.of("nobody")).statistics().docCount(SearchSchema.BODY))
                        .isZero();
            }
        }
    }
}
