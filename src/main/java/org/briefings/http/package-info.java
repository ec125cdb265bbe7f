/**
 * HTTP: the Undertow JSON API and the web page, a thin door onto {@link
 * org.briefings.engine.BriefingEngine}. One handler class per endpoint; {@link
 * org.briefings.http.Params} validates every parameter in one place; {@link
 * org.briefings.http.Errors} maps every exception to a status and a JSON body in one place.
 * Handlers run on worker threads, never on Undertow's I/O threads. The only package that imports
 * Undertow.
 */
package org.briefings.http;
