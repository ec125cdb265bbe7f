package org.briefings.enrich.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ShortReferences.TakenSpans} answers "does a full name already found overlap this word"
 * by a binary search over spans sorted by start with the furthest end so far (issue 16: the
 * linear scan of every mention for every capitalised word was quadratic on long reports). It
 * must answer as that scan did, including for spans nested in longer ones and for fields that
 * are equal records but different fields.
 */
class TakenSpansTest {

    private static Field field(String name, int order) {
        return new Field(name, "x".repeat(2000), List.of(), false, order);
    }

    private static boolean scan(List<Person> people, Field f, int start, int end) {
        for (Person p : people) {
            for (Mention m : p.mentions) {
                if (m.field() == f && m.start() < end && start < m.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void aWordInsideALongSpanIsTakenEvenAfterShorterSpansStartingLater() {
        Field body = field("body", 1);
        Person p = new Person(List.of("Ronald", "Reagan"), false);
        p.mentions.add(new Mention(body, 0, 100)); // long
        p.mentions.add(new Mention(body, 10, 12)); // nested, ends early
        p.mentions.add(new Mention(body, 200, 210));
        ShortReferences.TakenSpans taken = new ShortReferences.TakenSpans(List.of(p));
        assertTrue(taken.overlaps(body, 50, 55)); // only the long span covers it
        assertFalse(taken.overlaps(body, 100, 105)); // ends are exclusive
        assertTrue(taken.overlaps(body, 195, 201));
        assertFalse(taken.overlaps(body, 210, 220));
        // an equal but distinct field: mentions are matched by identity, as before
        assertFalse(taken.overlaps(field("body", 1), 50, 55));
    }

    @Test
    void answersAsTheScanOfEveryMentionOnRandomSpans() {
        Random random = new Random(16);
        for (int round = 0; round < 200; round++) {
            Field title = field("title", 0);
            Field body = field("body", 1);
            List<Person> people = new ArrayList<>();
            for (int k = random.nextInt(6); k >= 0; k--) {
                Person p = new Person(List.of("Name" + k), false);
                for (int m = random.nextInt(8); m > 0; m--) {
                    int start = random.nextInt(1000);
                    p.mentions.add(
                            new Mention(random.nextBoolean() ? title : body, start, start + 1 + random.nextInt(60)));
                }
                people.add(p);
            }
            ShortReferences.TakenSpans taken = new ShortReferences.TakenSpans(people);
            for (int q = 0; q < 300; q++) {
                Field f = random.nextBoolean() ? title : body;
                int start = random.nextInt(1100);
                int end = start + 1 + random.nextInt(15);
                assertEquals(
                        scan(people, f, start, end), taken.overlaps(f, start, end), f.name() + " " + start + "-" + end);
            }
        }
    }
}
