package org.briefings.eval.reuters;

import java.util.List;

/**
 * One {@code <REUTERS>} element of Reuters-21578 with the fields the evaluations use.
 *
 * @param newId    the NEWID attribute
 * @param split    LEWISSPLIT: TRAIN, TEST or NOT-USED
 * @param date     the raw DATE text, e.g. {@code 26-FEB-1987 15:01:01.79}
 * @param places   PLACES labels (country slugs such as {@code usa}, {@code west-germany})
 * @param people   PEOPLE labels (slugs such as {@code reagan})
 * @param orgs     ORGS labels (slugs such as {@code ec}, {@code opec})
 * @param title    TITLE text (often all caps), or empty
 * @param dateline DATELINE text, e.g. {@code "    SALVADOR, Feb 26 - "}, or empty
 * @param body     BODY text, or empty
 */
public record ReutersStory(
        String newId,
        String split,
        String date,
        List<String> places,
        List<String> people,
        List<String> orgs,
        String title,
        String dateline,
        String body) {

    /** The story as a briefing-like text: dateline then body, the way it reads on the wire. */
    public String text() {
        String d = dateline.strip();
        return d.isEmpty() ? body : d + " " + body;
    }
}
