package org.hub.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hub.api.HubServices;
import org.hub.api.auth.PasswordHasher;
import org.hub.api.common.HubException;
import org.hub.api.common.TextRules;
import org.hub.api.groups.GroupService;
import org.hub.api.groups.Visibility;
import org.hub.api.outbox.OutboxDao;
import org.hub.api.search.Indexer;
import org.hub.api.search.SearchResponse;
import org.hub.api.search.SearchService;
import org.hub.api.threads.ThreadKind;
import org.hub.api.threads.ThreadService;
import org.hub.api.users.User;
import org.hub.search.SearchIndex;
import org.hub.search.SearchIndexOptions;
import org.hub.search.eval.Cranfield;
import org.jdbi.v3.core.Jdbi;

/**
 * Benchmark 5b: relevance as a user gets it. Cranfield's documents are posted as threads through
 * ThreadService (Markdown, outbox row), indexed by the live outbox Indexer (ItemLoader, the whole
 * schema), and every query goes through SearchService, the code behind {@code /api/v1/search},
 * paged 100 at a time to 1,000 results. Reference, plain Lucene BM25 + EnglishAnalyzer: 0.364 / 0.319.
 *
 * <pre>java -cp hub-bench/target/hub-bench.jar org.hub.bench.CranfieldThroughApp [CRANFIELD_DIR]</pre>
 */
public final class CranfieldThroughApp {
    private CranfieldThroughApp() {}

    public static void main(String[] args) throws Exception {
        Cranfield collection = Cranfield.bundledOr(args.length > 0 ? Path.of(args[0]) : null);
        Path folder = Files.createTempDirectory("hub-cranfield");
        try {
            System.out.println("RESULT cranfield_hub " + run(collection, folder));
        } finally {
            IndexingBenchmark.delete(folder);
        }
    }

    static Cranfield.Scores run(Cranfield collection, Path folder) throws Exception {
        Jdbi jdbi = BenchHub.database(folder);
        Clock clock = Clock.systemUTC();
        HubServices services = new HubServices(jdbi, new PasswordHasher(1024, 1, 1), clock);
        User admin = services.users().bootstrapAdmin("cranfield-benchmark-only").orElseThrow();
        GroupService groups = services.groups();
        ThreadService threads = services.threads();
        groups.create(
                admin, new GroupService.NewGroup("cranfield", "Cranfield", "Aeronautics abstracts", Visibility.OPEN));

        Map<Long, String> docOfThread = new HashMap<>();
        int truncated = 0;
        for (Cranfield.Doc doc : collection.docs()) {
            String title = doc.title().isBlank() ? "(untitled)" : doc.title();
            if (title.length() > TextRules.MAX_TITLE) {
                title = title.substring(0, TextRules.MAX_TITLE);
                truncated++;
            }
            long id = threads.create(
                            admin,
                            "cranfield",
                            new ThreadService.NewThread(title, doc.body(), ThreadKind.DISCUSSION, List.of()))
                    .id();
            docOfThread.put(id, Long.toString(doc.id()));
        }

        try (SearchIndex index = SearchIndex.open(folder.resolve("index"), SearchIndexOptions.defaults())) {
            Indexer indexer = services.indexer(index, Duration.ofMillis(50), Duration.ofSeconds(5));
            indexer.start();
            long target = jdbi.onDemand(OutboxDao.class).maxSeq();
            while (indexer.lowWater() < target) {
                Thread.sleep(50);
            }
            indexer.stop();
            index.refreshNow();
            SearchService search = services.search(index);
            int[] refused = {0};
            Cranfield.Scores scores = collection.evaluate(q -> {
                List<String> ranked = new ArrayList<>();
                try {
                    for (int offset = 0; offset < Cranfield.DEPTH; offset += SearchService.MAX_LIMIT) {
                        SearchResponse page = search.search(
                                admin,
                                new SearchService.Query(
                                        q,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        SearchService.MAX_LIMIT,
                                        offset));
                        page.hits().forEach(h -> ranked.add(docOfThread.get(h.id())));
                        if (page.hits().size() < SearchService.MAX_LIMIT) {
                            break;
                        }
                    }
                } catch (HubException e) {
                    refused[0]++;
                }
                return ranked;
            });
            System.out.printf(
                    "cranfield through the app: %d docs as threads (%d titles cut to %d chars), "
                            + "%d queries refused%n",
                    collection.docs().size(), truncated, TextRules.MAX_TITLE, refused[0]);
            return scores;
        }
    }
}
