/**
 * The engine: the one object the CLI and the HTTP server both drive. It owns the corpus folder
 * (the truth), the index (derived), the ingest pipeline (extract, enrich, index) and the searcher,
 * and reconciles the index with the corpus.
 */
package org.briefings.engine;
