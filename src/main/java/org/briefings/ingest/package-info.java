/**
 * Ingest: bytes in, {@link org.briefings.ExtractedText} out. The only package that imports Tika:
 * format detection, text and metadata extraction, embedded documents (archives, e-mail
 * attachments), language detection, and per-file failures with a reason.
 */
package org.briefings.ingest;
