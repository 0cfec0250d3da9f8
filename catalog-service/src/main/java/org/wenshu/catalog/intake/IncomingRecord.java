package org.wenshu.catalog.intake;

/** A Kafka record as read, before it is trusted to be a valid event. */
public record IncomingRecord(String topic, int partition, long offset, String key, byte[] value) {
}
