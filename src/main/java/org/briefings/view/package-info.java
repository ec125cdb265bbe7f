/**
 * Views: the shapes a {@link org.briefings.Briefing} takes in answers (a search hit, the full
 * briefing, an upload's summary), made in one class so a field added to a briefing is added to
 * its answers in one place. Depends only on the domain records; the search, HTTP and command-line
 * layers use it.
 */
package org.briefings.view;
