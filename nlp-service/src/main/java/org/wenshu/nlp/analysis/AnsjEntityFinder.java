package org.wenshu.nlp.analysis;

import org.ansj.app.crf.SplitWord;
import org.ansj.domain.AnsjItem;
import org.ansj.domain.PersonNatureAttr;
import org.ansj.domain.Term;
import org.ansj.domain.TermNature;
import org.ansj.library.DATDictionary;
import org.ansj.splitWord.analysis.NlpAnalysis;
import org.wenshu.nlp.crf.CrfModels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Segments text with ansj_seg's NLP analysis (CRF segmentation with person, place and organization
 * recognition; model bundled in its jar) and reads its entity candidates. Paragraphs are analyzed one at a
 * time: ansj's cost grows with the sentence graph, and no entity spans a paragraph break. The CRF step runs on
 * {@link org.wenshu.nlp.crf.FastCrfSplitWord}, which gives ansj's own decoder's words faster.
 */
public final class AnsjEntityFinder {
    public static final String ENGINE = "ansj_seg-5.1.6";

    /** Longest piece handed to the engine at once; longer paragraphs are cut at a sentence end. */
    static final int MAX_PIECE = 1000;
    private static final String SENTENCE_ENDS = "。！？；!?;";

    private final SplitWord crf;

    public AnsjEntityFinder() {
        this(CrfModels.get().fast());
    }

    private AnsjEntityFinder(SplitWord crf) {
        this.crf = crf;
    }

    /** ansj exactly as shipped, its own CRF decoder included: the benchmark's base line. */
    public static AnsjEntityFinder asShipped() {
        return new AnsjEntityFinder(CrfModels.get().stock());
    }

