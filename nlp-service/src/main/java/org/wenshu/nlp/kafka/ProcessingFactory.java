package org.wenshu.nlp.kafka;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.wenshu.nlp.analysis.DocumentAnalyzer;
import org.wenshu.nlp.processing.AnalysisPublisher;
import org.wenshu.nlp.processing.DocumentProcessor;
import org.wenshu.nlp.processing.EventReader;
import org.wenshu.nlp.processing.RecentlyAnalyzed;

import java.nio.file.Path;
import java.time.Clock;

@Factory
class ProcessingFactory {
    /** With the user's dictionary when NLP_USER_DICTIONARY names one; a bad file stops start-up with its line. */
    @Singleton
    DocumentAnalyzer documentAnalyzer(@Value("${nlp.user-dictionary:}") String userDictionary) {
        return userDictionary == null || userDictionary.isBlank()
                ? new DocumentAnalyzer()
                : DocumentAnalyzer.withUserDictionary(Path.of(userDictionary));
    }

    @Singleton
    DocumentProcessor documentProcessor(EventReader reader, DocumentAnalyzer analyzer, AnalysisPublisher publisher,
                                        @Value("${nlp.recently-analyzed-capacity:10000}") int capacity) {
        return new DocumentProcessor(reader, analyzer, publisher, new RecentlyAnalyzed(capacity), Clock.systemUTC());
    }
}
