package org.wenshu.nlp.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * People the news names often (鲁迅, 冰心, 启功, 普里马科夫): a list of public figures, written from general
 * knowledge ({@code gazetteer/famous-people.tsv}, {@code name<TAB>field}). Their names often stand where no rule
 * would vouch for a name (冰心原名, 启功是), and the model's dictionary, counted on the news of one year, lacks many.
 * A name is taken where the segmenter reads it as whole words, and never where a list of places or bodies knows
 * the same name (左权 is a county too).
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
     * The listed people a text names, each where a word of the segmenter starts and one ends, and not known as a
     * place or body.
     */
    List<Mention> find(String text, TokenIndex words, Predicate<String> knownPlaceOrBody) {
        List<Mention> found = new ArrayList<>();
        for (PhraseDictionary.Match<Boolean> match : names.findAll(text)) {
            if (words.startsWord(match.start()) && words.endsWord(match.end()) && !knownPlaceOrBody.test(match.phrase())) {
                found.add(new Mention(EntityType.PERSON, match.phrase(), match.start(), match.end(), null));
            }
        }
        return found;
    }
}
