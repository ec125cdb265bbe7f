/** The SolrCloud backend: a {@link org.briefings.index.BriefingIndex} kept in a Solr collection, through SolrJ. */
package org.briefings.solr;
