package org.wenshu.nlp.crf;

import org.ansj.app.crf.Model;
import org.ansj.app.crf.SplitWord;
import org.ansj.library.CrfLibrary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * ansj's bundled CRF segmentation model, loaded once per process, with two decoders over it: the fast one the
 * analysis uses, and ansj's own, kept for the benchmark's base line and for the test that proves them equal.
 * Loading also installs the fast decoder as ansj's default, so that a plain {@code new NlpAnalysis()} neither
 * loads a second copy of the model nor runs the slow decoder.
 */
public final class CrfModels {
    private static final String BUNDLED_MODEL = "/crf.model";

    private static volatile CrfModels instance;

    private final FastCrfSplitWord fast;
    private final SplitWord stock;

    private CrfModels(OpenCrfModel model) {
        this.fast = new FastCrfSplitWord(model, model.features());
        this.stock = new SplitWord(model);
    }

    public static CrfModels get() {
        CrfModels models = instance;
        if (models == null) {
            synchronized (CrfModels.class) {
                models = instance;
                if (models == null) {
                    models = new CrfModels(load());
                    CrfLibrary.put(CrfLibrary.DEFAULT, CrfLibrary.DEFAULT, models.fast);
                    instance = models;
                }
            }
        }
        return models;
    }

    public SplitWord fast() {
        return fast;
    }

    public SplitWord stock() {
        return stock;
    }

    private static OpenCrfModel load() {
        try (InputStream in = CrfModels.class.getResourceAsStream(BUNDLED_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("ansj's CRF model " + BUNDLED_MODEL + " is not on the class path");
            }
            return (OpenCrfModel) Model.load(OpenCrfModel.class, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load ansj's CRF model: " + e.getMessage(), e);
        }
    }
}
