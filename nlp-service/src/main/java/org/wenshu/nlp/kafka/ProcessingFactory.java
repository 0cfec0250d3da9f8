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
    /**
     * With the user's dictionary when NLP_USER_DICTIONARY names one (a bad file stops start-up with its line), in the
     * naming convention NLP_NAME_CONVENTION chooses: {@code pages} (the default) or {@code newswire}, which also tags
     * familiar forms of people (老郗, 郗 of 郗师傅).
     */
    @Singleton
    DocumentAnalyzer documentAnalyzer(@Value("${nlp.user-dictionary:}") String userDictionary,
                                      @Value("${nlp.name-convention:pages}") String convention) {
        DocumentAnalyzer analyzer = userDictionary == null || userDictionary.isBlank()
                ? new DocumentAnalyzer()
                : DocumentAnalyzer.withUserDictionary(Path.of(userDictionary));
        return switch (convention == null ? "" : convention.strip()) {
            case "", "pages" -> analyzer;
            case "newswire" -> analyzer.newswireConvention();
            default -> throw new IllegalArgumentException(
                    "NLP_NAME_CONVENTION must be 'pages' or 'newswire', not '" + convention + "'");
        };
    }

    @Singleton
    DocumentProcessor documentProcessor(EventReader reader, DocumentAnalyzer analyzer, AnalysisPublisher publisher,
                                        @Value("${nlp.recently-analyzed-capacity:10000}") int capacity) {
        return new DocumentProcessor(reader, analyzer, publisher, new RecentlyAnalyzed(capacity), Clock.systemUTC());
    }
}
