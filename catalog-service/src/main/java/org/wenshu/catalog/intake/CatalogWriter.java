package org.wenshu.catalog.intake;

import org.wenshu.contracts.DocumentAnalyzed;
import org.wenshu.contracts.DocumentReceived;

/** Persists events; every method is idempotent, so a replayed event changes nothing. */
public interface CatalogWriter {
    void recordReceived(DocumentReceived event);

    /** Returns false when a newer analysis of the document is stored already and this one was ignored. */
    boolean recordAnalysis(DocumentAnalyzed event);
}
