package org.hub.bench;

import java.util.Arrays;
import java.util.List;

/** Medians and percentiles of repeated measurements: the machine is shared, so single runs mislead. */
final class Medians {
    private Medians() {}

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** Nearest-rank percentile of {@code sorted} (ascending). */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double[] sorted(long[] nanos) {
        return Arrays.stream(nanos).mapToDouble(n -> n / 1e6).sorted().toArray();
    }
}
