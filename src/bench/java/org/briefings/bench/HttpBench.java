package org.briefings.bench;

/**
 * Over-HTTP measurements: load from a separate process on loopback, freshness of uploads, time
 * from {@code serve} to the first answer, resident memory of the server. Needs the HTTP server.
 */
final class HttpBench {

    static void run(BenchOptions o, Report report) {
        try {
            Class.forName("org.briefings.http.HttpServer");
        } catch (ClassNotFoundException e) {
            report.http().append("Not measured: this build has no HTTP server yet (org.briefings.http).\n\n");
            return;
        }
    }

    private HttpBench() {
    }
}
