package org.wenshu.nlp.analysis;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups the names a document uses for one place or body under its fullest form: 丰台 under 丰台区 (a name
 * plus an administrative suffix), 首都师大 under 首都师范大学 (an abbreviation keeping the first two
 * characters and the order of the rest). People keep their names as written.
 */
final class Aliases {
    private static final List<String> PLACE_SUFFIXES = List.of("区", "市", "县", "省", "镇", "乡", "街道", "盟", "旗", "自治区");

    /** canonical name for every ORGANIZATION and LOCATION text that has a fuller form in the same document. */
    Map<String, String> canonicalNames(List<Mention> mentions) {
        Set<String> places = new LinkedHashSet<>();
        Set<String> bodies = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.LOCATION) {
                places.add(m.text());
            } else if (m.type() == EntityType.ORGANIZATION) {
                bodies.add(m.text());
            }
        }
        Map<String, String> canonical = new HashMap<>();
        for (String place : places) {
            for (String suffix : PLACE_SUFFIXES) {
                if (places.contains(place + suffix)) {
                    canonical.put(place, place + suffix);
                    break;
                }
            }
        }
        for (String shortForm : bodies) {
            String best = null;
            for (String full : bodies) {
                if (full.length() > shortForm.length() && (isAbbreviation(shortForm, full) || isSchoolAbbreviation(shortForm, full))
                        && (best == null || full.length() > best.length())) {
                    best = full;
                }
            }
            if (best != null) {
                canonical.put(shortForm, best);
            }
        }
        return canonical;
    }

    /**
     * 首都师大 abbreviates 首都师范大学: the same first two characters and the rest in order, leaving out at
     * most two characters at a time. 北京市人民政府 is no abbreviation of 北京市丰台区人民政府: it leaves out a
     * whole place (three characters), so it names another body.
     */
    static boolean isAbbreviation(String shortForm, String full) {
        if (shortForm.length() < 3 || !full.startsWith(shortForm.substring(0, 2)) || full.startsWith(shortForm)) {
            return false;
        }
        int at = 2;
        for (int i = 2; i < shortForm.length(); i++) {
            int next = full.indexOf(shortForm.charAt(i), at);
            if (next < 0 || next - at > MAX_GAP) {
                return false;
            }
            at = next + 1;
        }
        return full.length() - at <= MAX_GAP;
    }

    private static final int MAX_GAP = 2;

    /**
     * How schools are called: the full name read as two-character words, each kept whole or by its first character,
     * some left out, the first kept (中国 aside): 南方科技大学 → 南科大, 苏州大学 → 苏大, 中南大学 → 中南大, 河海大学 → 河海,
     * 重庆医科大学 → 重医, 中国海洋大学 → 海大, 湖南师范大学附属中学 → 湖南师大附中. Whether the short form stands as a
     * word and is no place is for the caller to check.
     */
    static boolean isSchoolAbbreviation(String shortForm, String full) {
        if (full.length() % 2 != 0 || shortForm.length() < 2 || shortForm.length() >= full.length()
                || !(full.endsWith("大学") || full.endsWith("学院") || full.endsWith("中学"))) {
            return false;
        }
        int firstWord = full.startsWith("中国") && full.length() > 4 && shortForm.charAt(0) != '中' ? 1 : 0;
        return matchesWords(shortForm, 0, full, firstWord, true);
    }

    private static boolean matchesWords(String shortForm, int at, String full, int word, boolean mustUseThisWord) {
        if (at == shortForm.length()) {
            return true;
        }
        if (word * 2 >= full.length()) {
            return false;
        }
        String chunk = full.substring(word * 2, word * 2 + 2);
        if (shortForm.startsWith(chunk, at) && matchesWords(shortForm, at + 2, full, word + 1, false)) {
            return true;
        }
        if (shortForm.charAt(at) == chunk.charAt(0) && matchesWords(shortForm, at + 1, full, word + 1, false)) {
            return true;
        }
        return !mustUseThisWord && matchesWords(shortForm, at, full, word + 1, false);
    }
}
