/**
 * The analyst's corrections of the entity facets: merge two values, rename one, reject one; kept
 * with the corpus and applied to every briefing, indexed or new, from the stored record.
 */
package org.briefings.curation;
