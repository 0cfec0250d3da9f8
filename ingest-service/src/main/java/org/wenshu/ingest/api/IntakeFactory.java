package org.wenshu.ingest.api;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.wenshu.ingest.intake.DocumentIntake;
import org.wenshu.ingest.intake.DocumentPublisher;
import org.wenshu.ingest.intake.TextDecoder;

import java.time.Clock;

@Factory
class IntakeFactory {
    @Singleton
    DocumentIntake documentIntake(DocumentPublisher publisher,
                                  @Value("${ingest.max-file-bytes}") long maxFileBytes) {
        return new DocumentIntake(publisher, new TextDecoder(), Clock.systemUTC(), maxFileBytes);
    }
}
