/**
 * The engine: the one object the CLI and the HTTP server both drive, built by {@link
 * org.briefings.engine.EngineBuilder}. {@link org.briefings.engine.BriefingEngine} is thin: it wires
 * the {@link org.briefings.engine.Reconciler} (index made to match the corpus), the {@link
 * org.briefings.engine.CorpusWriter} (durable writes to the corpus, the truth) and the searcher, and
 * answers {@link org.briefings.engine.EngineStats} for the doors' status pages.
 */
package org.briefings.engine;
