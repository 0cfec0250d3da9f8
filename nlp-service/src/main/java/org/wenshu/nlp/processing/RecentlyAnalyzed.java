package org.wenshu.nlp.processing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers which documents this worker has analyzed with the current analyzer, so a file uploaded twice
 * is analyzed once. A cache, not state: records are keyed by document id, so a re-upload lands on the same
 * partition and usually the same worker; a miss only costs a repeated, idempotent analysis.
 */
public final class RecentlyAnalyzed {
    private final Map<String, Boolean> seen;

    public RecentlyAnalyzed(int capacity) {
        this.seen = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized boolean contains(String documentId, String analyzer) {
        return seen.containsKey(documentId + '|' + analyzer);
    }

    public synchronized void add(String documentId, String analyzer) {
        seen.put(documentId + '|' + analyzer, Boolean.TRUE);
    }
}
