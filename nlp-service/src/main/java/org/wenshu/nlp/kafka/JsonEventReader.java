package org.wenshu.nlp.kafka;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.wenshu.contracts.DocumentReceived;
import org.wenshu.nlp.processing.EventReader;
import org.wenshu.nlp.processing.PoisonRecordException;

import java.io.IOException;

@Singleton
class JsonEventReader implements EventReader {
    private final JsonMapper json;

    JsonEventReader(JsonMapper json) {
        this.json = json;
    }

    @Override
    public DocumentReceived read(byte[] value) {
        if (value == null || value.length == 0) {
            throw new PoisonRecordException("empty record: no DocumentReceived event in it");
        }
        try {
            return json.readValue(value, DocumentReceived.class);
        } catch (IOException | RuntimeException e) {
            throw new PoisonRecordException("not a readable DocumentReceived event: " + e.getMessage(), e);
        }
    }
}
