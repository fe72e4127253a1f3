package org.hub.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A closed-loop load of {@code clients} threads, each sending the next search of the mix as soon as
 * its previous one answered, for a fixed time after a warm-up; answers latency percentiles and
 * throughput. Bounded in time and count: it stops by itself.
 */
final class LoadRun {
    /** One client's engine: a connection or session of its own, called with each search. */
    // "try" (here and in run): close() may throw anything its engine's resources throw; a load run
    // closes its clients only when it ends, so an interrupt there has nothing left to stop.
    @SuppressWarnings("try")
    interface Client extends AutoCloseable {
        void search(QueryMix.Search search) throws Exception;

        /**
         * CPU time this client has used so far, in nanoseconds: its own thread's, plus that of any
         * server process working for it. CPU per search does not depend on how loaded the machine is.
         */
        default long cpuNanos() {
            return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        }

        @Override
        default void close() throws Exception {}
    }

    record Result(
            String engine,
            int clients,
            long searches,
            double seconds,
            double p50,
            double p95,
            double p99,
            double cpuMsPerSearch) {
        double throughput() {
            return searches / seconds;
        }

        @Override
        public String toString() {
            return String.format(
                    "%s clients=%d searches/s=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f cpu_ms_per_search=%.2f"
                            + " (%d searches)",
                    engine, clients, throughput(), p50, p95, p99, cpuMsPerSearch, searches);
        }
    }

    private LoadRun() {}

    @SuppressWarnings("try")
    static Result run(
            String engine,
            Supplier<Client> clients,
            List<QueryMix.Search> mix,
            int clientCount,
            double warmupSeconds,
            double seconds)
            throws Exception {
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        List<long[]> latencies = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        List<long[]> cpus = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int c = 0; c < clientCount; c++) {
            long[] lat = new long[2_000_000];
            int[] count = new int[1];
            long[] cpu = new long[2];
            cpus.add(cpu);
            latencies.add(lat);
            counts.add(count);
            int offset = c * 97;
            Thread t = new Thread(
                    () -> {
                        try (Client client = clients.get()) {
                            boolean started = false;
                            for (int i = offset; !stop.get(); i++) {
                                boolean measured = measuring.get();
                                if (measured && !started) {
                                    cpu[0] = client.cpuNanos();
                                    started = true;
                                }
                                long start = System.nanoTime();
                                client.search(mix.get(i % mix.size()));
                                long took = System.nanoTime() - start;
                                if (measured && count[0] < lat.length) {
                                    lat[count[0]++] = took;
                                    cpu[1] = client.cpuNanos();
                                }
                            }
                        } catch (Throwable e) {
                            failures.add(e);
                        }
                    },
                    engine + "-client-" + c);
            threads.add(t);
            t.start();
        }
        Thread.sleep((long) (warmupSeconds * 1000));
        measuring.set(true);
        long start = System.nanoTime();
        Thread.sleep((long) (seconds * 1000));
        measuring.set(false);
        double took = (System.nanoTime() - start) / 1e9;
        stop.set(true);
        for (Thread t : threads) {
            t.join(60_000);
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(engine + " failed", failures.get(0));
        }
        int total = counts.stream().mapToInt(c -> c[0]).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clientCount; c++) {
            System.arraycopy(latencies.get(c), 0, all, at, counts.get(c)[0]);
            at += counts.get(c)[0];
        }
        double[] sorted = Medians.sorted(all);
        long cpuNanos = cpus.stream().mapToLong(c -> c[1] - c[0]).sum();
        return new Result(
                engine,
                clientCount,
                total,
                took,
                Medians.percentile(sorted, 50),
                Medians.percentile(sorted, 95),
                Medians.percentile(sorted, 99),
                cpuNanos / 1e6 / Math.max(1, total));
    }
}
