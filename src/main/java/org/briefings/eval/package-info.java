/**
 * Measures the taggers on real labelled data (Reuters-21578, CRS reports, the annotated entity gold),
 * so enrichment quality is a number that CI keeps from falling rather than a belief.
 */
package org.briefings.eval;
