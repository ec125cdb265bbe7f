package org.briefings.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the figures were measured on: they mean little without it. */
record Machine(int cores, String cpu, String jdk, String os, long memoryMb) {

    static Machine current() {
        String cpu = "unknown";
        long memMb = -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).strip();
                    break;
                }
            }
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    memMb = Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: leave unknown
        }
        String jdk = System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version");
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
        return new Machine(Runtime.getRuntime().availableProcessors(), cpu, jdk, os, memMb);
    }

    String describe(String heap) {
        return String.format(
                Locale.ROOT,
                "%d cores (%s), %,d MB RAM; %s; %s; child JVM heap -Xmx%s",
                cores,
                cpu,
                memoryMb,
                jdk,
                os,
                heap);
    }
}
