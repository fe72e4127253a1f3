package org.hub.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hub.api.search.SearchResponse;
import org.hub.api.users.User;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 2 in-process: the realistic {@link QueryMix} through SearchService, exactly as
 * {@code GET /api/v1/search} runs it (access tokens of a viewer in five private groups looked up per
 * search, facets, highlighting), over an index built by {@code reindex}. Sample mode gives
 * p50/p95/p99; run with {@code -t 1} and {@code -t 2} for throughput on both cores.
 *
 * <pre>java -Dhub.bench.data=DATA_FOLDER -jar hub-bench/target/hub-bench.jar SearchLatency -t 1</pre>
 */
@BenchmarkMode({Mode.SampleTime, Mode.Throughput})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(
        value = 1,
        jvmArgs = {"-Xms1g", "-Xmx1g"})
public class SearchLatencyBenchmark {

    @State(Scope.Benchmark)
    public static class Hub {
        BenchHub hub;
        User viewer;
        List<QueryMix.Search> mix;

        @Setup(Level.Trial)
        public void open() {
            hub = BenchHub.open(Path.of(System.getProperty("hub.bench.data", "bench-data/100k/data")));
            viewer = hub.user(System.getProperty("hub.bench.viewer", "bench-viewer"));
            mix = QueryMix.generate(hub.jdbi(), 1000, 11);
        }

        @TearDown(Level.Trial)
        public void close() {
            hub.close();
        }
    }

    /** Each benchmark thread walks the mix from its own offset, so threads do not search in lockstep. */
    @State(Scope.Thread)
    public static class Cursor {
        int next = (int) (Thread.currentThread().getId() * 101);
    }

    @Benchmark
    public SearchResponse search(Hub hub, Cursor cursor) {
        QueryMix.Search search = hub.mix.get(Math.floorMod(cursor.next++, hub.mix.size()));
        return hub.hub.search().search(hub.viewer, search.toQuery());
    }
}
