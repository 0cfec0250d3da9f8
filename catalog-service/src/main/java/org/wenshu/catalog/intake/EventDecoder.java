package org.wenshu.catalog.intake;

/** Parses record values; throws {@link PoisonRecordException} when a value is not a readable event. */
public interface EventDecoder {
    <T> T decode(byte[] value, Class<T> type);
}
