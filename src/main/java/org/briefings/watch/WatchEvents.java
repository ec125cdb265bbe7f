package org.briefings.watch;

import org.briefings.view.BriefingViews;

/** Hears of each new match as it is recorded (the page's live events, webhooks). Must not block. */
public interface WatchEvents {

    /**
     * @param unread the watch's unread matches, this one included
     */
    void matched(Watch watch, Match match, BriefingViews.Hit briefing, int unread);
}
