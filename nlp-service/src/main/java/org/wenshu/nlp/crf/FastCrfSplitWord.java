package org.wenshu.nlp.crf;

import org.ansj.app.crf.Config;
import org.ansj.app.crf.Model;
import org.ansj.app.crf.SplitWord;
import org.ansj.app.crf.pojo.Element;
import org.nlpcn.commons.lang.util.StringUtil;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * ansj's CRF word segmentation with the same model and the same arithmetic, but features read from a
 * {@link FeatureTable} and the lattice kept in flat arrays. The output is the stock {@link SplitWord}'s, word for
 * word and score for score (FastCrfSplitWordTest compares them); only the time differs. Kept faithful on purpose,
 * including the decoder's quirks (a Viterbi maximum that starts at zero), because NlpAnalysis builds on its output.
 */
public final class FastCrfSplitWord extends SplitWord {
    private static final int TAGS = 4;
    private static final int S = 0;
    private static final int B = 1;
    private static final int M = 2;
    private static final int E = 3;
    /** Four tag scores, then the sixteen tag-pair weights the model attaches to a position's features. */
    private static final int SCORE_WIDTH = 20;

    private final FeatureTable features;
    private final int[][] templates;
    /** The farthest a template reads from its position, and the farthest apart the two characters of one are. */
    private final int reach;
    private final int maxDistance;
    private final float[][] transitions = new float[TAGS][TAGS];

    public FastCrfSplitWord(Model model, Map<String, float[]> features) {
        super(model);
        this.templates = model.getConfig().getTemplate();
        this.features = new FeatureTable(features, templates, Config.FEATURE_BEGIN);
        int farthest = 0;
        int widest = 0;
        for (int[] template : templates) {
            for (int offset : template) {
                farthest = Math.max(farthest, Math.abs(offset));
            }
            if (template.length == 2) {
                widest = Math.max(widest, template[1] - template[0]);
            }
        }
        this.reach = farthest;
        this.maxDistance = widest;
        for (int from = 0; from < TAGS; from++) {
            for (int to = 0; to < TAGS; to++) {
                transitions[from][to] = model.tagRate(from, to);
            }
        }
    }

    @Override
    public List<String> cut(String line) {
        if (StringUtil.isBlank(line)) {
            return Collections.emptyList();
        }
        List<Element> elements = Config.wordAlert(line);
        int n = elements.size();
        int[] tags = tags(elements);
        List<String> words = new ArrayList<>();
        int begin = 0;
        int end = 0;
        for (int i = 0; i < n; i++) {
            int tag = tags[i];
            if (tag == S) {
                end += elements.get(i).len;
                words.add(line.substring(begin, end));
                begin = end;
            } else if (tag == B) {
                int last = i;
                end += elements.get(i).len;
                while (i < n - 1) {
                    last = ++i;
                    if (tags[i] == E) {
                        break;
                    }
                    end += elements.get(i).len;
                }
                end += elements.get(last).len;
                words.add(line.substring(begin, end));
                begin = end;
            }
        }
        return words;
    }

    @Override
    public float cohesion(String word) {
        if (word.isEmpty()) {
            return Integer.MIN_VALUE;
        }
        List<Element> elements = Config.wordAlert(word);
        char[] names = names(elements);
        int last = names.length - 1;
        Lookups lookups = new Lookups(names);
        float value = tagScores(lookups, 0)[B];
        for (int i = 1; i < last; i++) {
            value += tagScores(lookups, i)[M];
        }
        value += tagScores(lookups, last)[E];
        if (value < 0) {
            return 1;
        }
        return value + 1;
    }

    private int[] tags(List<Element> elements) {
        int n = elements.size();
        int[] tags = new int[n];
        if (n <= 1) {
            return tags;
        }
        char[] names = names(elements);
        Lookups lookups = new Lookups(names);
        float[] scores = new float[n * SCORE_WIDTH];
        for (int i = 0; i < n; i++) {
            addTagScores(lookups, i, scores, i * SCORE_WIDTH);
        }
        scores[M] = -1000;
        scores[E] = -1000;
        int[] from = new int[n * TAGS];
        for (int i = 1; i < n; i++) {
            step(scores, (i - 1) * SCORE_WIDTH, i * SCORE_WIDTH, from, i * TAGS);
        }
        int last = (n - 1) * SCORE_WIDTH;
        int tag = scores[last + S] > scores[last + E] ? S : E;
        tags[n - 1] = tag;
        tag = from[(n - 1) * TAGS + tag];
        for (int i = n - 2; i > 0; i--) {
            tags[i] = tag;
            tag = from[i * TAGS + tag];
        }
        tags[0] = tag;
        return tags;
    }

    /** One Viterbi step, in the order and with the start value of ansj's Element.maxFrom. */
    private void step(float[] scores, int previous, int current, int[] from, int fromAt) {
        for (int to = 0; to < TAGS; to++) {
            float best = 0;
            for (int prev = 0; prev < TAGS; prev++) {
                float value = scores[previous + prev] + scores[current + to] + transitions[prev][to];
                value += scores[current + TAGS + prev * TAGS + to];
                if (value > best) {
                    best = value;
                    from[fromAt + to] = prev;
                }
            }
            scores[current + to] = best;
        }
    }

    private float[] tagScores(Lookups lookups, int index) {
        float[] scores = new float[SCORE_WIDTH];
        addTagScores(lookups, index, scores, 0);
        return scores;
    }

    /**
     * The table's answers for every character of a line and every pair of characters a template reads, each looked
     * up once: a character is read by several templates at several positions.
     */
    private final class Lookups {
        private final float[][][] single;
        private final float[][][][] pairs;

        Lookups(char[] names) {
            int length = names.length + 2 * reach;
            single = new float[length][][];
            pairs = new float[maxDistance + 1][][][];
            for (int p = -reach; p < names.length + reach; p++) {
                single[p + reach] = features.get(FeatureTable.one(nameAt(names, p)));
            }
            for (int[] template : templates) {
                int distance = template.length == 2 ? template[1] - template[0] : 0;
                if (distance > 0 && pairs[distance] == null) {
                    pairs[distance] = new float[length][][];
                    for (int p = -reach; p + distance < names.length + reach; p++) {
                        pairs[distance][p + reach] = features.get(FeatureTable.two(distance, nameAt(names, p), nameAt(names, p + distance)));
                    }
                }
            }
        }

        float[] weights(int template, int[] offsets, int index) {
            float[][] byTemplate = offsets.length == 1 ? single[index + offsets[0] + reach]
                    : pairs[offsets[1] - offsets[0]][index + offsets[0] + reach];
            return byTemplate == null ? null : byTemplate[template];
        }
    }

    /** Sums the weights of the position's features, template by template as ansj does (float sums depend on order). */
    private void addTagScores(Lookups lookups, int index, float[] scores, int at) {
        for (int t = 0; t < templates.length; t++) {
            int[] template = templates[t];
            if (template.length == 0) {
                continue;
            }
            float[] weights = lookups.weights(t, template, index);
            if (weights != null) {
                int width = Math.min(SCORE_WIDTH, weights.length);
                for (int k = 0; k < width; k++) {
                    scores[at + k] += weights[k];
                }
            }
        }
    }

    private static char nameAt(char[] names, int index) {
        if (index < 0) {
            return Config.BEGIN;
        }
        return index >= names.length ? Config.END : names[index];
    }

    private static char[] names(List<Element> elements) {
        char[] names = new char[elements.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = elements.get(i).name;
        }
        return names;
    }
}
