/**
 * Benchmarks (run on demand, never by {@code ./mvnw verify}): ingest and search speed of the
 * engine, each measured in the same run beside a bare Lucene baseline so that the figures are
 * ratios that survive a noisy machine. {@link org.briefings.bench.BenchMain} is the front door;
 * {@code docs/benchmarks.md} says how to run it and what each figure means.
 */
package org.briefings.bench;
