package org.wenshu.nlp.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Japanese names as Chinese news writes them (小泉纯一郎, 福田康夫, 植田和男): a Japanese family name of two
 * characters and a given name of two or three. The segmenter knows few of them: it reads them as new words
 * (大江健三郎/nw), as places (村山富市/ns), glued to a title (福田康夫理事长/nw) or cut apart (植田/nw 和/c 男/b).
 * Many of these family names are Chinese words or places too (中村, 田中, 山本), so a name needs the look of a
 * Japanese given name (郎, 夫, 雄, 子 …) or a sentence that speaks of Japan.
 */
final class JapaneseNames {

    /** Frequent Japanese family names and those of public figures, in simplified characters. */
    private static final Set<String> FAMILY_NAMES = Set.of(
            "佐藤", "铃木", "高桥", "田中", "渡边", "伊藤", "山本", "中村", "小林", "加藤", "吉田", "山田", "山口", "松本", "井上", "木村",
            "清水", "山崎", "池田", "桥本", "阿部", "石川", "山下", "中岛", "石井", "小川", "前田", "冈田", "藤田", "后藤", "近藤", "村上",
            "远藤", "青木", "坂本", "斋藤", "福田", "太田", "西村", "藤井", "冈本", "藤原", "中野", "三浦", "原田", "中川", "松田", "竹内",
            "小野", "田村", "中山", "和田", "石田", "森田", "上田", "柴田", "酒井", "工藤", "横山", "宫崎", "宫本", "内田", "高木", "安藤",
            "岛田", "谷口", "大野", "高田", "丸山", "今井", "河野", "藤本", "村田", "武田", "上野", "杉山", "增田", "小山", "大塚", "平野",
            "菅原", "久保", "松井", "千叶", "岩崎", "樱井", "木下", "野口", "松尾", "菊地", "野村", "新井", "渡部", "小渊", "小泉", "安倍",
            "麻生", "鸠山", "野田", "岸田", "石破", "高市", "村山", "细川", "羽田", "海部", "宫泽", "竹下", "大平", "三木", "高村", "町村",
            "植田", "黑田", "白川", "大江", "川端", "三岛", "北野", "黑泽", "小泽", "土井", "志位", "二阶", "甘利", "茂木", "枝野", "前原",
            "冈崎", "仙谷", "玄叶", "片山", "浜田", "滨田", "稻田", "小池", "桥下", "石原", "猪口", "宇野", "梶山", "加纳", "野中", "古贺",
            "堀内", "绵贯", "武村", "椎名", "松冈", "福原", "松下", "丰田", "本田", "盛田", "稻盛", "柳井", "井深", "出井", "大前", "手冢",
            "川口", "浅田", "羽生", "井山", "小松", "长岛", "中田", "香川", "长友", "内村", "伊调", "北岛", "大坂", "锦织", "大谷", "铃村",
            "东野", "井伏", "芥川", "夏目", "谷崎", "坂口", "太宰", "川岛", "山岸", "池上", "德田", "神田", "西田", "吉川", "秋山", "服部",
            "永田", "中西", "福泽", "野依", "小柴", "益川", "南部", "下村", "根岸", "赤崎", "天野", "大隅", "本庶", "吉野", "真锅", "山中",
            "梶田", "白石", "依田", "稻本", "藤泽", "武宫", "大竹", "中曾根", "佐佐木", "长谷川", "御手洗", "五十岚", "宇都宫", "小野寺");

    /** Characters Japanese given names end in and Chinese ones seldom do. */
    private static final String GIVEN_NAME_ENDS = "郎夫雄男子彦树介藏造苗惠纪奈枝代助辅卫次太二"; // 浩二

    /** Words that say a sentence is about Japan. */
    private static final Pattern JAPAN = Pattern.compile("日本|日方|访日|中日|日中|日美|美日|日韩|韩日|日相|日元|日语|日籍|东京|大阪|自民党|防卫省|外务省|首相");

    /** Titles Japanese news puts after a family name alone. */
    private static final Pattern TITLES = Pattern.compile("首相|外相|藏相|防卫相|法相|官房长官|九段|八段|七段|六段|五段");

    private static final String SENTENCE_ENDS = "。！？\n";

    private JapaneseNames() {
    }