    /** Every word of the text, in order; offsets into {@code text}. */
    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        for (Paragraph paragraph : Paragraph.split(text)) {
            int pieceStart = paragraph.start();
            while (pieceStart < paragraph.end()) {
                int pieceEnd = pieceEnd(text, pieceStart, paragraph.end());
                for (Term term : new NlpAnalysis().setCrfModel(crf).parseStr(text.substring(pieceStart, pieceEnd)).getTerms()) {
                    int start = pieceStart + term.getOffe();
                    int end = start + term.getName().length();
                    if (end <= pieceEnd) {
                        tokens.add(new Token(text.substring(start, end), start, end, String.valueOf(term.getNatureStr())));
                    }
                }
                pieceStart = pieceEnd;
            }
        }
        return tokens;
    }

    /**
     * Where the piece starting at {@code from} ends: the paragraph's end, or for a very long paragraph the last
     * sentence end before {@link #MAX_PIECE} characters (else the limit itself). The engine's cost grows faster
     * than the length of what it is given, and no name spans a sentence end.
     */
    static int pieceEnd(String text, int from, int paragraphEnd) {
        if (paragraphEnd - from <= MAX_PIECE) {
            return paragraphEnd;
        }
        int limit = from + MAX_PIECE;
        for (int k = limit - 1; k > from + MAX_PIECE / 2; k--) {
            if (SENTENCE_ENDS.indexOf(text.charAt(k)) >= 0) {
                return k + 1;
            }
        }
        return limit;
    }

    /** A word of the engine's core dictionary (飞抵, 病愈, 官僚), not a stretch it only made up while segmenting. */
    public static boolean isWord(String word) {
        return DATDictionary.isInSystemDic(word);
    }

    /**
     * A person the engine's core dictionary knows by name, as its most frequent reading (邓小平, 马克思, 雷锋, not
     * 高峰): the dictionary was counted on years of national news, and the people in it are those news names.
     */
    public static boolean isKnownPerson(String word) {
        TermNature[] natures = dictionaryNatures(word);
        if (natures.length == 0) {
            return false;
        }
        TermNature top = natures[0];
        for (TermNature n : natures) {
            if (n.frequency > top.frequency) {
                top = n;
            }
        }
        // counted more than once: names seen once (苏式, 百合 as nr/1) are the counting's noise
        return top.nature.natureStr.startsWith("nr") && top.frequency >= 2;
    }

    /**
     * A place the engine's core dictionary holds by name and as nothing else (小岗村, 华西村); its generic places are
     * words of other kinds (示范村, 贫困村, 开发区 /n).
     */
    public static boolean isKnownPlace(String word) {
        TermNature[] natures = dictionaryNatures(word);
        return natures.length > 0 && Arrays.stream(natures).allMatch(n -> n.nature.natureStr.startsWith("ns"));
    }

    /**
     * Whether the core dictionary counts the word, at least once, as something other than a place or another proper
     * name (日照 n/5, 安康 a/3, 金华 nr/1); its made-up tags of count 0 (鹰潭 n/0) say nothing.
     */
    public static boolean hasACountedReadingOtherThanAPlace(String word) {
        return Arrays.stream(dictionaryNatures(word))
                .anyMatch(n -> n.frequency > 0 && !n.nature.natureStr.startsWith("ns") && !n.nature.natureStr.equals("nz"));
    }

    /** A word the core dictionary counts as a place name at least once (剑桥 ns/nz). */
    public static boolean readsAsAPlace(String word) {
        return Arrays.stream(dictionaryNatures(word)).anyMatch(n -> n.nature.natureStr.startsWith("ns"));
    }

    /** The readings the core dictionary gives a word of its own (not a mere prefix of longer words), or none. */
    private static TermNature[] dictionaryNatures(String word) {
        AnsjItem item = DATDictionary.getItem(word);
        return item == null || item.getStatus() < 2 || item.termNatures == null ? new TermNature[0] : item.termNatures.termNatures;
    }

    /**
     * How readily a two-character word is a family name and a one-character given name, by the engine's role
     * statistics counted on names in news: the first character's score as a family name (丁, 邢, 舒 2 to 3; 山, 明
     * about 0) plus the second's as a whole given name (玲 of 丁玲, 磊 of 邢磊 about 2; 育 of 托育 below 0). NaN where
     * the engine has no statistics for a character.
     */
    public static double twoCharacterNameScore(String name) {
        PersonNatureAttr family = personRoles(name.charAt(0));
        PersonNatureAttr given = personRoles(name.charAt(1));
        return family == null || given == null ? Double.NaN : family.getB() + given.getE();
    }

    private static PersonNatureAttr personRoles(char c) {
        AnsjItem item = DATDictionary.getItem(String.valueOf(c));
        return item == null || item.termNatures == null ? null : item.termNatures.personAttr;
    }

    /** A word of the dictionary that is mostly something other than a person's name (皮子, 盛京). */
    public static boolean isWordOtherThanAName(String word) {
        return isWord(word) && !isKnownPerson(word);
    }

    /** ansj's own entity candidates, unfiltered. */
    public List<Mention> find(String text) {
        return entities(tokenize(text));
    }

    static List<Mention> entities(List<Token> tokens) {
        List<Mention> found = new ArrayList<>();
        for (Token token : tokens) {
            Mention m = entity(token);
            if (m != null) {
                found.add(m);
            }
        }
        return found;
    }

    /** The engine's entity for a word, or null when it tagged the word as something else. */
    static Mention entity(Token token) {
        EntityType type = typeOf(token.nature());
        return type == null ? null : new Mention(type, token.text(), token.start(), token.end(), null);
    }

    /** The entity type of a part-of-speech tag; ansj and HanLP share the ICTCLAS tags (nr, ns, nt …). */
    public static EntityType typeOf(String nature) {
        if (nature.startsWith("nr")) {
            return EntityType.PERSON;
        }
        if (nature.startsWith("ns")) {
            return EntityType.LOCATION;
        }
        if (nature.startsWith("nt")) {
            return EntityType.ORGANIZATION;
        }
        return null;
    }
}
