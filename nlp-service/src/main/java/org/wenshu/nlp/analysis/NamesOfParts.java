package org.wenshu.nlp.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names of peoples who write no family name, as Chinese news spells them: made of a few dozen parts (Tibetan
 * 次仁多吉, 边巴扎西, 向巴平措; Mongolian 孟和巴雅尔, 乌云其木格, 其其格). The segmenter cuts them into their parts
 * (边巴/nr 扎西/nr) or misses them; two parts together are a name far more often than anything else, and so is one
 * long Mongolian part standing as a word (巴特尔, 其其格). Yi names are a clan name and a given name (吉克阿呷).
 */
final class NamesOfParts {

    /** Tibetan names: two or three two-character parts, in their usual Chinese spelling. */
    static final NamesOfParts TIBETAN = new NamesOfParts(Set.of(
            "次仁", "多吉", "扎西", "卓玛", "拉姆", "央金", "德吉", "卓嘎", "边巴", "拉巴", "格桑", "平措", "旺堆", "达瓦",
            "索朗", "尼玛", "普布", "顿珠", "洛桑", "丹增", "强巴", "白玛", "次旦", "巴桑", "益西", "嘉措", "加措", "罗布",
            "仁青", "米玛", "群培", "琼达", "曲珍", "央宗", "措姆", "才让", "才旦", "尕藏", "更登", "贡布", "向巴", "帕巴",
            "旦增", "欧珠", "扎巴", "朗杰", "坚参", "阿旺", "晋美", "土登", "次珠", "玉珍", "德庆", "桑珠", "卓拉", "格勒",
            "多布", "旺姆", "巴珠", "索南", "仁增", "次央", "达娃", "白珍", "央拉", "拉珍", "江村", "列确", "旦周", "多杰", "拉毛",
            "措毛", "当周", "尖措", "公保", "完玛", "更藏", "华旦", "加羊", "泽仁", "登珠",
            "尕玛", "东珠", "万玛", "旦正", "南杰", "桑杰", "完德", "吉太", "拉加", "贡保", "昂旺", "达吉"), Integer.MAX_VALUE);

    /** Mongolian names: parts of two to four characters; one part of three or more stands as a name alone. */
    static final NamesOfParts MONGOLIAN = new NamesOfParts(Set.of(
            "巴特尔", "其其格", "乌云", "其木格", "孟和", "巴雅尔", "那顺", "宝音", "图雅", "萨仁", "娜仁", "苏和", "斯琴",
            "高娃", "哈斯", "朝鲁", "额尔敦", "布和", "巴图", "敖登", "格日勒", "吉雅", "乌力吉", "阿拉坦", "道尔吉", "巴根",
            "毕力格", "特木尔", "满都拉", "额尔德尼", "朝克图", "宝力德", "图门", "那日苏", "斯日古楞", "乌日娜", "塔娜",
            "萨日娜", "托娅", "格根", "孟克", "吉日嘎拉", "敖其尔", "白音", "那木吉拉", "青格勒", "布仁", "娜日", "巴彦",
            "额尔登", "达古拉", "乌日根", "阿木古楞", "朝格图", "斯琴高娃", "其力格尔", "巴音", "仁钦", "旭日干", "巴特",
            "朝鲁门", "格日勒图", "巴雅尔图", "孟根", "苏日娜", "额尔敦巴雅尔"), 3);

