package org.wenshu.catalog.kafka;

import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.wenshu.catalog.intake.CatalogIntake;
import org.wenshu.catalog.intake.CatalogWriter;
import org.wenshu.catalog.intake.DeadLetterPublisher;
import org.wenshu.catalog.intake.EventDecoder;
import org.wenshu.catalog.intake.PoisonRecordException;

import java.io.IOException;
import java.time.Clock;

@Factory
class KafkaAdapters {
    @Singleton
    EventDecoder eventDecoder(JsonMapper json) {
        return new EventDecoder() {
            @Override
            public <T> T decode(byte[] value, Class<T> type) {
                if (value == null || value.length == 0) {
                    throw new PoisonRecordException("empty record: no " + type.getSimpleName() + " event in it");
                }
                try {
                    return json.readValue(value, type);
                } catch (IOException | RuntimeException e) {
                    throw new PoisonRecordException("not a readable " + type.getSimpleName() + " event: " + e.getMessage(), e);
                }
            }
        };
    }

    @Singleton
    DeadLetterPublisher deadLetterPublisher(DeadLetterClient client) {
        return event -> client.send(event.key(), event);
    }

    @Singleton
    CatalogIntake catalogIntake(EventDecoder decoder, CatalogWriter writer, DeadLetterPublisher deadLetters) {
        return new CatalogIntake(decoder, writer, deadLetters, Clock.systemUTC());
    }
}
