/**
 * Measures search ranking on a relevance test collection: queries of the kinds analysts type with
 * graded judgments, run through the engine's own search over the sample corpus, CRS reports and
 * UN speeches, and scored per query kind and split.
 */
package org.briefings.eval.relevance;
