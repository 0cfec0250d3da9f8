package org.wenshu.nlp.crf;

import java.util.Map;

/**
 * The CRF model's feature weights in one open-addressing hash table. ansj keeps them in a character trie whose
 * every step is a binary search over child nodes, and looks each template up on its own; that walk was the largest
 * single cost of the whole analysis. Here the key is the text the templates read — one character, or two at a
 * given distance — packed into a long, and the value holds the weights of every template that reads that text
 * (so 阳 answers the templates of the previous, the current and the next character at once). The weight arrays
 * themselves are the model's, shared, not copied.
 */
final class FeatureTable {
    private final long[] keys;
    private final float[][][] weights;
    private final int shift;
    private final int mask;

    /**
     * @param features  the model's features: the characters the template read, then the template's marker
     * @param templates the model's templates: offsets of the characters each one reads
     * @param firstMarker the marker of template 0 (ansj's FEATURE_BEGIN)
     */
    FeatureTable(Map<String, float[]> features, int[][] templates, char firstMarker) {
        int capacity = Integer.highestOneBit(Math.max(4, features.size() * 2 - 1)) << 1;
        keys = new long[capacity];
        weights = new float[capacity][][];
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
        for (Map.Entry<String, float[]> feature : features.entrySet()) {
            String key = feature.getKey();
            int template = key.isEmpty() ? -1 : key.charAt(key.length() - 1) - firstMarker;
            if (template < 0 || template >= templates.length || templates[template].length != key.length() - 1) {
                throw new IllegalArgumentException("CRF feature '" + key + "' fits no template of the model");
            }
            int[] offsets = templates[template];
            long packed = switch (offsets.length) {
                case 1 -> one(key.charAt(0));
                case 2 -> two(offsets[1] - offsets[0], key.charAt(0), key.charAt(1));
                default -> throw new IllegalArgumentException("unsupported CRF template of " + offsets.length + " positions");
            };
            slotFor(packed, templates.length)[template] = feature.getValue();
        }
    }

    /** The key of one character's templates; the top bits keep it apart from pairs and non-zero. */
    static long one(char c) {
        return 1L << 48 | c;
    }

    /** The key of the templates that read {@code a} and the character {@code distance} after it. */
    static long two(int distance, char a, char b) {
        return (long) (2 + distance) << 48 | (long) a << 16 | b;
    }

    /** The weights by template for this text, or null when no template has a feature for it. */
    float[][] get(long key) {
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

    private float[][] slotFor(long key, int templates) {
        int slot = slot(key);
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == 0) {
            keys[slot] = key;
            weights[slot] = new float[templates][];
        }
        return weights[slot];
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }
}
