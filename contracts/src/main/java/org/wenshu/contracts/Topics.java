package org.wenshu.contracts;

/** The Kafka topics the services talk through. Every topic is keyed by document id. */
public final class Topics {
    /** {@link DocumentReceived}: a document accepted by ingest. */
    public static final String DOCUMENTS_RECEIVED = "documents.received";
    /** {@link DocumentAnalyzed}: the analysis of a document. */
    public static final String DOCUMENTS_ANALYZED = "documents.analyzed";
    /** {@link DocumentDeadLettered}: a record a consumer could not process, with the reason. */
    public static final String DEAD_LETTER = "documents.dead-letter";

    private Topics() {
    }
}