    /** The Japanese names of a text, each starting where a word of the segmenter starts. */
    static List<Mention> find(String text, TokenIndex words) {
        List<Mention> found = new ArrayList<>();
        for (Token token : words.all()) {
            int at = token.start();
            int family = familyNameAt(text, at);
            if (family == 0) {
                continue;
            }
            boolean titleFollows = TITLES.matcher(text).region(at + family, text.length()).lookingAt();
            boolean opensAPhrase = at == 0 || !TextNormalizer.isHan(text.charAt(at - 1));
            if (titleFollows && (opensAPhrase || words.startsWord(at + family) && aboutJapan(text, at))) {
                // 小渊首相, 依田九段: news calls Japanese leaders and players by the family name before the title
                found.add(new Mention(EntityType.PERSON, text.substring(at, at + family), at, at + family, null));
                continue;
            }
            for (int end = Math.min(at + family + 3, text.length()); end >= at + family + 2; end--) {
                // 佐藤久夫/nr 种/q: the model's one name in a sentence about Japan, whatever it takes the next word for
                boolean modelsName = token.nature().startsWith("nr") && token.end() == end && aboutJapan(text, at);
                if (TextNormalizer.allHan(text, at, end) && (standsAlone(text, words, end) || modelsName)
                        && (GIVEN_NAME_ENDS.indexOf(text.charAt(end - 1)) >= 0 && looksLikeAGivenName(text, at + family, end)
                        || aboutJapan(text, at) && oneWordOfTheModel(token, end)
                        // 稻本/nr 润/v 一/m 都, 佐藤/nr 由/p 美/j 在, 细川/nr 护熙/nw: the family name read alone and the
                        // given name cut into pieces, in a sentence about Japan
                        || end == at + family + 2 && token.end() == at + family && noFunctionCharacter(text, at + family, end)
                        && !wordOfItsOwn(words.startingAt(at + family), end) && aboutJapan(text, at)
                        // 田中耕一/nr: the model reads the four characters as one name, which no Chinese name of one
                        // family name is
                        || token.nature().startsWith("nr") && token.start() == at && token.end() == end && end - at == 4)) {
                    found.add(new Mention(EntityType.PERSON, text.substring(at, end), at, end, null));
                    break;
                }
            }
        }
        return found;
    }

    /** The first characters of those names: most words start with none, and need no lookup. */
    private static final String FIRST_CHARACTERS = FAMILY_NAMES.stream().map(n -> n.substring(0, 1)).distinct()
            .reduce("", String::concat);

    /** Length of the Japanese family name at {@code at} (中曾根 before 中曾), or 0. */
    private static int familyNameAt(String text, int at) {
        if (FIRST_CHARACTERS.indexOf(text.charAt(at)) < 0) {
            return 0;
        }
        for (int length = 3; length >= 2; length--) {
            if (at + length <= text.length() && FAMILY_NAMES.contains(text.substring(at, at + length))) {
                return length;
            }
        }
        return 0;
    }

    /** A title, a word news puts after names, the text's end or the start of a word of the segmenter follows. */
    private static boolean standsAlone(String text, TokenIndex words, int end) {
        if (end == text.length() || TitleLexicon.titleAt(text, end) || !TextNormalizer.isHan(text.charAt(end))) {
            return true;
        }
        Token next = words.startingAt(end);
        return next != null && (next.text().length() >= 2 || "说称在的和与等也是将对向就为都均这".indexOf(next.text().charAt(0)) >= 0);
    }

    /** No particle or verb of the sentence inside what would be the given name (山本的人, 中村在). */
    private static boolean looksLikeAGivenName(String text, int from, int end) {
        for (int k = from; k < end; k++) {
            if ("的了在是着过说与和等也都就又及或被把对向从".indexOf(text.charAt(k)) >= 0 && k < end - 1) {
                return text.charAt(k) == '和' && end - from == 2; // 植田和男
            }
        }
        return true;
    }

    /** The two characters after the family name are one word the model knows (藤泽|海边, 南部|岛屿), not a new word. */
    private static boolean wordOfItsOwn(Token next, int end) {
        return next != null && next.end() == end && !(next.nature().startsWith("nr") || next.nature().equals("nw") || next.nature().equals("j"));
    }

    /** None of the characters is a particle, pronoun, measure or auxiliary (山本的, 山本有个, 中村这次). */
    private static boolean noFunctionCharacter(String text, int from, int end) {
        for (int k = from; k < end; k++) {
            if ("的了在是着过说与和等也都就又及或被把对向从有个这那要会能将已曾还再不没到去来年月日时".indexOf(text.charAt(k)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The model read the whole name as one word, or as the start of one that a title ends (福田康夫理事长). */
    private static boolean oneWordOfTheModel(Token token, int end) {
        return token.end() == end || token.end() > end && TitleLexicon.endsWithTitle(token.text());
    }

    private static boolean aboutJapan(String text, int at) {
        int from = at;
        while (from > 0 && SENTENCE_ENDS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = at;
        while (to < text.length() && SENTENCE_ENDS.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return JAPAN.matcher(text.substring(from, to)).find();
    }
}
