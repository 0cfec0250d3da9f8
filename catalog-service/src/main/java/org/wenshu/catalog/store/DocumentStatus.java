package org.wenshu.catalog.store;

public enum DocumentStatus {
    /** Ingest accepted it; the analysis has not arrived yet. */
    RECEIVED,
    /** The analysis is stored. */
    ANALYZED
}
