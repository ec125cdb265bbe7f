/**
 * Answers about many briefings or many queries at once, the same for the CLI and the HTTP API:
 * exports of every match of a search ({@link org.briefings.bulk.ExportWriter}) and batch searches
 * ({@link org.briefings.bulk.BatchInput}, {@link org.briefings.bulk.BatchWriter}), written as
 * spreadsheet-safe CSV ({@link org.briefings.bulk.Csv}), JSON or JSON Lines as they are produced.
 */
package org.briefings.bulk;
