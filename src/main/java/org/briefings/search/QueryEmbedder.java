package org.briefings.search;

/**
 * Turns query text into the unit vector the passages were embedded with; the engine passes the
 * sentence model's (org.briefings.semantic), so this package does not load it.
 */
@FunctionalInterface
public interface QueryEmbedder {
    float[] embed(String text);
}
