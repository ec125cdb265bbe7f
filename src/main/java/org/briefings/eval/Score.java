package org.briefings.eval;

/**
 * One measured figure and the floor CI holds it to.
 *
 * @param suite  which evaluation, e.g. {@code reuters-countries}
 * @param metric what is measured, e.g. {@code about.precision}
 * @param value  the measured value
 * @param target the minimum acceptable value, or {@code Double.NaN} when the figure is only reported
 * @param note   how it was measured (counts, settings), shown in the table
 */
public record Score(String suite, String metric, double value, double target, String note) {

    public static Score gated(String suite, String metric, double value, double target, String note) {
        return new Score(suite, metric, value, target, note);
    }

    public static Score reported(String suite, String metric, double value, String note) {
        return new Score(suite, metric, value, Double.NaN, note);
    }

    public boolean isGated() {
        return !Double.isNaN(target);
    }

    public boolean passes() {
        return !isGated() || value >= target;
    }
}
