package org.briefings.ingest;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.Arrays;

/**
 * Straightens a page image turned by a few degrees, before Tesseract reads it.
 *
 * <p>Why: at a skew of 3° Tesseract's layout analysis (page segmentation modes 1, 3 and 4 alike)
 * takes the block of slanted lines for a picture and reads nothing, or drops lines; its own
 * orientation detection still says "0°" and is not the problem. A scanner's feeder or a phone
 * photo easily turns a page that far. Tika's own deskew needs ImageMagick and a Python script; this
 * is plain Java2D, run in the parser processes.
 *
 * <p>How the angle is found: the page is shrunk to about {@value #WORK_SIZE} pixels on its long
 * side, binarised (Otsu's threshold), and its dark pixels are projected onto lines at each candidate
 * angle from -{@value #MAX_DEGREES}° to +{@value #MAX_DEGREES}°. At the angle of the text lines the
 * projection is a comb of sharp peaks (lines) and empty gaps (leading), so the sum of the squared
 * counts is highest there. The same is done on columns, for a sideways page (turned by 90° plus a
 * skew): its lines are vertical. The 90° turn itself is left to Tesseract's orientation detection
 * (OSD); only the small angle is undone here.
 */
final class Deskew {

    /** Angles searched, either way, in degrees. */
    static final double MAX_DEGREES = 10;
    /** A skew smaller than this (degrees) is left as it is: Tesseract reads it as well as straight. */
    static final double MIN_DEGREES = 0.3;
    /** The long side of the shrunken image the angle is measured on, in pixels. */
    static final int WORK_SIZE = 1200;
    /**
     * The best angle's score must be this many times the median score of all angles tried: a page
     * without lines of text (a photo, a blank page) has no clear best angle and is left alone.
     */
    static final double MIN_SHARPNESS = 1.3;

    private static final double COARSE_STEP = 0.5;
    private static final double FINE_STEP = 0.05;

    /**
     * What was measured on a page.
     *
     * @param degrees   how far the page is turned clockwise (as seen on screen), in degrees; the page
     *                  is straightened by turning it back by as much
     * @param sharpness the best score over the median score (1 means no angle stands out)
     * @param sideways  whether the lines run up and down (the page is also turned by 90° or 270°)
     */
    record Estimate(double degrees, double sharpness, boolean sideways) {

        /** Whether the page should be turned back: a clear angle, large enough to matter. */
        boolean worthStraightening() {
            return sharpness >= MIN_SHARPNESS && Math.abs(degrees) >= MIN_DEGREES;
        }
    }

    private Deskew() {}

    /** The page straightened, or the same image when {@link Estimate#worthStraightening} says no. */
    static BufferedImage straighten(BufferedImage page, Estimate estimate) {
        return estimate.worthStraightening() ? rotate(page, -estimate.degrees()) : page;
    }

    /** Measures the skew of a page image (any type; a colour image is read as grey). */
    static Estimate estimate(BufferedImage page) {
        int factor = Math.max(1, (int) Math.ceil(Math.max(page.getWidth(), page.getHeight()) / (double) WORK_SIZE));
        int[][] grey = shrink(page, factor);
        int[] dark = darkPixels(grey);
        if (dark.length == 0) {
            return new Estimate(0, 1, false);
        }
        int h = grey.length;
        int w = grey[0].length;
        Estimate rows = best(dark, w, h, false);
        Estimate columns = best(dark, w, h, true);
        return columns.sharpness() > rows.sharpness() ? columns : rows;
    }

    /** The best angle for lines running across ({@code sideways} false) or up and down. */
    private static Estimate best(int[] dark, int w, int h, boolean sideways) {
        int steps = (int) Math.round(2 * MAX_DEGREES / COARSE_STEP);
        double[] coarse = new double[steps + 1];
        int bestIndex = 0;
        for (int i = 0; i <= steps; i++) {
            coarse[i] = score(dark, w, h, -MAX_DEGREES + i * COARSE_STEP, sideways);
            if (coarse[i] > coarse[bestIndex]) {
                bestIndex = i;
            }
        }
        double bestAngle = -MAX_DEGREES + bestIndex * COARSE_STEP;
        double bestScore = coarse[bestIndex];
        for (double a = bestAngle - COARSE_STEP; a <= bestAngle + COARSE_STEP + 1e-9; a += FINE_STEP) {
            double s = score(dark, w, h, a, sideways);
            if (s > bestScore) {
                bestScore = s;
                bestAngle = a;
            }
        }
        double[] sorted = coarse.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        return new Estimate(Math.round(bestAngle * 100) / 100.0, median > 0 ? bestScore / median : 1, sideways);
    }