    /**
     * Yi names of Liangshan: a clan name and a given name of two characters each (吉克阿呷, 曲比阿乌, 阿西拉则), which the
     * segmenter cuts anywhere (吉克阿/nr 呷). The clan names and given names are the frequent ones of news reports.
     */
    static final NamesOfParts YI = new NamesOfParts(Set.of(
            // clan names
            "吉克", "曲比", "阿西", "沙马", "吉木", "阿苏", "海来", "俄底", "勒格", "阿约", "吉伍", "瓦扎", "罗洪", "阿育",
            "尔古", "莫色", "吉地", "沙玛", "果基", "阿什", "的日", "阿克", "吉史", "日火", "阿的", "阿尔", "勒尔", "金古",
            "布吉", "时吉", "俄木", "沙伍", "阿侯", "吉吉", "马黑", "阿合", "吉格", "阿火", "木乃", "苏呷", "比曲", "俄狄",
            // given names
            "阿呷", "阿乌", "曲布", "拉则", "阿果", "伍呷", "阿依", "尔且", "木呷", "石哈", "阿牛", "阿木", "阿洛", "拉且",
            "日哈", "阿支", "尔布", "拉哈", "阿各", "依莫", "阿嫫", "伍各", "阿惹", "子莫", "尔日", "乌各", "阿加", "阿格",
            "木牛", "石布", "日布", "阿沙", "尔哈", "伍沙", "子日", "拉日", "阿呷莫", "石者", "伍加", "友哈"), Integer.MAX_VALUE);

    private static final String GLUED_AFTER = "家说和与等在是的一二三四五六七八九十两";

    private final Set<String> parts;
    private final int longestPart;
    private final String firstCharacters;
    /** The length from which one part alone is a name. */
    private final int aloneFrom;

    private NamesOfParts(Set<String> parts, int aloneFrom) {
        this.parts = parts;
        this.aloneFrom = aloneFrom;
        this.longestPart = parts.stream().mapToInt(String::length).max().orElse(0);
        this.firstCharacters = parts.stream().map(p -> p.substring(0, 1)).distinct().reduce("", String::concat);
    }

    /** Names of two or three parts (or one long part), each starting where a word starts and ending where one ends. */
    List<Mention> find(String text, TokenIndex words) {
        List<Mention> found = new ArrayList<>();
        int at = 0;
        while (at + 2 <= text.length()) {
            if (firstCharacters.indexOf(text.charAt(at)) < 0) {
                at++;
                continue;
            }
            int end = at;
            int count = 0;
            for (int length = partAt(text, end); length > 0 && count < 3; length = partAt(text, end)) {
                end += length;
                count++;
            }
            boolean name = count >= 2 || count == 1 && end - at >= aloneFrom;
            // 孟和巴雅尔家/nw, 萨仁/nr 图雅三/nr 位: a one-character word glued on after the name
            boolean ends = end == text.length() || words.endsWord(end) || GLUED_AFTER.indexOf(text.charAt(end)) >= 0;
            if (name && ends && (words.startsWord(at) && (at == 0 || !TextNormalizer.isHan(text.charAt(at - 1)) || words.endsWord(at))
                    || gluedToWhatTheyAre(text, words, at))) {
                found.add(new Mention(EntityType.PERSON, text.substring(at, end), at, end, null));
                at = end;
            } else {
                at++;
            }
        }
        return found;
    }

    /** 副教授卓玛央宗/nw: the name glued to the end of a title or a description that opens the word. */
    private static boolean gluedToWhatTheyAre(String text, TokenIndex words, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 8); k--) {
            Token word = words.startingAt(k);
            if (word != null) {
                String head = text.substring(k, at);
                return word.end() > at && head.length() >= 2 && (TitleLexicon.endsWithTitle(head) || PersonRules.describesAPerson(head));
            }
        }
        return false;
    }

    /** Whether a part ends at {@code end} (孟和 of 巴图孟和, whose 和 is no conjunction). */
    boolean partEndsAt(String text, int end) {
        for (int length = Math.min(longestPart, end); length >= 2; length--) {
            if (parts.contains(text.substring(end - length, end))) {
                return true;
            }
        }
        return false;
    }

    /** The length of the longest part at {@code at}, or 0. */
    private int partAt(String text, int at) {
        for (int length = Math.min(longestPart, text.length() - at); length >= 2; length--) {
            if (parts.contains(text.substring(at, at + length))) {
                return length;
            }
        }
        return 0;
    }
}
