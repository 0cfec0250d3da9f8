package org.wenshu.localinfra;

/**
 * Closes what a test started, in the order given, skipping what never started. Give clients and Micronaut
 * contexts before the broker and the database: clients of a vanished broker wait out their full timeouts
 * (a test class went from 5 s to 47 s the other way round).
 */
public final class ShutdownOrder {
    private ShutdownOrder() {
    }

    public static void close(AutoCloseable... parts) {
        RuntimeException failure = null;
        for (AutoCloseable part : parts) {
            if (part == null) {
                continue;
            }
            try {
                part.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("could not close " + part, e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
