package org.briefings.index;

import java.util.HashMap;
import java.util.Map;

/**
 * Union-find over briefing ids: copy grouping joins the ids it finds to be copies, and each set is
 * one copy group (connected components, so a copy of a copy joins the group).
 */
public final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    public void add(String id) {
        parent.putIfAbsent(id, id);
    }

    /** The id that stands for the set {@code id} is in. */
    public String find(String id) {
        add(id);
        String root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(id, root);
        return root;
    }

    public void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }
}
