package org.briefings.watch;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.briefings.Briefing;
import org.briefings.index.IndexListener;
import org.briefings.view.BriefingViews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells the {@link WatchEvents} listeners of new matches, each with its watch's unread count. */
final class MatchNotices {

    private static final Logger log = LoggerFactory.getLogger(MatchNotices.class);

    static void send(
            List<Match> added,
            List<IndexListener.Indexed> batch,
            Function<String, Watch> watches,
            MatchStore store,
            Function<Briefing, BriefingViews.Hit> hit,
            List<WatchEvents> listeners)
            throws IOException {
        if (added.isEmpty()) {
            return;
        }
        Map<String, Briefing> byId = new LinkedHashMap<>();
        batch.forEach(i -> byId.put(i.briefing().id(), i.briefing()));
        Map<String, Integer> unreadAfter = new LinkedHashMap<>();
        for (Match match : added) {
            Watch w = watches.apply(match.watchId());
            if (w == null) {
                continue;
            }
            // counted once per watch and batch; the batch's earlier matches of the watch count one less
            int total = unreadAfter.computeIfAbsent(w.id(), k -> {
                try {
                    return store.unread(k, w.readUpTo());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            int unread = total
                    - (int) added.stream()
                            .filter(o -> o.watchId().equals(w.id()) && o.seq() > match.seq())
                            .count();
            BriefingViews.Hit view = hit.apply(byId.get(match.briefingId()));
            for (WatchEvents l : listeners) {
                try {
                    l.matched(w, match, view, unread);
                } catch (RuntimeException e) {
                    log.warn("a watch listener failed: {}", e.toString());
                }
            }
        }
    }

    private MatchNotices() {}
}
