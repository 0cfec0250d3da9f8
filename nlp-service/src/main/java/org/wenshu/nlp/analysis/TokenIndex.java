package org.wenshu.nlp.analysis;

import java.util.List;

/**
 * The words of a text with lookups by offset, built once per text and shared by every rule: most rules ask
 * "which word starts (or ends) here?", and a map per rule cost more than the rules themselves.
 */
final class TokenIndex {
    private final List<Token> tokens;
    private final Token[] startingAt;
    private final Token[] endingAt;

    TokenIndex(String text, List<Token> tokens) {
        this.tokens = tokens;
        this.startingAt = new Token[text.length() + 1];
        this.endingAt = new Token[text.length() + 1];
        for (Token token : tokens) {
            startingAt[token.start()] = token;
            endingAt[token.end()] = token;
        }
    }

    List<Token> all() {
        return tokens;
    }

    /** The word starting at {@code offset}, or null. */
    Token startingAt(int offset) {
        return offset >= 0 && offset < startingAt.length ? startingAt[offset] : null;
    }

    /** The word ending at {@code offset}, or null. */
    Token endingAt(int offset) {
        return offset >= 0 && offset < endingAt.length ? endingAt[offset] : null;
    }

    boolean startsWord(int offset) {
        return startingAt(offset) != null;
    }

    boolean endsWord(int offset) {
        return endingAt(offset) != null;
    }
}
