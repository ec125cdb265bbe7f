/**
 * Enrichment: turns {@link org.briefings.ExtractedText} into a {@link org.briefings.Briefing} by
 * finding what analysts filter by: structure (title, summary), publication date, countries
 * (mentioned and about), people, organisations and the dates a text talks about. Pure Java over
 * strings: no Tika, no Lucene, so every rule is testable on a sentence.
 */
package org.briefings.enrich;
