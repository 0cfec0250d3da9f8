package org.wenshu.nlp.analysis;

import java.util.ArrayList;
import java.util.List;
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

    FamousPeople() {
        Gazetteer.forEachLine(TABLE, line -> {
            String name = line.split("\t")[0].strip();
            if (name.length() >= 2) {
                names.put(name, Boolean.TRUE);
            }
        });
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
            // 汪曾祺常|对, 李可染画|漓江, 朱德、: the segmenter's name with the next character glued on
            boolean glued = engineName && word.end() == match.end() + 1;
            boolean whole = words.startsWord(match.start()) && words.endsWord(match.end());
            // 屈原/nr is the poet, though 屈原 is a district too; 左权 alone is left to the county
            boolean readAsName = engineName && word.end() == match.end() || glued;
            if ((whole || glued) && (readAsName || !knownPlaceOrBody.test(match.phrase()))) {
                found.add(new Mention(EntityType.PERSON, match.phrase(), match.start(), match.end(), null));
            }
        }
        return found;
    }
}
