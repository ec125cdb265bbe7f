package org.briefings.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Medians and spreads of repeated measurements. On a shared two-core machine one run says little;
 * the median of several, with the lowest and highest beside it, says how far to trust it.
 */
final class Stats {

    private Stats() {}

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** "median (min–max)" with the given number format, or just the value for a single run. */
    static String spread(List<Double> values, String format) {
        if (values.isEmpty()) {
            return "–";
        }
        String median = String.format(Locale.ROOT, format, median(values));
        if (values.size() == 1) {
            return median;
        }
        return median + " (" + String.format(Locale.ROOT, format, min(values)) + "–"
                + String.format(Locale.ROOT, format, max(values)) + ")";
    }
}
