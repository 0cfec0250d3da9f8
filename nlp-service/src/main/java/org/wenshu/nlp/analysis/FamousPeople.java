package org.wenshu.nlp.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * People the news names often (鲁迅, 冰心, 启功, 普里马科夫): a list of public figures, written from general
 * knowledge ({@code gazetteer/famous-people.tsv}, {@code name<TAB>field}). Their names often stand where no rule
 * would vouch for a name (冰心原名, 启功是), and the model's dictionary, counted on the news of one year, lacks many.
 * A name is taken where the segmenter reads it as whole words or as a name with the next character glued on, and
 * where a list of places or bodies knows the same name (左权 is a county too) only if the segmenter reads a name.
 */
final class FamousPeople {
    private static final String TABLE = "gazetteer/famous-people.tsv";

    private final PhraseDictionary<Boolean> names = new PhraseDictionary<>();
    /** The given names of the listed Chinese people of three characters (小平 of 邓小平, 恩来 of 周恩来). */
    private final Set<String> givenNames = new HashSet<>();

    /** Numerals and one-character verbs the segmenter glues to a name into a new word. */
    private static final String GLUED_AFTER = "一二三四五六七八九十几用说曾在对把将被给为是也都";

    /** Words after a name that make it a person's, whatever a place of that name (左权将军, 中山先生). */
    private static final List<String> ADDRESSES_AFTER = List.of("将军", "元帅", "同志", "先生", "女士", "烈士", "大师");

    FamousPeople() {
        Gazetteer.forEachLine(TABLE, line -> {
            String name = line.split("\t")[0].strip();
            if (name.length() >= 2) {
                names.put(name, Boolean.TRUE);
            }
            if (name.length() == 3 && Surnames.at(name, 0) == 1) {
                givenNames.add(name.substring(1));
            }
        });
    }

    /** Whether the mention is a person of the list, by its whole name. */
    boolean isListed(Mention m) {
        return m.type() == EntityType.PERSON && names.contains(m.text());
    }

    int size() {
        return names.size();
    }

    /**
     * The listed people a text names, each where a word of the segmenter starts and one ends (or where its name
     * has one character too many), and not known as a place or body unless the segmenter reads a name there.
     */
    List<Mention> find(String text, TokenIndex words, Predicate<String> knownPlaceOrBody) {
        List<Mention> found = new ArrayList<>();
        for (PhraseDictionary.Match<Boolean> match : names.findAll(text)) {
            Token word = words.startingAt(match.start());
            boolean engineName = word != null && word.nature().startsWith("nr");
            boolean newWord = word != null && (engineName || word.nature().equals("nw")) && word.end() > match.end();
            // 汪曾祺常|对, 李可染画|漓江, 朱德、: the segmenter's name with the next character glued on; 托尔斯泰八十二/nw 岁,
            // 李四光用地质力学/nw: a new word made of the name and a number or a one-character verb
            boolean glued = engineName && word.end() == match.end() + 1 && !TitleLexicon.isTitle(word.text().substring(1)) // 朱|军长
                    || newWord && match.end() < text.length() && GLUED_AFTER.indexOf(text.charAt(match.end())) >= 0;
            boolean whole = words.startsWord(match.start()) && words.endsWord(match.end());
            // 屈原/nr is the poet, though 屈原 is a district too; so is 左权 before 将军; 左权 alone is the county
            boolean readAsName = engineName && word.end() == match.end() || glued
                    || whole && ADDRESSES_AFTER.stream().anyMatch(a -> text.startsWith(a, match.end()));
            if ((whole || glued) && (readAsName || !knownPlaceOrBody.test(match.phrase()))) {
                found.add(new Mention(EntityType.PERSON, match.phrase(), match.start(), match.end(), null));
            }
        }
        return found;
    }

    /**
     * 小平同志, 恩来同志: a listed person called by the given name and 同志, the way the party's news speaks of its
     * leaders; the given name must start a word.
     */
    List<Mention> givenNamesOfComrades(String text, TokenIndex words) {
        List<Mention> found = new ArrayList<>();
        for (int at = text.indexOf("同志", 2); at >= 0; at = text.indexOf("同志", at + 2)) {
            int start = at - 2;
            if (givenNames.contains(text.substring(start, at)) && words.startsWord(start)
                    && (start == 0 || !TextNormalizer.isHan(text.charAt(start - 1)) || words.endsWord(start))) {
                found.add(new Mention(EntityType.PERSON, text.substring(start, at), start, at, null));
            }
        }
        return found;
    }
}
