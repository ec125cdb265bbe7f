/**
 * Watches: standing searches matched against every briefing as it becomes searchable, with their
 * matches, unread counts, Atom feeds, live events and signed webhooks. See docs/watches.md.
 */
package org.briefings.watch;
