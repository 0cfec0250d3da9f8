package org.wenshu.nlp.crf;

import org.ansj.app.crf.model.CRFModel;

import java.util.Map;

/**
 * ansj's CRF model with its features readable. Public with a public constructor only because ansj's
 * {@code Model.load} instantiates the class it is given by reflection.
 */
public final class OpenCrfModel extends CRFModel {
    /** Every feature of the model: its characters (text, then the template's marker) and its weights. */
    Map<String, float[]> features() {
        return featureTree.toMap();
    }
}
