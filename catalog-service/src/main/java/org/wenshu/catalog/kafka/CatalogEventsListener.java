package org.wenshu.catalog.kafka;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.configuration.kafka.exceptions.KafkaListenerException;
import io.micronaut.configuration.kafka.exceptions.KafkaListenerExceptionHandler;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.wenshu.catalog.intake.CatalogIntake;
import org.wenshu.catalog.intake.IncomingRecord;
import org.wenshu.contracts.Topics;

/**
 * Offsets are committed after each record is stored; a database failure is retried with back-off and
 * only after the retries are spent is the record dead-lettered with the reason.
 */
@KafkaListener(
        groupId = "${catalog.group-id:catalog}",
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(
                value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR,
                retryCountValue = "${catalog.retry-count:8}",
                retryDelay = "500ms",
                handleAllExceptions = true))
class CatalogEventsListener implements KafkaListenerExceptionHandler {
    private final CatalogIntake intake;

    CatalogEventsListener(CatalogIntake intake) {
        this.intake = intake;
    }

    @Topic(Topics.DOCUMENTS_RECEIVED)
    void received(ConsumerRecord<String, byte[]> record) {
        intake.onReceived(incoming(record));
    }

    @Topic(Topics.DOCUMENTS_ANALYZED)
    void analyzed(ConsumerRecord<String, byte[]> record) {
        intake.onAnalyzed(incoming(record));
    }

    @Override
    public void handle(KafkaListenerException exception) {
        exception.getConsumerRecord().ifPresent(record -> intake.deadLetter(
                incoming(record), "gave up after retries: " + exception.getCause()));
    }

    private static IncomingRecord incoming(ConsumerRecord<?, ?> record) {
        Object value = record.value();
        return new IncomingRecord(record.topic(), record.partition(), record.offset(),
                record.key() == null ? null : record.key().toString(),
                value instanceof byte[] bytes ? bytes : null);
    }
}
