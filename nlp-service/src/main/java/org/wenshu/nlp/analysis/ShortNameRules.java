package org.wenshu.nlp.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names written in the short forms official Chinese uses:
 * <ul>
 *   <li>regions and corridors made of provinces' one-character names: 京津冀, 津冀, 京沪, 京港澳, 京雄;</li>
 *   <li>the organs of a district or city named by themselves: 区委, 区政府, 区委常委会, 市委, 区政协 — unless a title
 *       follows, when the words are part of the title (区委书记).</li>
 * </ul>
 */
final class ShortNameRules {
    /** One-character names of provinces, municipalities and special areas, as compounds use them. */
    static final String PROVINCE_CHARACTERS = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀黔滇藏陕甘陇青宁新港澳台雄";
    private static final Set<String> ORGANS = Set.of(
            "区委", "市委", "县委", "省委", "区政府", "市政府", "县政府", "区政协", "市政协", "区人大常委会", "市人大常委会",
            "区委常委会", "市委常委会", "党中央", "国务院", "中共中央");

    /** 区委, 区政协, 区人大常委会: an organ named by its level only, not by a place. */
    static boolean isBareOrgan(String words) {
        return ORGANS.contains(words);
    }

    private static final String ORGAN_FIRST_CHARACTERS = ORGANS.stream()
            .map(o -> o.substring(0, 1)).distinct().reduce("", String::concat);

    List<Mention> find(String text, List<Token> tokens) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (isRegionAbbreviation(token)) {
                found.add(new Mention(EntityType.LOCATION, token.text(), token.start(), token.end(), null));
            }
        }
        found.addAll(regionListItems(text));
        for (int i = 0; i < tokens.size(); i++) {
            if (ORGAN_FIRST_CHARACTERS.indexOf(tokens.get(i).text().charAt(0)) < 0) {
                continue;
            }
            // An organ may span two or three words (区/政府, 区委/常委会): try the longest first.
            for (int j = Math.min(tokens.size() - 1, i + 2); j >= i; j--) {
                int start = tokens.get(i).start();
                int end = tokens.get(j).end();
                String words = text.substring(start, end);
                if (ORGANS.contains(words) && !TitleLexicon.titleFollows(text, end)) {
                    found.add(new Mention(EntityType.ORGANIZATION, words, start, end, null));
                    break;
                }
            }
        }
        return found;
    }

    /**
     * A list item made only of provinces' one-character names (京雄、京沪、京港澳), however the segmenter cut it:
     * it stands between punctuation, so no other word can claim its characters.
     */
    private static List<Mention> regionListItems(String text) {
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (PROVINCE_CHARACTERS.indexOf(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && PROVINCE_CHARACTERS.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            boolean bounded = (i == 0 || LIST_PUNCTUATION.indexOf(text.charAt(i - 1)) >= 0)
                    && (end == text.length() || LIST_PUNCTUATION.indexOf(text.charAt(end)) >= 0);
            if (bounded && end - i >= 2 && end - i <= 4) {
                found.add(new Mention(EntityType.LOCATION, text.substring(i, end), i, end, null));
            }
            i = end;
        }
        return found;
    }

    private static final String LIST_PUNCTUATION = "、，,；;：:。（）()“”\n ";

    static boolean isRegionAbbreviation(Token token) {
        String word = token.text();
        String n = token.nature();
        if (word.length() < 2 || word.length() > 4 || !(n.equals("j") || n.startsWith("ns") || n.equals("nz") || n.equals("nw"))) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (PROVINCE_CHARACTERS.indexOf(word.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }
}
