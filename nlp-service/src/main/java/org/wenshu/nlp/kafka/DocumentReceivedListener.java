package org.wenshu.nlp.kafka;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.configuration.kafka.exceptions.KafkaListenerException;
import io.micronaut.configuration.kafka.exceptions.KafkaListenerExceptionHandler;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.wenshu.contracts.Topics;
import org.wenshu.nlp.processing.DocumentProcessor;
import org.wenshu.nlp.processing.IncomingRecord;

/**
 * One of the pool of workers in consumer group {@code nlp}. Offsets are committed after each record is
 * processed; a failure (the broker not acknowledging the result) is retried with back-off, and only after
 * the retries are spent is the record dead-lettered with the reason.
 */
@KafkaListener(
        groupId = "${nlp.group-id:nlp}",
        threadsValue = "${nlp.threads:1}",
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(
                value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR,
                retryCountValue = "${nlp.retry-count:8}",
                retryDelay = "500ms",
                handleAllExceptions = true))
class DocumentReceivedListener implements KafkaListenerExceptionHandler {
    private final DocumentProcessor processor;

    DocumentReceivedListener(DocumentProcessor processor) {
        this.processor = processor;
    }

    @Topic(Topics.DOCUMENTS_RECEIVED)
    void receive(ConsumerRecord<String, byte[]> record) {
        processor.process(incoming(record));
    }

    @Override
    public void handle(KafkaListenerException exception) {
        exception.getConsumerRecord().ifPresent(record -> processor.deadLetter(
                incoming(record), "gave up after retries: " + exception.getCause()));
    }

    private static IncomingRecord incoming(ConsumerRecord<?, ?> record) {
        Object value = record.value();
        return new IncomingRecord(record.topic(), record.partition(), record.offset(),
                record.key() == null ? null : record.key().toString(),
                value instanceof byte[] bytes ? bytes : null);
    }
}
