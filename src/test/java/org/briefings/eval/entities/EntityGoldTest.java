package org.briefings.eval.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefings.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The entity gold as data, without any tagger: every passage loads (a reference whose file or
 * SHA-1 changed would otherwise be skipped silently and shrink the scored set), and every
 * recorded mention is in its passage, since a mention that is not there can never be matched and
 * would count as a miss against every tagger.
 */
class EntityGoldTest {

    @Test
    void everyPassageLoadsAndEveryMentionIsInItsText() throws Exception {
        EntityGold.Loaded loaded = new EntityGold(SharedData.rootOrSkip(), SharedData.projectDir()).load();
        assertEquals(Map.of(), loaded.skipped(), "passages that could not be read");
        assertEquals(EntityGold.read().size(), loaded.passages().size());
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (GoldPassage p : loaded.passages()) {
            if (!ids.add(p.id())) {
                problems.add(p.id() + ": duplicate id");
            }
            if (!"dev".equals(p.split()) && !"test".equals(p.split())) {
                problems.add(p.id() + ": split " + p.split());
            }
            List<GoldPassage.GoldEntity> entities = new ArrayList<>(p.people());
            entities.addAll(p.orgs());
            for (GoldPassage.GoldEntity e : entities) {
                if (e.name() == null || e.name().isBlank() || e.mentions().isEmpty()) {
                    problems.add(p.id() + ": entity without a name or a mention: " + e);
                }
                for (String mention : e.mentions()) {
                    if (!p.text().contains(mention)) {
                        problems.add(p.id() + ": mention not in the text: " + mention);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
