/**
 * Index: {@link org.briefings.Briefing} in, Lucene documents on disk. {@link
 * org.briefings.index.BriefingSchema} owns every field name, analyzer and the {@code
 * FacetsConfig}, so indexing and searching cannot disagree; Lucene types do not leave the
 * {@code index} and {@code search} packages.
 */
package org.briefings.index;
