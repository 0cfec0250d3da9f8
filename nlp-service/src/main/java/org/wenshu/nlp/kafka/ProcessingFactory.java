package org.wenshu.nlp.kafka;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.wenshu.nlp.analysis.DocumentAnalyzer;
import org.wenshu.nlp.processing.AnalysisPublisher;
import org.wenshu.nlp.processing.DocumentProcessor;
import org.wenshu.nlp.processing.EventReader;
import org.wenshu.nlp.processing.RecentlyAnalyzed;

import java.time.Clock;

@Factory
class ProcessingFactory {
    @Singleton
    DocumentAnalyzer documentAnalyzer() {
        return new DocumentAnalyzer();
    }

    @Singleton
    DocumentProcessor documentProcessor(EventReader reader, DocumentAnalyzer analyzer, AnalysisPublisher publisher,
                                        @Value("${nlp.recently-analyzed-capacity:10000}") int capacity) {
        return new DocumentProcessor(reader, analyzer, publisher, new RecentlyAnalyzed(capacity), Clock.systemUTC());
    }
}
