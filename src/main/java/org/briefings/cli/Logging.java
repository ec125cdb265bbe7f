package org.briefings.cli;

import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Keeps the parsers' chatter (PDFBox font warnings and the like) out of the user's terminal;
 * per-file problems are reported in the run's own summary instead.
 */
final class Logging {

    static void quiet() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.pdfbox", "error");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.fontbox", "error");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.poi", "error");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.tika", "error");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }

    private Logging() {
    }
}
