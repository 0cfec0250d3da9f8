package org.wenshu.nlp.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Longest-match lookup of known phrases in a text, one pass over the text with a character trie. */
public final class PhraseDictionary<V> {
    /** The trie's first level by character: the lookup made at every position of a text, without boxing. */
    @SuppressWarnings("unchecked")
    private final Node<V>[] first = new Node[Character.MAX_VALUE + 1];
    private int size;

    private static final class Node<V> {
        final Map<Character, Node<V>> next = new HashMap<>(4);
        V value;
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
            node = node.next.computeIfAbsent(phrase.charAt(i), c -> new Node<>());
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
            node = node.next.get(phrase.charAt(i));
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
            node = node.next.get(phrase.charAt(i));
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
                node = j < text.length() ? node.next.get(text.charAt(j)) : null;
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
