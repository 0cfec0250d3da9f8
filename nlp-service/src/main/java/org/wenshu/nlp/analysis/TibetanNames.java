package org.wenshu.nlp.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tibetan names as Chinese news writes them (次仁多吉, 边巴扎西, 德吉卓嘎, 向巴平措): two or three of a few dozen
 * two-character parts, with no family name. The segmenter cuts them into their parts (边巴/nr 扎西/nr) or misses
 * them; two parts together are a name far more often than anything else.
 */
final class TibetanNames {

    /** The parts Tibetan names are made of, in their usual Chinese spelling. */
    private static final Set<String> PARTS = Set.of(
            "次仁", "多吉", "扎西", "卓玛", "拉姆", "央金", "德吉", "卓嘎", "边巴", "拉巴", "格桑", "平措", "旺堆", "达瓦",
            "索朗", "尼玛", "普布", "顿珠", "洛桑", "丹增", "强巴", "白玛", "次旦", "巴桑", "益西", "嘉措", "加措", "罗布",
            "仁青", "米玛", "群培", "琼达", "曲珍", "央宗", "措姆", "才让", "才旦", "尕藏", "更登", "贡布", "向巴", "帕巴",
            "旦增", "欧珠", "扎巴", "朗杰", "坚参", "阿旺", "晋美", "土登", "次珠", "玉珍", "德庆", "桑珠", "卓拉", "格勒",
            "多布", "旺姆", "巴珠", "索南", "仁增", "次央", "达娃", "白珍", "央拉", "拉珍", "江村", "列确");

    private static final String FIRST_CHARACTERS = PARTS.stream().map(p -> p.substring(0, 1)).distinct().reduce("", String::concat);

    private TibetanNames() {
    }

    /** Names of two or three parts, each starting where a word of the segmenter starts and ending where one ends. */
    static List<Mention> find(String text, TokenIndex words) {
        List<Mention> found = new ArrayList<>();
        int at = 0;
        while (at + 4 <= text.length()) {
            if (FIRST_CHARACTERS.indexOf(text.charAt(at)) < 0) {
                at++;
                continue;
            }
            int end = at;
            while (end + 2 <= text.length() && end - at < 6 && PARTS.contains(text.substring(end, end + 2))) {
                end += 2;
            }
            if (end - at >= 4 && words.startsWord(at) && (words.endsWord(end) || end == text.length())
                    && (at == 0 || !TextNormalizer.isHan(text.charAt(at - 1)) || words.endsWord(at))) {
                found.add(new Mention(EntityType.PERSON, text.substring(at, end), at, end, null));
                at = end;
            } else {
                at++;
            }
        }
        return found;
    }
}
