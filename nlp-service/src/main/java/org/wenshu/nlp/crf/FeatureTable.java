package org.wenshu.nlp.crf;

import java.util.Map;

/**
 * The CRF model's feature weights in one open-addressing hash table keyed by the feature's characters packed
 * into a long. ansj keeps them in a character trie whose every step is a binary search over child nodes; that
 * walk was the largest single cost of the whole analysis. The weight arrays themselves are shared, not copied.
 */
final class FeatureTable {
    /** Features are one or two characters of text plus the template's marker character. */
    static final int MAX_KEY_LENGTH = 3;

    private final long[] keys;
    private final float[][] weights;
    private final int mask;
    private final int shift;

    FeatureTable(Map<String, float[]> features) {
        int capacity = Integer.highestOneBit(Math.max(4, features.size() * 2 - 1)) << 1;
        keys = new long[capacity];
        weights = new float[capacity][];
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
        for (Map.Entry<String, float[]> feature : features.entrySet()) {
            String key = feature.getKey();
            if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
                throw new IllegalArgumentException("unsupported CRF feature of " + key.length() + " characters");
            }
            long packed = key.length() == 2 ? pack(key.charAt(0), key.charAt(1))
                    : key.length() == 3 ? pack(key.charAt(0), key.charAt(1), key.charAt(2)) : packOne(key.charAt(0));
            put(packed, feature.getValue());
        }
    }

    int size() {
        int n = 0;
        for (long key : keys) {
            n += key == 0 ? 0 : 1;
        }
        return n;
    }

    /** The length tag in the top bits keeps keys of different lengths apart and every key non-zero. */
    static long packOne(char a) {
        return 1L << 48 | a;
    }

    static long pack(char a, char b) {
        return 2L << 48 | (long) a << 16 | b;
    }

    static long pack(char a, char b, char c) {
        return 3L << 48 | (long) a << 32 | (long) b << 16 | c;
    }

    /** The weights of a feature, or null when the model has none for it. */
    float[] get(long key) {
        int slot = slot(key);
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return weights[slot];
            }
            if (k == 0) {
                return null;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void put(long key, float[] value) {
        int slot = slot(key);
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        weights[slot] = value;
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }
}
