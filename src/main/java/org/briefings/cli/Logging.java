package org.briefings.cli;

import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Keeps the parsers' chatter (PDFBox font warnings and the like) out of the user's terminal;
 * per-file problems are reported in the run's own summary instead.
 */
final class Logging {

    static void quiet() {
        // levels live in simplelogger.properties; java.util.logging is routed into SLF4J here
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }

    private Logging() {}
}
