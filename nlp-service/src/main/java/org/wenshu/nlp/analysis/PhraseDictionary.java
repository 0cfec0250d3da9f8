package org.wenshu.nlp.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Longest-match lookup of known phrases in a text, one pass over the text with a character trie. */
public final class PhraseDictionary<V> {
    private final Node<V> root = new Node<>();
    /** The root's children by character: the lookup made at every position of a text, without boxing. */
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
        Node<V> node = root;
        for (int i = 0; i < phrase.length(); i++) {
            node = node.next.computeIfAbsent(phrase.charAt(i), c -> new Node<>());
            if (i == 0) {
                first[phrase.charAt(0)] = node;
            }
        }
        if (node.value == null) {
            node.value = value;
            size++;
        }
    }

    public int size() {
        return size;
    }

    public boolean contains(String phrase) {
        Node<V> node = root;
        for (int i = 0; i < phrase.length() && node != null; i++) {
            node = node.next.get(phrase.charAt(i));
        }
        return node != null && node.value != null;
    }

    /** Non-overlapping longest matches, left to right. */
    public List<Match<V>> findAll(String text) {
        List<Match<V>> matches = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Node<V> node = root;
            int bestEnd = -1;
            V bestValue = null;
            for (int j = i; j < text.length(); j++) {
                node = j == i ? first[text.charAt(j)] : node.next.get(text.charAt(j));
                if (node == null) {
                    break;
                }
                if (node.value != null) {
                    bestEnd = j + 1;
                    bestValue = node.value;
                }
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
