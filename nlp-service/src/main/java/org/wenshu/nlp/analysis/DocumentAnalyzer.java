package org.wenshu.nlp.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/** Normalizes a text and finds its entities. Stateless and thread-safe: one instance serves all workers. */
public final class DocumentAnalyzer {
    /** Bump when the output can change for the same input, so stored documents can be reprocessed. */
    public static final String VERSION = HanlpEntityFinder.ENGINE + "+wenshu-rules-1";

    private final TextNormalizer normalizer = new TextNormalizer();
    private final DateFinder dates = new DateFinder();
    private final HanlpEntityFinder names = new HanlpEntityFinder();

    public Analysis analyze(String raw) {
        String text = normalizer.normalize(raw);
        List<Mention> candidates = new ArrayList<>(dates.find(text));
        candidates.addAll(names.find(text));
        return new Analysis(text, withoutOverlaps(candidates), VERSION);
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
