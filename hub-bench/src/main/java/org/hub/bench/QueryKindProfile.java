package org.hub.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hub.api.users.User;

/**
 * Where the query mix's time goes, by kind of search: CPU per search (median, p90, p99, max) for
 * one word, several words, phrases, filtered, pasted questions and newest-first, and the ten
 * slowest searches with their hit counts. One thread, after a warm-up pass, server stopped.
 *
 * <pre>java -cp hub-bench/target/hub-bench.jar org.hub.bench.QueryKindProfile DATA_FOLDER [ROUNDS]</pre>
 */
public final class QueryKindProfile {
    private QueryKindProfile() {}

    record Timed(QueryMix.Search search, double cpuMs, long total) {}

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        try (BenchHub hub = BenchHub.open(data)) {
            User viewer = hub.user("bench-viewer");
            List<QueryMix.Search> mix = QueryMix.generate(hub.jdbi(), 1000, 11);
            for (QueryMix.Search s : mix.subList(0, 300)) { // warm-up: JIT and page cache
                hub.search().search(viewer, s.toQuery());
            }
            // each search's median CPU over the rounds, so one preempted run does not decide it
            List<List<Double>> perSearch = new ArrayList<>();
            mix.forEach(s -> perSearch.add(new ArrayList<>()));
            long[] totals = new long[mix.size()];
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < mix.size(); i++) {
                    long before = cpu.getCurrentThreadCpuTime();
                    totals[i] =
                            hub.search().search(viewer, mix.get(i).toQuery()).total();
                    perSearch.get(i).add((cpu.getCurrentThreadCpuTime() - before) / 1e6);
                }
            }
            List<Timed> timed = new ArrayList<>();
            for (int i = 0; i < mix.size(); i++) {
                timed.add(new Timed(mix.get(i), Medians.median(perSearch.get(i)), totals[i]));
            }
            Map<String, List<Timed>> byKind = new TreeMap<>();
            timed.forEach(t -> byKind.computeIfAbsent(t.search().kind().name(), k -> new ArrayList<>())
                    .add(t));
            byKind.put("ALL", timed);
            for (Map.Entry<String, List<Timed>> e : byKind.entrySet()) {
                double[] ms =
                        e.getValue().stream().mapToDouble(Timed::cpuMs).sorted().toArray();
                double sum = java.util.Arrays.stream(ms).sum();
                System.out.printf(
                        "RESULT kind=%s searches=%d cpu_ms p50=%.2f p90=%.2f p99=%.2f max=%.1f share=%.0f%%%n",
                        e.getKey(),
                        ms.length,
                        Medians.percentile(ms, 50),
                        Medians.percentile(ms, 90),
                        Medians.percentile(ms, 99),
                        ms[ms.length - 1],
                        100 * sum / timed.stream().mapToDouble(Timed::cpuMs).sum());
            }
            timed.stream()
                    .sorted(Comparator.comparingDouble(Timed::cpuMs).reversed())
                    .limit(10)
                    .forEach(t -> System.out.printf(
                            "SLOW %.1f ms total=%d %s %s%n",
                            t.cpuMs(), t.total(), t.search().kind(), t.search().path()));
        }
    }
}
