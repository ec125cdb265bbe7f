package org.briefings.semantic;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * all-MiniLM-L6-v2, quantised, run by ONNX Runtime inside this JVM: text in, a unit vector of
 * {@value #DIMENSIONS} floats out, so the dot product of two vectors is their cosine. The model
 * and its tokenizer are read from the langchain4j jar; nothing is downloaded.
 *
 * <p>Loaded on the first embedding, not at start: loading takes seconds and a few tens of MB of
 * memory, which {@code serve} should not pay before anyone asks for a vector. One instance per
 * process ({@link #shared()}); the model is thread-safe.
 */
public final class SentenceModel {

    public static final int DIMENSIONS = 384;
    /** What the stats and the evaluation name the model. */
    public static final String NAME = "all-MiniLM-L6-v2 (quantised, langchain4j 1.19.0-beta29)";

    private static final Logger LOG = LoggerFactory.getLogger(SentenceModel.class);
    private static final SentenceModel SHARED = new SentenceModel();

    private volatile EmbeddingModel model;

    private SentenceModel() {}

    public static SentenceModel shared() {
        return SHARED;
    }

    /** Whether the model has been loaded (by a first embedding). */
    public boolean loaded() {
        return model != null;
    }

    /** The unit vector of one text (a query or a passage). */
    public float[] embed(String text) {
        return model().embed(text).content().vector();
    }

    /** The unit vectors of several passages, in order. */
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return model().embedAll(segments).content().stream()
                .map(Embedding::vector)
                .toList();
    }

    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    long started = System.nanoTime();
                    // the caller's thread, so ONNX Runtime's own pool is the only parallelism
                    m = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
                    model = m;
                    LOG.info("loaded sentence model {} in {} ms", NAME, (System.nanoTime() - started) / 1_000_000);
                }
            }
        }
        return m;
    }
}
