package org.hub.search.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.hub.search.IndexedItem;

/**
 * The reference the README compares against: plain Lucene BM25 (k1 1.2, b 0.75), EnglishAnalyzer,
 * each query parsed over title and body by the classic query parser. Same collection, same metrics
 * as {@link CranfieldEvaluation}, so the two figures are comparable.
 *
 * <pre>mvn -q -pl hub-search test-compile exec:java -Dexec.mainClass=org.hub.search.eval.PlainLuceneBaseline</pre>
 */
public final class PlainLuceneBaseline {
    private PlainLuceneBaseline() {}

    public static void main(String[] args) throws Exception {
        Path dir = CranfieldEvaluation.dirFrom(args);
        CranfieldEvaluation.Collection c = CranfieldEvaluation.Collection.load(dir);
        EnglishAnalyzer analyzer = new EnglishAnalyzer();
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (IndexedItem item : c.docs()) {
                    Document d = new Document();
                    d.add(new StoredField("id", Long.toString(item.id())));
                    d.add(new TextField("title", item.title(), Field.Store.NO));
                    d.add(new TextField("body", item.body(), Field.Store.NO));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"title", "body"}, analyzer);
                double ndcg = 0;
                double ap = 0;
                int n = 0;
                for (Map.Entry<String, String> q : c.queries().entrySet()) {
                    Map<String, Integer> judged = c.qrels().get(q.getKey());
                    if (judged == null || judged.isEmpty()) {
                        continue;
                    }
                    List<String> ranked = new ArrayList<>();
                    for (ScoreDoc sd :
                            searcher.search(parser.parse(QueryParser.escape(q.getValue())), 1000).scoreDocs) {
                        ranked.add(searcher.storedFields().document(sd.doc).get("id"));
                    }
                    ndcg += Cranfield.ndcgAt10(ranked, judged);
                    ap += Cranfield.averagePrecision(ranked, judged);
                    n++;
                }
                System.out.printf("plain Lucene BM25 + EnglishAnalyzer, title+body: queries %d%n", n);
                System.out.printf("nDCG@10 %.3f  MAP %.3f%n", ndcg / n, ap / n);
            }
        }
    }
}