    /**
     * The sum of squared counts of dark pixels per line, with the image turned back by
     * {@code degrees} about its centre: lines across (y' = y cos a - x sin a) or, sideways, lines up
     * and down (x' = x cos a + y sin a).
     */
    private static double score(int[] dark, int w, int h, double degrees, boolean sideways) {
        double r = Math.toRadians(degrees);
        double cos = Math.cos(r);
        double sin = Math.sin(r);
        int diagonal = (int) Math.ceil(Math.hypot(w, h)) + 2;
        int[] bins = new int[diagonal];
        double cx = w / 2.0;
        double cy = h / 2.0;
        int half = diagonal / 2;
        for (int p : dark) {
            double x = (p % w) - cx;
            double y = (p / w) - cy;
            double along = sideways ? x * cos + y * sin : y * cos - x * sin;
            bins[(int) Math.round(along) + half]++;
        }
        double sum = 0;
        for (int b : bins) {
            sum += (double) b * b;
        }
        return sum;
    }

    /** Mean grey (0 black - 255 white) of each {@code factor} x {@code factor} block. */
    private static int[][] shrink(BufferedImage page, int factor) {
        int w = page.getWidth() / factor;
        int h = page.getHeight() / factor;
        long[][] sums = new long[h][w];
        Raster raster = page.getRaster();
        boolean grey = raster.getNumBands() == 1 && page.getColorModel().getPixelSize() == 8;
        int[] row = new int[page.getWidth()];
        for (int y = 0; y < h * factor; y++) {
            if (grey) {
                raster.getSamples(0, y, page.getWidth(), 1, 0, row);
            } else {
                page.getRGB(0, y, page.getWidth(), 1, row, 0, page.getWidth());
                for (int x = 0; x < row.length; x++) {
                    int c = row[x];
                    row[x] = (((c >> 16) & 0xFF) * 299 + ((c >> 8) & 0xFF) * 587 + (c & 0xFF) * 114) / 1000;
                }
            }
            long[] out = sums[y / factor];
            for (int x = 0; x < w * factor; x++) {
                out[x / factor] += row[x];
            }
        }
        int[][] mean = new int[h][w];
        int area = factor * factor;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                mean[y][x] = (int) (sums[y][x] / area);
            }
        }
        return mean;
    }

    /**
     * The dark pixels (as y * width + x) under Otsu's threshold; none when most of the page would be
     * dark (a photo or a negative, where lines of text cannot be told from the rest).
     */
    private static int[] darkPixels(int[][] grey) {
        int h = grey.length;
        int w = h == 0 ? 0 : grey[0].length;
        int[] histogram = new int[256];
        for (int[] row : grey) {
            for (int v : row) {
                histogram[v]++;
            }
        }
        int threshold = otsu(histogram, w * h);
        int count = 0;
        for (int v = 0; v < threshold; v++) {
            count += histogram[v];
        }
        if (count == 0 || count > w * h / 2) {
            return new int[0];
        }
        int[] dark = new int[count];
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (grey[y][x] < threshold) {
                    dark[n++] = y * w + x;
                }
            }
        }
        return dark;
    }

    /** Otsu's threshold: the grey level that best separates ink from paper. */
    private static int otsu(int[] histogram, int total) {
        long sumAll = 0;
        for (int v = 0; v < 256; v++) {
            sumAll += (long) v * histogram[v];
        }
        long sumBelow = 0;
        int below = 0;
        double bestVariance = -1;
        int threshold = 128;
        for (int t = 0; t < 256; t++) {
            below += histogram[t];
            if (below == 0) {
                continue;
            }
            int above = total - below;
            if (above == 0) {
                break;
            }
            sumBelow += (long) t * histogram[t];
            double meanBelow = (double) sumBelow / below;
            double meanAbove = (double) (sumAll - sumBelow) / above;
            double variance = (double) below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (variance > bestVariance) {
                bestVariance = variance;
                threshold = t + 1; // pixels below t + 1 (that is, up to t) are ink
            }
        }
        return threshold;
    }

    /**
     * The image turned by {@code degrees} clockwise about its centre, on a canvas large enough to
     * keep every corner, in grey on white (Tesseract reads grey; a colour page costs three times the
     * memory for nothing).
     */
    static BufferedImage rotate(BufferedImage src, double degrees) {
        double r = Math.toRadians(degrees);
        double sin = Math.abs(Math.sin(r));
        double cos = Math.abs(Math.cos(r));
        int w = (int) Math.ceil(src.getWidth() * cos + src.getHeight() * sin);
        int h = (int) Math.ceil(src.getHeight() * cos + src.getWidth() * sin);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            AffineTransform t = new AffineTransform();
            t.translate(w / 2.0, h / 2.0);
            t.rotate(r);
            t.translate(-src.getWidth() / 2.0, -src.getHeight() / 2.0);
            g.drawImage(src, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
