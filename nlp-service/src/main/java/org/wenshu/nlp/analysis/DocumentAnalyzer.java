package org.wenshu.nlp.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Normalizes a text and finds its entities and roles. Stateless after construction and thread-safe: one
 * instance serves all workers. The base engine is ansj_seg (chosen by measurement, see README); the rules
 * on top are this project's.
 */
public final class DocumentAnalyzer {
    /** Bump when the output can change for the same input, so stored documents can be reprocessed. */
    public static final String VERSION = AnsjEntityFinder.ENGINE + "+wenshu-rules-2";

    private final TextNormalizer normalizer = new TextNormalizer();
    private final DateFinder dates = new DateFinder();
    private final AnsjEntityFinder engine = new AnsjEntityFinder();
    private final OrganizationFilter organizations = new OrganizationFilter();
    private final CompoundNameRule compounds = new CompoundNameRule();
    private final PersonRules people = new PersonRules();
    private final Gazetteer gazetteer;
    private final RoleFinder roles;

    public DocumentAnalyzer() {
        this(Gazetteer.builtIn());
    }

    public DocumentAnalyzer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.roles = new RoleFinder(gazetteer);
    }

    /** With the built-in gazetteer and the user's entries from {@code userDictionary} (see Gazetteer#withUserEntries). */
    public static DocumentAnalyzer withUserDictionary(Path userDictionary) {
        return new DocumentAnalyzer(Gazetteer.builtIn().withUserEntries(userDictionary));
    }

    public Analysis analyze(String raw) {
        String text = normalizer.normalize(raw);
        List<Mention> mentions = extract(text);
        return new Analysis(text, mentions, roles.find(text, mentions), VERSION);
    }

    /** The entities of a text that is already normalized; offsets point into {@code text}. */
    public List<Mention> extract(String text) {
        List<Token> tokens = engine.tokenize(text);
        List<Mention> candidates = new ArrayList<>(dates.find(text));
        for (Token token : tokens) {
            Mention m = AnsjEntityFinder.entity(token);
            if (m != null && plausible(m, token.nature(), text)) {
                candidates.add(reclassified(m, text));
            }
        }
        candidates.addAll(compounds.find(text, tokens));
        candidates.addAll(gazetteer.find(text, tokens));
        candidates.addAll(people.afterTitles(text, tokens));
        List<Mention> first = withoutOverlaps(candidates);

        // Names known now show where the others are: list items, and every later mention of a name.
        List<Mention> more = new ArrayList<>(first);
        more.addAll(people.listItems(text, first));
        more.addAll(people.otherOccurrences(text, first));
        return withoutOverlaps(more);
    }

    private boolean plausible(Mention m, String nature, String text) {
        if (!TextNormalizer.isHan(m.text().charAt(0))) {
            return false;
        }
        return switch (m.type()) {
            case PERSON -> PersonRules.plausibleName(m, nature, text);
            case ORGANIZATION -> organizations.isOrganizationName(m.text());
            default -> true;
        };
    }

    /**
     * The engine calls stations and business districts organizations; to an analyst they are places. And it
     * sometimes swallows the first character of a title (首都师范大学校|长), which belongs to the title.
     */
    private static Mention reclassified(Mention m, String text) {
        Mention result = m;
        if (m.type() == EntityType.ORGANIZATION && m.length() > 3 && m.end() < text.length()
                && TitleLexicon.endsWithTitle(text.substring(m.end() - 1, m.end() + 1))) {
            result = new Mention(m.type(), m.text().substring(0, m.length() - 1), m.start(), m.end() - 1, null);
        }
        if (result.type() == EntityType.ORGANIZATION && CompoundNameRule.typeByEnd(result.text()) == EntityType.LOCATION) {
            result = new Mention(EntityType.LOCATION, result.text(), result.start(), result.end(), null);
        }
        return result;
    }

    /** Where spans overlap the longer wins, dates first on ties: one character belongs to one mention. */
    static List<Mention> withoutOverlaps(List<Mention> candidates) {
        List<Mention> byPriority = new ArrayList<>(candidates);
        byPriority.sort(Comparator.comparingInt(Mention::length).reversed()
                .thenComparing(m -> m.type() == EntityType.DATE ? 0 : 1)
                .thenComparingInt(Mention::start));
        List<Mention> kept = new ArrayList<>();
        BitSet taken = new BitSet();
        for (Mention candidate : byPriority) {
            if (taken.get(candidate.start(), candidate.end()).isEmpty()) {
                taken.set(candidate.start(), candidate.end());
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }
}
