/**
 * A search engine for briefings. The domain types that travel along the pipeline live here:
 * {@link org.briefings.ExtractedText} (what Tika gives) becomes a {@link org.briefings.Briefing}
 * (what enrichment adds), which the {@code index} package turns into a Lucene document.
 *
 * <p>Packages follow the pipeline: {@code ingest -> enrich -> index -> search}, with {@code http}
 * and {@code cli} as thin doors onto one {@code engine}.
 */
package org.briefings;
