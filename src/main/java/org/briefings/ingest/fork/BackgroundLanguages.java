package org.briefings.ingest.fork;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.briefings.ingest.LanguageGuesser;

/**
 * The language profiles for the plain-text reader of {@link ForkedExtractor}, loading in the
 * background from the moment the extractor is built (about 1.4 s in a fresh JVM), as the
 * in-process extractor loads them while it is built: the first text file waits only for what is
 * left of the load, not for all of it while every other ingest thread queues behind it.
 */
final class BackgroundLanguages implements Supplier<LanguageGuesser> {
    private final CompletableFuture<LanguageGuesser> loading = new CompletableFuture<>();

    BackgroundLanguages() {
        Thread t = new Thread(
                () -> {
                    try {
                        loading.complete(new LanguageGuesser());
                    } catch (RuntimeException | Error e) {
                        loading.completeExceptionally(e);
                    }
                },
                "language-profiles");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public LanguageGuesser get() {
        return loading.join();
    }
}
