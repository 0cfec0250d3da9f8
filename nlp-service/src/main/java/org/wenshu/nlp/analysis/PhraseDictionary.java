package org.wenshu.nlp.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Longest-match lookup of known phrases in a text, one pass over the text with a character trie. */
public final class PhraseDictionary<V> {
    /** The trie's first level by character: the lookup made at every position of a text, without boxing. */
    @SuppressWarnings("unchecked")
    private final Node<V>[] first = new Node[Character.MAX_VALUE + 1];
    private int size;

    /**
     * A trie node; its children in arrays sorted by character and found by binary search, which boxes no
     * character (a map did, for every character of every text looked up).
     */
    private static final class Node<V> {
        private static final char[] NO_KEYS = new char[0];
        private char[] keys = NO_KEYS;
        private Node<V>[] children;
        V value;

        Node<V> child(char c) {
            int at = Arrays.binarySearch(keys, c);
            return at >= 0 ? children[at] : null;
        }

        @SuppressWarnings("unchecked")
        Node<V> childOrNew(char c) {
            int at = Arrays.binarySearch(keys, c);
            if (at >= 0) {
                return children[at];
            }
            int insert = -at - 1;
            char[] newKeys = new char[keys.length + 1];
            Node<V>[] newChildren = new Node[keys.length + 1];
            System.arraycopy(keys, 0, newKeys, 0, insert);
            newKeys[insert] = c;
            System.arraycopy(keys, insert, newKeys, insert + 1, keys.length - insert);
            if (children != null) {
                System.arraycopy(children, 0, newChildren, 0, insert);
                System.arraycopy(children, insert, newChildren, insert + 1, keys.length - insert);
            }
            Node<V> node = new Node<>();
            newChildren[insert] = node;
            keys = newKeys;
            children = newChildren;
            return node;
        }
    }

    /** A phrase found in a text. */
    public record Match<V>(String phrase, int start, int end, V value) {
    }

    /** Adds a phrase; the first value given for a phrase is kept. */
    public void put(String phrase, V value) {
        if (phrase.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        Node<V> node = first[phrase.charAt(0)];
        if (node == null) {
            node = first[phrase.charAt(0)] = new Node<>();
        }
        for (int i = 1; i < phrase.length(); i++) {
            node = node.childOrNew(phrase.charAt(i));
        }
        if (node.value == null) {
            node.value = value;
            size++;
        }
    }

    /** Sets the value of a phrase, replacing the one it had. */
    public void replace(String phrase, V value) {
        if (!contains(phrase)) {
            put(phrase, value);
            return;
        }
        Node<V> node = first[phrase.charAt(0)];
        for (int i = 1; i < phrase.length(); i++) {
            node = node.child(phrase.charAt(i));
        }
        node.value = value;
    }

    public int size() {
        return size;
    }

    public boolean contains(String phrase) {
        return get(phrase) != null;
    }

    /** The value of the phrase, or null. */
    public V get(String phrase) {
        if (phrase.isEmpty()) {
            return null;
        }
        Node<V> node = first[phrase.charAt(0)];
        for (int i = 1; i < phrase.length() && node != null; i++) {
            node = node.child(phrase.charAt(i));
        }
        return node == null ? null : node.value;
    }

    /** Non-overlapping longest matches, left to right. */
    public List<Match<V>> findAll(String text) {
        List<Match<V>> matches = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int bestEnd = -1;
            V bestValue = null;
            Node<V> node = first[text.charAt(i)];
            for (int j = i + 1; node != null; j++) {
                if (node.value != null) {
                    bestEnd = j;
                    bestValue = node.value;
                }
                node = j < text.length() ? node.child(text.charAt(j)) : null;
            }
            if (bestEnd > 0) {
                matches.add(new Match<>(text.substring(i, bestEnd), i, bestEnd, bestValue));
                i = bestEnd;
            } else {
                i++;
            }
        }
        return matches;
    }
}
