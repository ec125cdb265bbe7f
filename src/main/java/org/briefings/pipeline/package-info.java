/**
 * The ingest pipeline: one file in, its briefings out (extract with {@code ingest}, then enrich
 * with {@code enrich}), the same for a corpus scan, the folder watch and an upload; and the tally
 * of what happened to each file. Above {@code ingest} and {@code enrich}, below {@code engine}.
 */
package org.briefings.pipeline;
