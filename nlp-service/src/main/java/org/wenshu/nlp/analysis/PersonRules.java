package org.wenshu.nlp.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the statistical model misses, found from how official news writes them:
 * <ul>
 *   <li>after a title: 兴安盟委书记苏和, 校长方复全 — a surname and one or two characters before a pause or a verb;</li>
 *   <li>in lists: 区领导杨新光、田涛、尹航 — once one item is a name, the others of the same shape are too;</li>
 *   <li>everywhere in the document once known: a name found once is tagged at each occurrence.</li>
 * </ul>
 */
final class PersonRules {
    /** What can follow a name: punctuation, or the verbs and particles official news puts after one. */
    private static final String[] AFTER_NAME = {
            "，", ",", "、", "。", "；", ";", "：", ":", "）", ")", "（", "(", " ", "\n", "”",
            "强调", "指出", "表示", "说", "主持", "出席", "参加", "带队", "一行", "介绍", "讲话", "在", "到", "等", "和", "与",
            "及", "同志", "率", "会见", "调研", "陪同", "看望", "听取", "对", "为", "就", "向", "代表", "致辞", "宣读", "作",
            "要求", "提出", "认为", "先后", "分别", "也", "还", "一同", "共同", "会议", "座谈", "先生", "女士", "摄",
            "报道", "举行", "日前", "近日", "今天", "昨天", "透露", "告诉", "回答", "称", "获得", "荣获", "担任", "当选",
            "出任", "访问", "前往", "来到", "抵达", "率领", "发表", "签署", "题词", "致电", "致函", "祝贺", "逝世", "去世",
            "宣布", "带领", "呼吁", "生前", "烈士", "来信", "从"};
    private static final List<String> MINISTERS = List.of("部长", "厅长", "局长", "司长");

    /** What follows the last name of a list of family members (谭明清、向春兰一家, 付金山、付金海兄弟俩). */
    private static final List<String> FAMILY_AFTER = List.of("一家", "夫妇", "父子", "母子", "母女", "父女", "兄弟", "姐妹");

    /**
     * One-character words that follow names (those of AFTER_NAME, and adverbs such as 都, 均, 已): a three-character
     * "name" ending in one is a name and the word after it (江津均在列, 昝军摄).
     */
    private static final String ONE_CHARACTER_FOLLOWERS = "说称在到等和与及率对为就向也还而都则亦曾又已仍均摄";

    /** How people are called without their full name: 王阿姨, 刘奶奶, 陈伯 (a family name and a kinship word). */
    private static final List<String> ADDRESSES = List.of(
            "阿姨", "奶奶", "爷爷", "大爷", "大妈", "大娘", "阿婆", "婆婆", "嬢嬢", "大姐", "大哥", "师傅", "伯伯", "叔叔",
            "阿公", "老伯", "老师", "阿伯", "阿嬷", "阿婶", "大婶", "大嫂", "阿叔", "大夫", "医生");
    private static final String ADDRESS_CHARACTERS = "伯叔婆姨嫂爷奶哥姐妈爸老"; // 老 of 喻老, an elder honoured

    /**
     * Given names hardly end in these; three-character "names" that do are places: 静海寺, 洪崖洞, 邹容路, 大鲍岛, 星安桥,
     * 妙光塔 (长河 and 青山 are given names).
     */
    // and 汤粉店, 托育点, 丰收节; 宾阳楼, 吴旗县, 江心屿, 飞狐峪; 朱紫坊, the lanes of old Fuzhou
    private static final String PLACE_LAST_CHARACTERS = "寺洞路岛街巷桥园村塔阁祠庙店点节楼府殿县镇乡屿峪池顶陵坊";

    /**
     * 宇文静率 (队), 王刚说, 郁家宁率: the model's name with the verb after it; given names hardly end in these (和 and 为 do:
     * 王家和, 李有为).
     */
    static Mention withoutFollowingVerb(Mention m, String text) {
        if (m.type() != EntityType.PERSON || m.length() < 3) {
            return m;
        }
        int surname = Surnames.at(text, m.start());
        // 郁家宁率 (a line broken before 率): Chinese given names have one or two characters
        boolean tooLong = m.length() == surname + 3;
        if (surname > 0 && (m.length() == surname + 2 || tooLong) && TRAILING_VERBS.indexOf(m.text().charAt(m.length() - 1)) >= 0) {
            return new Mention(EntityType.PERSON, m.text().substring(0, m.length() - 1), m.start(), m.end() - 1, null);
        }
        // 江平认|为: the last character starts the verb of speech after the name
        if (surname > 0 && m.length() == surname + 2 && SPEECH_STARTED.stream().anyMatch(v -> text.startsWith(v, m.end() - 1))) {
            return new Mention(EntityType.PERSON, m.text().substring(0, m.length() - 1), m.start(), m.end() - 1, null);
        }
        return m;
    }

    private static final String TRAILING_VERBS = "说称在到等与及率对就向也还";
    /** Verbs of speech whose first character a name can take (江平认|为). */
    // not 强调: 志强, 国强 end names (李志强调研)
    private static final List<String> SPEECH_STARTED = List.of("认为", "表示", "指出", "介绍", "说明", "称赞");
    /** What the segmenter glues to a dotted name's end (热合曼·阿不都说, 艾克拜尔·阿不都则被, 安德烈·彼得连科点了). */
    private static final String DOTTED_NAME_FOLLOWERS = TRAILING_VERBS + "则被以家刚正点";

    /** One-character words the segmenter glues to the end of a name (常香玉捐|飞机, 汪曾祺常|对, 李可染画|漓江). */
    private static final String GLUED_FOLLOWERS = TRAILING_VERBS + "常曾又便却都被把将给让同跟是去来从于以画捐写讲唱问笑拿看听读吃当即则已仍亦刚带陪";

    /** Function words the segmenter glues to the end of a foreign name (布赫率, 苏克以). */
    private static final String FOREIGN_GLUE = "率因以为说称在和与及对向将把被也还就都";

    /**
     * The engine's name with a pause (朱德、), a number (李白二|十几岁) or a one-character word (邓世昌率, 李可染画, 布赫率)
     * glued to its end: Chinese given names have one or two characters, so a family name and three more is a name and
     * the next word.
     */
    static Mention withoutGluedFollower(Mention m, String text) {
        if (m.type() != EntityType.PERSON || m.length() < 3) {
            return m;
        }
        char last = m.text().charAt(m.length() - 1);
        int surname = Surnames.at(text, m.start());
        boolean pause = !TextNormalizer.isHan(last) && last != '·'
                // 李白二|十几岁: a number glued on (王小二 is a name, so only where the number goes on)
                || NUMERALS.indexOf(last) >= 0 && m.end() < text.length() && (NUMERALS + "几岁年多余").indexOf(text.charAt(m.end())) >= 0;
        boolean follower = surname > 0 && m.length() == surname + 3 && GLUED_FOLLOWERS.indexOf(last) >= 0
                // 布赫率, 苏克以, 贝克汉姆因: a foreign name and a function word that is no sound of names
                || FOREIGN_GLUE.indexOf(last) >= 0 && !Transliteration.isSound(last) && Transliteration.spells(m.text().substring(0, m.length() - 1));
        return pause || follower ? new Mention(EntityType.PERSON, m.text().substring(0, m.length() - 1), m.start(), m.end() - 1, null) : m;
    }

    private static final String NOT_A_LAST_SOUND = "pcuwmqfr";

    /**
     * 佩蒂/nr 特/d 在: a foreign name the model ended one sound early; the sound is a word of one character, and a
     * preposition, conjunction, adverb or particle, or a pause, comes after it.
     */
    static Mention withItsLastSound(Mention m, String text, TokenIndex words) {
        if (m.type() != EntityType.PERSON || !Transliteration.spells(m.text())) {
            return m;
        }
        Token sound = words.startingAt(m.end());
        // 记者 艾尔肯·吐尼亚孜/nrf 摄/vg: the photo's credit, no sound of the name
        if (sound == null || sound.text().length() != 1 || !Transliteration.isSound(sound.text().charAt(0)) || sound.text().equals("摄")
                || sound.nature().isEmpty() || NOT_A_LAST_SOUND.indexOf(sound.nature().charAt(0)) >= 0) {
            return m;
        }
        Token after = words.startingAt(sound.end());
        boolean closes = sound.end() == text.length() || followedByPunctuation(text, sound.end())
                || after != null && !after.nature().isEmpty() && "pcdu".indexOf(after.nature().charAt(0)) >= 0;
        return closes ? new Mention(EntityType.PERSON, text.substring(m.start(), sound.end()), m.start(), sound.end(), null) : m;
    }

    /** 阿卜杜拉二世, 胡安·卡洛斯一世: a monarch's or pope's number belongs to a foreign name (二世纪 is a century). */
    static Mention withRegnalNumber(Mention m, String text) {
        int end = m.end();
        if (m.type() != EntityType.PERSON || end + 2 > text.length() || m.length() < 3 && !Transliteration.spells(m.text())
                || "一二三四五六七八九十".indexOf(text.charAt(end)) < 0 || text.charAt(end + 1) != '世'
                || end + 2 < text.length() && text.charAt(end + 2) == '纪') {
            return m;
        }
        return new Mention(EntityType.PERSON, text.substring(m.start(), end + 2), m.start(), end + 2, null);
    }

    /**
     * The name's last character starts a word with what follows (病|愈后, 代|为宣读), and what follows does not stand
     * on its own (特|出生, 胡|说, 加|在).
     */
    private static boolean gluedToTheNextWord(String text, int end, Predicate<String> isWord) {
        if (ONE_CHARACTER_FOLLOWERS.indexOf(text.charAt(end)) >= 0 || "因是的".indexOf(text.charAt(end)) >= 0) {
            return false;
        }
        return isWord.test(text.substring(end - 1, end + 1)) && (end + 2 > text.length() || !isWord.test(text.substring(end, end + 2)));
    }

    /** Words before a name that the segmenter glues to a foreign name's first character (让贝克汉姆). */
    private static final String LEADING_VERBS = "让被把将和与及向对给";

    /**
     * A foreign name with a neighbour's character glued on by the segmenter: a title before it (埃米尔哈马德), the
     * end of the word before it (名|帅里皮, 让贝克汉姆), the start of the word after it (安南飞|抵, 哈韦尔病|愈,
     * 弗雷谢特代|为) or a conjunction (戈尔和). Chinese names are left alone: 王志强|调研 reads 强调 as well.
     *
     * @param isWord a word of the engine's dictionary
     */
    static Mention withoutGluedEdges(Mention m, String text, TokenIndex words, Predicate<String> isWord) {
        if (m.type() == EntityType.PERSON && m.length() == 2 && "和与及同".indexOf(m.text().charAt(0)) >= 0
                && Surnames.at(text, m.start() + 1) == 1 && LEADERS_TITLES.stream().anyMatch(t -> text.startsWith(t, m.end()))) {
            return new Mention(EntityType.PERSON, m.text().substring(1), m.start() + 1, m.end(), null); // 江主席和|朱总理
        }
        if (m.type() != EntityType.PERSON || m.length() < 3) {
            return m;
        }
        int start = m.start();
        int end = m.end();
        int title = TitleLexicon.titleLengthAt(text, start);
        if (title > 0 && end - start - title >= 2) {
            start += title;
        } else if (Surnames.at(text, start) == 0 && Transliteration.spells(text.substring(start + 1, end))
                && !TitleLexicon.endsWithTitle(text.substring(Math.max(0, start - 5), start)) // 国王|法赫德, not 王法
                && (start > 0 && isWord.test(text.substring(start - 1, start + 1)) || LEADING_VERBS.indexOf(text.charAt(start)) >= 0)) {
            start++;
        } else if (start > 0 && Transliteration.spells(text.substring(start + 1, end)) && describesAPerson(text.substring(start - 1, start + 1))) {
            start++; // 名帅|里皮: 帅 is a family name too, but here it ends the word for what the man is
        }
        Token engineName = words.startingAt(m.start());
        boolean engineEndsBefore = engineName != null && engineName.end() == end - 1 && engineName.nature().startsWith("nr");
        boolean foreign = Surnames.at(text, start) == 0;
        // 哈韦尔病|愈, 弗雷谢特代|为: the sounds of a foreign name and then a character that is none of them and
        // makes a word with what follows (哈 is a family name too, and 为 stands on its own elsewhere)
        boolean soundsThenAWord = end < text.length() && end - start >= 4 && !Transliteration.isSound(text.charAt(end - 1))
                && Transliteration.spells(text.substring(start, end - 1)) && isWord.test(text.substring(end - 1, end + 1));
        boolean gluedEnd = end < text.length() && end - start >= 3 && (foreign || engineEndsBefore)
                && (gluedToTheNextWord(text, end, isWord) || foreign && "和与及".indexOf(text.charAt(end - 1)) >= 0)
                && !NamesOfParts.MONGOLIAN.partEndsAt(text, end); // 戈尔和, but 巴图孟和|家
        if (soundsThenAWord || gluedEnd || givesACause(text, start, end, isWord)) {
            end--;
        }
        return start == m.start() && end == m.end() ? m : new Mention(EntityType.PERSON, text.substring(start, end), start, end, null);
    }

    /** What 因 opens after a name: 因伤, 因病, 因故, 因身体原因, 因涉嫌, 因犯规, 因公, 因事, 因年龄, 因家中有事. */
    private static final String CAUSES = "伤病故身涉犯违公事年健私家";

    /**
     * 郎平因/nrf 身体原因, 贝克汉姆因/nrf 报复性动作: the 因 that gives the cause of what the person does is no part of the
     * name; a cause follows it, or a word of the dictionary after a long name. Names end in 因 too (侯赛因, 斯坦因).
     */
    private static boolean givesACause(String text, int start, int end, Predicate<String> isWord) {
        if (end - start < 3 || end >= text.length() || text.charAt(end - 1) != '因'
                || AnsjEntityFinder.isKnownPerson(text.substring(start, end)) || text.lastIndexOf('·', end) >= start) {
            return false;
        }
        return CAUSES.indexOf(text.charAt(end)) >= 0 || end - start >= 5 && end + 2 <= text.length() && isWord.test(text.substring(end, end + 2));
    }

    /** 区委副 of 区委副书记, 柳林中 of 柳林中学: the start of a title or of a school's name, no person. */
    static boolean cutFromAWord(Mention m, String text) {
        return m.text().endsWith("副") || m.end() < text.length() && text.charAt(m.end()) == '学'
                && "中小大".indexOf(m.text().charAt(m.length() - 1)) >= 0;
    }

    /**
     * 主播金花|正在: a three-character name that ends inside an adverb or a preposition of the segmenter, where the
     * model read the name without that character.
     */
    static Mention withoutTheWordItEndsIn(Mention m, TokenIndex words) {
        if (m.type() != EntityType.PERSON || m.length() != 3) {
            return m;
        }
        Token last = words.startingAt(m.end() - 1);
        Token name = words.startingAt(m.start());
        String n = last == null ? "" : last.nature();
        if (last != null && last.end() > m.end() && (n.startsWith("d") || n.startsWith("p") || n.startsWith("c"))
                && name != null && name.end() == m.end() - 1) { // 杨帆/n 正在: the model's word, name or not
            return new Mention(EntityType.PERSON, m.text().substring(0, 2), m.start(), m.end() - 1, null);
        }
        return m;
    }

    /** The longest quotation that is a slogan, a greeting or a nickname rather than a person's words. */
    private static final int SHORT_QUOTE = 8;

    /**
     * “梁溪春韵”, “扎西德勒”: a short quotation with no pause in it is a slogan, a greeting or a brand, and a "name" the
     * model reads in it is none. Names are not quoted; nicknames are, and are not names either (“小诸葛”).
     */
    static boolean inAShortQuote(Mention m, String text, Predicate<String> knownPerson) {
        int open = m.start() - 1;
        if (open < 0 || text.charAt(open) != '“') {
            return false; // “向雷锋同志学习”: a name inside a slogan's words is a name
        }
        int close = text.indexOf('”', m.end());
        if (close < 0 || close - open - 1 > SHORT_QUOTE) {
            return false;
        }
        for (int k = open + 1; k < close; k++) {
            if (!TextNormalizer.isHan(text.charAt(k))) {
                return false; // “王军、李明…”: a list or words
            }
        }
        if (close == m.end()) {
            return !knownPerson.test(m.text()); // a signature “启功” names a known person
        }
        // “周总理”, “小平同志”, “朱德的扁担”, “凤贞闺女”: a name with how people address or describe him
        String rest = text.substring(m.end(), close);
        return !(rest.startsWith("同志") || rest.startsWith("的") || TitleLexicon.titleAt(text, m.end())
                || ADDRESSES.stream().anyMatch(rest::startsWith) || describesAPerson(rest) || rest.startsWith("闺女"));
    }

    /** The longest title of a work in 《》 searched for around a name. */
    private static final int LONGEST_WORK_TITLE = 30;

    /**
     * Words that, right after a name opening a title, make the work the person's own writings or life: 《邓小平文选》,
     * 《雷锋日记》, 《岳飞传》, 《毛泽东论持久战》. Such a title names the person too: it is who an analyst looks for in it.
     */
    private static final List<String> WORKS_OF_A_PERSON = List.of("文选", "选集", "文集", "全集", "诗选", "诗词", "诗集", "书信",
            "手稿", "文稿", "日记", "年谱", "自传", "评传", "传", "回忆录", "语录", "著作", "谈", "论");

    /**
     * 《骆驼祥子》, 《王贵与李香香》: a name inside the title of a book, a film or a play names the work, not a person of the
     * text (outside the title the same name is one), unless the work is the person's writings or life (《雷锋日记》).
     */
    static boolean insideAWorksTitle(Mention m, String text) {
        if (m.type() != EntityType.PERSON) {
            return false;
        }
        boolean opensTheTitle = m.start() > 0 && text.charAt(m.start() - 1) == '《';
        if (opensTheTitle && WORKS_OF_A_PERSON.stream().anyMatch(w -> text.startsWith(w, m.end()))) {
            return false;
        }
        // asked of every name: only the few characters around it are looked at, not the text up to it
        return bracketNear(text, m.start() - 1, -1, LONGEST_WORK_TITLE, '《', '》')
                && bracketNear(text, m.end(), 1, LONGEST_WORK_TITLE + 1, '》', '《');
    }

    /** Whether {@code wanted} comes before {@code other} in {@code reach} characters from {@code at}, by {@code step}. */
    private static boolean bracketNear(String text, int at, int step, int reach, char wanted, char other) {
        for (int k = at, seen = 0; k >= 0 && k < text.length() && seen < reach; k += step, seen++) {
            if (text.charAt(k) == wanted) {
                return true;
            }
            if (text.charAt(k) == other) {
                return false;
            }
        }
        return false;
    }

    /**
     * 来崇川, 到义乌: a verb of coming or going before a known place, read as a family name and a given name; also
     * where the name takes only the place's first character (来利/nrf 通品 of 来利通品早茶).
     */
    static boolean comesToAPlace(Mention m, String text, Predicate<String> knownPlace) {
        if (m.type() != EntityType.PERSON || m.length() < 2 || m.length() > 3 || "来去到赴回往".indexOf(m.text().charAt(0)) < 0) {
            return false;
        }
        for (int end = m.end(); end <= Math.min(text.length(), m.start() + 5); end++) {
            if (end - m.start() >= 3 && knownPlace.test(text.substring(m.start() + 1, end))) {
                return true;
            }
        }
        return false;
    }

    /** What a prize is called after the person it honours: 南丁格尔/nrf 奖章/n, 应氏/nr 杯/q. */
    private static final Set<String> PRIZES = Set.of("奖", "奖章", "奖金", "奖学金", "杯");

    /** 荣获南丁格尔奖章: a name inside the name of a prize is no person of the text. */
    static boolean namesAPrize(Mention m, TokenIndex words) {
        Token next = words.startingAt(m.end());
        return m.type() == EntityType.PERSON && next != null && PRIZES.contains(next.text());
    }

    /** 五千多米, 一百多里, 三十余年, 8万多人次: 多 or 余 after a number rounds it; no name starts there. */
    static boolean roundsANumber(Mention m, String text) {
        if (m.length() == 2 && "万千百亿".indexOf(m.text().charAt(0)) >= 0 && "多余".indexOf(m.text().charAt(1)) >= 0
                && m.start() > 0 && (NUMERALS.indexOf(text.charAt(m.start() - 1)) >= 0 || Character.isDigit(text.charAt(m.start() - 1)))) {
            return true; // 8|万多 人次
        }
        if (m.start() == 0 || "多余年".indexOf(m.text().charAt(0)) < 0) { // and 半|年多来
            return false;
        }
        char before = text.charAt(m.start() - 1);
        return NUMERALS.indexOf(before) >= 0 || Character.isDigit(before) || m.text().charAt(0) == '年' && before == '半';
    }

    static boolean endsLikeAPlace(String name) {
        // 奥尔塔 spells a foreign name: 塔 is one of its sounds
        return name.length() == 3 && PLACE_LAST_CHARACTERS.indexOf(name.charAt(2)) >= 0 && !Transliteration.spells(name)
                // 浔阳江头, 江里的鱼, 吹吹江风: a river and a word of where on it or of its wind and water, no family
                // name and given name
                || name.length() == 2 && "江河湖海".indexOf(name.charAt(0)) >= 0 && "头里边畔面风水".indexOf(name.charAt(1)) >= 0
                // 秦渠, 汉渠: a canal; 古楼, 杨府, 西塔: a building; 李庄, 梁村, 田町, 马岙: a village; 石洞: a cave; these end
                // no given name
                || name.length() == 2 && "渠楼府殿塔庄村町沟寨坝港巷坊埠墩坪屯堡铺岙垟埭池顶门寺庙祠洞".indexOf(name.charAt(1)) >= 0;
    }

    /**
     * Stock phrases of feature writing that the model reads as names: 天高云淡/nr of an autumn day, 黛瓦/nrf of 白墙黛瓦,
     * 粉墙黛瓦/nr; and 文创/nr (cultural and creative goods), a word newer than the model.
     */
    private static final Set<String> PHRASES_READ_AS_NAMES = Set.of("天高云淡", "黛瓦", "粉墙黛瓦", "文创");

    /** 护江爱江/nr: three characters that begin and end with the same one, a phrase's rhythm, no name; or a stock phrase. */
    static boolean aPhraseNoName(String name) {
        return name.length() == 3 && name.charAt(0) == name.charAt(2) || PHRASES_READ_AS_NAMES.contains(name);
    }

    /** 江主席同农场主让·迪皮伊: a "family name" (or a word like 同, "with") and what someone is, or the word 姓, no name. */
    static boolean familyNameAndDescription(String name) {
        int start = Math.max(1, Surnames.at(name, 0));
        String rest = name.substring(Math.min(start, name.length()));
        // 村里的欧阳姓人家: the family name and the word for one, no name
        return rest.length() >= 2 && DESCRIPTION_SET.contains(rest) || rest.equals("姓") && name.length() > 1;
    }

    /**
     * Characters that end dishes, wares, crafts, dances, trees and animals and no given name: 汤粉, 白糕, 江鱼, 陶碗, 石花膏,
     * 唐槐, 汤料包, 香器, 安代舞, 白海豚 (a family name and a thing, read as a name).
     */
    private static final String THING_ENDINGS = "粉菜底料糕瓷糖碗饼膏馆绣汤粥饭酱醋酒肉蛋饺馍袋壶杯盘剧纸伞鞋帽裙腐槐鱼包舞具器豚";

    static boolean endsLikeAThing(String name) {
        return name.length() <= 3 && name.indexOf('·') < 0 && THING_ENDINGS.indexOf(name.charAt(name.length() - 1)) >= 0;
    }

    /** Measure words doubled after 一 to count things one by one: 一座座, 一块块, 一棵棵. */
    private static final String DOUBLED_MEASURES = "座块棵条片道株根排栋间";

    /** 一座座石峰/nr: a "name" counted one by one like things, not a person. */
    static boolean countedLikeAThing(Mention m, String text) {
        int at = m.start();
        return at >= 3 && text.charAt(at - 3) == '一' && text.charAt(at - 2) == text.charAt(at - 1)
                && DOUBLED_MEASURES.indexOf(text.charAt(at - 1)) >= 0;
    }

    /** 古梅/nrf 树/v: a tree of the kind the name ends in, not a name (but 树立 is to set up). */
    static boolean namesATree(Mention m, String text) {
        return m.length() == 2 && text.startsWith("树", m.end()) && !text.startsWith("树立", m.end()) && !text.startsWith("树起", m.end());
    }

    static boolean endsWithAnAddress(String name) {
        if (name.length() == 2 && ADDRESS_CHARACTERS.indexOf(name.charAt(1)) >= 0 || ADDRESSES.contains(name)) { // 阿公 alone
            return true;
        }
        return ADDRESSES.stream().anyMatch(a -> name.length() > a.length() && name.endsWith(a));
    }

    /** 邓亚萍和乔红在, 柯洁与: where someone is or whom with, after a pause or another name (not 采摘沃柑和). */
    private static final List<String> ACTING_WITH = List.of("在", "与", "一同", "一起");

    private static boolean opensAClause(String text, int at) {
        return at == 0 || !TextNormalizer.isHan(text.charAt(at - 1)) || "和与、".indexOf(text.charAt(at - 1)) >= 0;
    }

    /** The words of AFTER_NAME that say what a person does; the rest (和, 等, 在 …) follow words as well. */
    private static final List<String> ACTIONS_AFTER_A_NAME = Arrays.stream(AFTER_NAME)
            .filter(w -> TextNormalizer.allHan(w, 0, w.length()))
            .filter(w -> !List.of("和", "与", "及", "等", "在", "到", "对", "为", "就", "向", "会议", "座谈", "摄", "也", "还").contains(w))
            .toList();

    private static boolean actionFollows(String text, int at) {
        return ACTIONS_AFTER_A_NAME.stream().anyMatch(w -> text.startsWith(w, at));
    }

    /** Particles that end phrases, never a name (高兴地, 重要的). */
    private static final String PARTICLES = "的地得了着过";

    /** Names right after a title, where nothing else claims the characters. */
    List<Mention> afterTitles(String text, TokenIndex words) {
        List<Token> tokens = words.all();
        int[] commonWordEnd = new int[text.length() + 1];
        boolean[] functionWordStarts = new boolean[text.length() + 1];
        for (Token token : tokens) {
            if (isCommonWord(token)) {
                commonWordEnd[token.start()] = token.end();
            }
            String n = token.nature();
            if (n.startsWith("v") || n.startsWith("p") || n.startsWith("c") || n.startsWith("d")) {
                functionWordStarts[token.start()] = true;
            }
        }
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token title = tokens.get(i);
            boolean description = !TitleLexicon.endsWithTitle(title.text());
            if (description && !describesAPerson(title.text())) {
                continue;
            }
            int at = title.end();
            boolean creditSlot = at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '/');
            if (creditSlot) {
                at++; // bylines and credits: 记者 郭晓妍, 美编/白杨
            }
            Mention name = nameAt(text, at, functionWordStarts);
            boolean glued = name == null && !creditSlot;
            if (glued) {
                name = nameGluedToTheNextWord(text, words.startingAt(at));
            }
            // 委员单位负责同志: the segmenter reads 单位 as the word it is; 主任高峰, is a name for all that, but
            // 驻华大使家庭、 is not: a word taken for a name must start with a frequent family name.
            boolean commonWord = name != null && commonWordEnd[name.start()] == name.end();
            if (name != null && PARTICLES.indexOf(name.text().charAt(name.length() - 1)) >= 0) {
                continue; // 负责人高兴地说: an adverb, not a name
            }
            if (name != null && OF_THE_OFFICE.contains(name.text())) {
                continue; // 第三个总统任期: the office's term, not a name
            }
            Token given = name == null ? null : words.startingAt(name.start() + Surnames.at(text, name.start()));
            if (given != null && given.nature().startsWith("r")) {
                continue; // 教授常这样说: a pronoun, no given name
            }
            if (description && name != null && !glued) {
                name = nameAfterADescription(text, words, name);
                if (name == null) {
                    continue;
                }
            }
            // A byline's slot (记者 文静)) holds a name whatever word it also is; after a title, a word is a name when
            // a pause or a verb of speech follows and it starts with a frequent family name (主任高峰介绍).
            boolean standsAlone = followedByPunctuation(text, name == null ? 0 : name.end());
            boolean nameWord = name != null && (creditSlot && standsAlone
                    || (standsAlone || speechFollows(text, name.end())) && Surnames.isCommon(name.text().charAt(0)));
            if (name != null && (!commonWord || nameWord)) {
                found.add(name);
                found.addAll(spaceSeparatedNames(text, name.end()));
            }
        }
        return found;
    }

    /** Words of an office itself, which follow titles as names do: 总统任期, 主席人选, 市长官邸. */
    private static final Set<String> OF_THE_OFFICE = Set.of("任期", "任内", "人选", "职务", "职位", "官邸");

    private static final Set<String> GLUED_NAME_NATURES = Set.of("nr", "nw", "nt", "nz", "null");

    /**
     * A name the segmenter joined to the word after it (茶农苏金水种/nr, 学生郭名奇一手/nw, 女儿任小红卫校/nt,
     * 移民覃万山一家/nw): the word starts with a family name, and past one or two more characters the rest is a word
     * of the dictionary on its own. Where both cuts leave a word (张小明天), the cut is unclear and nothing is taken.
     */
    private static Mention nameGluedToTheNextWord(String text, Token token) {
        if (token == null || token.text().length() < 4 || !GLUED_NAME_NATURES.contains(token.nature())) {
            return null;
        }
        int surname = Surnames.at(text, token.start());
        Mention found = null;
        for (int length = surname + 2; surname > 0 && length >= surname + 1; length--) {
            String rest = token.text().substring(length);
            String name = token.text().substring(0, length);
            if (rest.isEmpty() || !AnsjEntityFinder.isWord(rest) || AnsjEntityFinder.isWord(name)
                    || ONE_CHARACTER_FOLLOWERS.indexOf(name.charAt(length - 1)) >= 0 || !TextNormalizer.allHan(name, 0, length)) {
                continue;
            }
            if (found != null) {
                return null;
            }
            found = new Mention(EntityType.PERSON, name, token.start(), token.start() + length, null);
        }
        return found;
    }

    /**
     * 老板娘林美华/nw: a description or title and the name after it read as one new word; the name is the family name
     * and one or two characters that end the word, or come before the family they head (茶农苏金川家/nw), and no word of
     * the dictionary. The same where an office or a show of the person's work ends the word (酆文博研究员/nw,
     * 吴冠中艺术展/nw).
     */
    static List<Mention> namesGluedToWhatTheyAre(String text, List<Token> tokens) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String word = token.text();
            Mention cut = i > 0 ? nameAfterTheEndOfADescription(tokens.get(i - 1), token) : null;
            if (cut != null) {
                found.add(cut);
                continue;
            }
            if (word.length() < 4 || !GLUED_NAME_NATURES.contains(token.nature())) {
                continue;
            }
            Mention name = nameAfterWhatTheyAre(word, token.start());
            if (name == null) {
                name = nameBeforeWhatTheyAre(word, token.start());
            }
            if (name != null) {
                found.add(name);
            }
        }
        return found;
    }

    /**
     * 研发/j 总/b 监池/nw 海峰/nr: the segmenter read the family name into the end of the title before it, and the given
     * name as a name of its own; the name is that character and the given name. The same after a description
     * (讲解员冶/nw 成林/nr).
     */
    static List<Mention> familyNamesReadIntoTheTitle(String text, List<Token> tokens) {
        List<Mention> found = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            Token given = tokens.get(i);
            Token before = tokens.get(i - 1);
            int family = given.start() - 1;
            if (!given.nature().startsWith("nr") || given.text().length() > 2 || before.end() != given.start()
                    || before.start() >= family || Surnames.at(text, family) != 1 || AnsjEntityFinder.isWord(before.text())) {
                continue; // 农家/n 乐集/nr: a word of its own, no family name glued on
            }
            String head = text.substring(Math.max(0, family - 8), family);
            String withIt = head + text.charAt(family);
            // not 主教|练郎平: the character completes the title (主教练); the same after a description (讲解员冶/nw 成林/nr)
            if (TitleLexicon.endsWithTitle(head) && !TitleLexicon.endsWithTitle(withIt)
                    || describesAPerson(head) && !describesAPerson(withIt) && !TitleLexicon.endsWithTitle(withIt)
                    && !AnsjEntityFinder.isWordOtherThanAName(given.text())) { // after a description, no word (客人) as given name
                found.add(new Mention(EntityType.PERSON, text.substring(family, given.end()), family, given.end(), null));
            }
        }
        return found;
    }

    /**
     * 私营企业/n 主闫素芳/nr: the model took the last character of a description (企业主) for the start of the name after
     * it; the name is the family name and one or two characters after that character.
     */
    private static Mention nameAfterTheEndOfADescription(Token before, Token token) {
        String word = token.text();
        if (word.length() < 3 || word.length() > 4 || before.end() != token.start() || !token.nature().startsWith("nr")
                || describesAPerson(before.text()) || !describesAPerson(before.text() + word.charAt(0))) {
            return null;
        }
        String name = word.substring(1);
        return Surnames.at(name, 0) == 1 && TextNormalizer.allHan(name, 0, name.length()) && !AnsjEntityFinder.isWord(name)
                ? new Mention(EntityType.PERSON, name, token.start() + 1, token.end(), null) : null;
    }

    /** 挑山工郗德山/nw: what someone is and the name, one word to the segmenter (and ending like a mountain). */
    static boolean isWhatOneIsAndAName(String word) {
        return nameAfterWhatTheyAre(word, 0) != null;
    }

    private static Mention nameAfterWhatTheyAre(String word, int start) {
        int[] ends = word.endsWith("家") ? new int[]{word.length(), word.length() - 1} : new int[]{word.length()};
        for (int end : ends) {
            for (int length = 4; length >= 2; length--) {
                int split = end - length;
                if (split < 2) {
                    continue;
                }
                String name = word.substring(split, end);
                int surname = Surnames.at(name, 0);
                if (surname >= 1 && length > surname && length <= surname + 2 && isWhatOneIs(word.substring(0, split)) && plainName(name)) {
                    return new Mention(EntityType.PERSON, name, start + split, start + end, null);
                }
            }
        }
        return null;
    }

    /** Han characters only, no word of the dictionary and no form of address: what a name cut from a word must be. */
    private static boolean plainName(String name) {
        return TextNormalizer.allHan(name, 0, name.length()) && !AnsjEntityFinder.isWord(name) && !endsWithAnAddress(name);
    }

    private static boolean isWhatOneIs(String prefix) {
        return describesAPerson(prefix) || TitleLexicon.isTitle(prefix);
    }

    /** Shows of an artist's work, which the segmenter joins to the artist's name. */
    private static final List<String> SHOWS_OF_WORK = List.of("艺术展", "作品展", "书画展", "画展", "摄影展", "个展", "回顾展", "遗作展", "纪念展");

    private static Mention nameBeforeWhatTheyAre(String word, int start) {
        for (int length = 3; length >= 2; length--) {
            String name = word.substring(0, length);
            String rest = word.substring(length);
            int surname = Surnames.at(name, 0);
            if (surname == 1 && (TitleLexicon.isTitle(rest) || SHOWS_OF_WORK.contains(rest)) && plainName(name)) {
                return new Mention(EntityType.PERSON, name, start, start + length, null);
            }
        }
        return null;
    }

    private static final Set<String> NAME_START_NATURES = Set.of("nr", "nrf", "nw", "ng", "null");
    private static final String NOT_IN_A_NAME = "vpcdurymqfwe";

    /**
     * A description is no office that names end, and what follows it is often no name (游客可, 学生和家长): there a
     * name is what the model starts as a name or a word of its own making (儿子鲁伟/nr 鼎, 妻子贺兰芳/nw, 女儿禤/null),
     * it ends before the first word that cannot be part of a name (东方亮/nw 则/d, 市民聂华/nr 拾/v), and it ends
     * where a word ends (女儿任小红卫校/nt has none). A family name the model read as a word starts a name where the
     * model reads the given name as one (店主于/p 佳琪/nr).
     */
    private static Mention nameAfterADescription(String text, TokenIndex words, Mention name) {
        Token first = words.startingAt(name.start());
        Token given = first == null ? null : words.startingAt(first.end());
        // 店主于/p 佳琪/nr, 游客管/v 思雨/nr: a family name read as a word, before a given name the model read as one
        if (first != null && first.text().length() == 1 && Surnames.at(text, first.start()) == 1 && given != null
                && (given.nature().startsWith("nr") || given.nature().equals("nz")) && given.text().length() <= 2 && given.end() == name.end()
                && !Surnames.isCommon(given.text().charAt(0))) { // 冠军由/p 王楠/nr: the given "name" is a name of its own
            return name;
        }
        if (first == null || !NAME_START_NATURES.contains(first.nature()) || name.text().indexOf('某') >= 0) {
            return null;
        }
        int end = first.end();
        // 医生宓/nr 建/v 新/a: after a family name read alone, the given name's characters may be read as verbs or
        // adjectives of their own
        boolean loneFamilyName = first.text().length() == 1;
        for (Token t = words.startingAt(end); t != null && t.end() <= name.end() && !t.nature().isEmpty()
                && (NOT_IN_A_NAME.indexOf(t.nature().charAt(0)) < 0
                || loneFamilyName && t.text().length() == 1 && "va".indexOf(t.nature().charAt(0)) >= 0); t = words.startingAt(end)) {
            end = t.end();
        }
        end = Math.min(end, name.end());
        boolean endsAWord = end == text.length() || !TextNormalizer.isHan(text.charAt(end)) || words.startsWord(end);
        return end - name.start() >= 2 && endsAWord
                ? new Mention(EntityType.PERSON, text.substring(name.start(), end), name.start(), end, null) : null;
    }

    private static boolean isCommonWord(Token token) {
        String n = token.nature();
        return !(n.startsWith("nr") || n.startsWith("nw") || n.startsWith("nz") || n.equals("j") || n.equals("null"));
    }

    /**
     * Photo credits: 赵智和 摄 at the end of a caption. PDF extraction often doubles a caption (赵智和 摄赵智和 摄), so
     * a credit may be followed by its own repeat, and a name may start right after the 摄 of the one before.
     */
    List<Mention> photoCredits(String text) {
        List<Mention> found = new ArrayList<>();
        for (int at = text.indexOf('摄'); at >= 0; at = text.indexOf('摄', at + 1)) {
            int end = at > 0 && text.charAt(at - 1) == ' ' ? at - 1 : -1;
            if (end < 2) {
                continue;
            }
            for (int length = 3; length >= 2; length--) {
                int start = end - length;
                if (start >= 0 && TextNormalizer.allHan(text, start, end) && Surnames.at(text, start) > 0
                        && (start == 0 || !TextNormalizer.isHan(text.charAt(start - 1)) || text.charAt(start - 1) == '摄')) {
                    String name = text.substring(start, end);
                    boolean endsCredit = at + 1 == text.length() || !TextNormalizer.isHan(text.charAt(at + 1))
                            || text.startsWith(name + " 摄", at + 1);
                    if (endsCredit) {
                        found.add(new Mention(EntityType.PERSON, name, start, end, null));
                    }
                    break;
                }
            }
        }
        return found;
    }

    /** A reader's letter is signed with where the writer lives and the name, in brackets: （湖南株洲 黄石生）. */
    private static final Pattern SIGNATURE = Pattern.compile("[（(](\\p{IsHan}{2,8}) (\\p{IsHan}{2,4})[）)]");

    /**
     * The writer of a letter, after the place the letter comes from: （沈阳 那振东）, where the model reads the name as
     * ordinary words (那/r 振/vg 东/f). A photo's place (（北京 摄）) or a side (（左）) is no signature.
     */
    static List<Mention> letterSignatures(String text, Predicate<String> isPlace) {
        List<Mention> found = new ArrayList<>();
        Matcher m = SIGNATURE.matcher(text);
        while (m.find()) {
            String place = m.group(1);
            String name = m.group(2);
            int surname = Surnames.at(name, 0);
            boolean fromAPlace = isPlace.test(place) || PLACE_PREFIX_LENGTHS.stream()
                    .anyMatch(k -> k < place.length() && isPlace.test(place.substring(0, k)) && isPlace.test(place.substring(k)));
            if (fromAPlace && surname > 0 && name.length() <= surname + 2 && name.length() > surname
                    && !TitleLexicon.isTitle(name) && !endsWithAnAddress(name)) {
                found.add(new Mention(EntityType.PERSON, name, m.start(2), m.end(2), null));
            }
        }
        return found;
    }

    private static final List<Integer> PLACE_PREFIX_LENGTHS = List.of(2, 3);

    /** What a person does right after being named with a title: speaks, or goes along (局长甘露介绍, 部长华丽一同调研). */
    private static final List<String> SPEAKING_OR_ACCOMPANYING = List.of("介绍", "说", "表示", "一同");
    private static final Set<String> WORD_NAME_NATURES = Set.of("n", "ns", "nz", "nw", "nr", "nrf", "j", "a");

    /**
     * A name that is also an ordinary word or a place, between an office and what its holder says or does:
     * 区民政局局长甘露介绍, 居委会主任浦江介绍, 宣传部部长华丽一同调研. Nothing but a name stands there; a manner
     * (详细/ad, 现场/s, 热情/a 介绍) or a time is no name, so adjectives count only before 一同.
     */
    static List<Mention> wordNamesAfterOffices(String text, List<Token> tokens) {
        List<Mention> found = new ArrayList<>();
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token name = tokens.get(i);
            Token office = tokens.get(i - 1);
            Token next = tokens.get(i + 1);
            int length = name.text().length();
            if (length < 2 || length > 3 || office.end() != name.start() || next.start() != name.end()
                    || !WORD_NAME_NATURES.contains(name.nature()) || !SPEAKING_OR_ACCOMPANYING.contains(next.text())
                    || name.nature().equals("a") && !next.text().equals("一同")
                    || !TextNormalizer.allHan(text, name.start(), name.end()) || !TitleLexicon.endsWithTitle(office.text())
                    || TitleLexicon.endsWithTitle(name.text()) || describesAPerson(name.text())) {
                continue;
            }
            found.add(new Mention(EntityType.PERSON, name.text(), name.start(), name.end(), null));
        }
        return found;
    }

    private static final List<String> OTHER_NAME_MARKERS = List.of("本名", "原名", "真名", "艺名");
    /** Last characters that make a word a place, not a person's name (左权县原名辽县). */
    private static final String DIVISION_LAST_CHARACTERS = "省市县区镇乡村州旗盟街路";

    /**
     * A pen or stage name and the name it stands for: 莫言本名管谟业, 白杨原名杨成芳, 东西原名田代琳. Both sides are
     * people's names whatever words they are (白杨, 东西): the frame says so. The second must look like a Chinese
     * name (a family name and one or two characters, then a pause, 字 or 是); neither may be a place or a pronoun.
     */
    static List<Mention> namesAndTheirOtherNames(String text, List<Token> tokens, Predicate<String> isPlace) {
        List<Mention> found = new ArrayList<>();
        for (String marker : OTHER_NAME_MARKERS) {
            for (int at = text.indexOf(marker, 2); at >= 0; at = text.indexOf(marker, at + 1)) {
                int bStart = at + marker.length();
                if (text.startsWith("叫", bStart)) {
                    bStart++;
                }
                int bEnd = otherNameEnd(text, bStart);
                int aStart = aliasStart(text, tokens, at);
                if (bEnd < 0 || aStart < 0) {
                    continue;
                }
                String a = text.substring(aStart, at);
                String b = text.substring(bStart, bEnd);
                // a two-character pen name may spell a town's short form (白杨); the frame outweighs that
                if (a.length() > 2 && isPlace.test(a) || isPlace.test(b) || DIVISION_LAST_CHARACTERS.indexOf(a.charAt(a.length() - 1)) >= 0
                        || "他她其我你它该".indexOf(a.charAt(0)) >= 0 || TitleLexicon.endsWithTitle(a) || describesAPerson(a)) {
                    continue;
                }
                found.add(new Mention(EntityType.PERSON, a, aStart, at, null));
                found.add(new Mention(EntityType.PERSON, b, bStart, bEnd, null));
            }
        }
        return found;
    }

    /** Where the Chinese name at {@code start} ends, or -1: a family name and one or two characters, then no more Han or 字, 号, 是. */
    private static int otherNameEnd(String text, int start) {
        int surname = Surnames.at(text, start);
        if (surname == 0) {
            return -1;
        }
        for (int length = surname + 2; length > surname; length--) {
            int end = start + length;
            if (end > text.length() || !TextNormalizer.allHan(text, start, end)) {
                continue;
            }
            if ((end == text.length() || !TextNormalizer.isHan(text.charAt(end)) || "字号是".indexOf(text.charAt(end)) >= 0)
                    && DIVISION_LAST_CHARACTERS.indexOf(text.charAt(end - 1)) < 0) {
                return end;
            }
        }
        return -1;
    }

    /** Where the name before the marker at {@code at} starts: the word that ends there, or the word the marker was glued into. */
    private static int aliasStart(String text, List<Token> tokens, int at) {
        for (Token token : tokens) {
            if (token.start() < at && token.end() >= at) {
                int length = at - token.start();
                return length >= 2 && length <= 4 && TextNormalizer.allHan(text, token.start(), at) ? token.start() : -1;
            }
            if (token.start() >= at) {
                break;
            }
        }
        return -1;
    }

    private static final List<String> SPEECH = List.of("强调", "指出", "表示", "要求", "介绍");

    /** Verbs that put words in a person's mouth. */
    private static final List<String> SPEECH_AFTER_A_NAME = List.of(
            "说", "表示", "介绍", "告诉", "坦言", "感慨", "笑着说", "讲道", "回忆", "强调", "指出");

    private static boolean speechFollows(String text, int at) {
        return SPEECH_AFTER_A_NAME.stream().anyMatch(verb -> text.startsWith(verb, at));
    }

    /** Labels of the credit lines of a page or an article: 文/于果 图/祝之韵, 责编/缪思琪 美编/庹亮. */
    private static final Pattern CREDIT = Pattern.compile( // 责编/热孜宛古丽, 校对/买买提江·艾则孜
            "(?<!\\p{IsHan})(?:" + TextNormalizer.CREDIT_LABELS + "|统筹|制图)/(\\p{IsHan}{2,5}(?:·\\p{IsHan}{1,8})?)(?=[ \\n)）]|$)");

    /**
     * A byline's slots: （记者 拜雨萱 通讯员 虎林）. Whatever the name, rare family name (拜, 者, 把) or a place's name (虎林),
     * a person holds the slot; so does a name with a middle dot (通讯员 努尔比亚·阿不都).
     */
    private static final Pattern BYLINE_SLOT = Pattern.compile(
            "(?<=[（( ]|[（(]本报|[（(]新华社)(?:记者|通讯员|实习生) ?(\\p{IsHan}{2,4}?|\\p{IsHan}{2,6}·\\p{IsHan}{2,6}?)摄?(?=[ )）])");

    List<Mention> credits(String text) {
        List<Mention> found = new ArrayList<>();
        // The patterns are tried only where a credit can start, a label's length before its slash or at a byline's
        // word: searching the whole text with them took a few percent of the analysis.
        Matcher credit = CREDIT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
            for (int labelLength = 1; labelLength <= LONGEST_CREDIT_LABEL && labelLength <= slash; labelLength++) {
                if (credit.region(slash - labelLength, text.length()).lookingAt()) {
                    addCredit(credit, found);
                    break;
                }
            }
        }
        Matcher slot = BYLINE_SLOT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (String word : BYLINE_WORDS) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                if (slot.region(at, text.length()).lookingAt()) {
                    addCredit(slot, found);
                }
            }
        }
        return found;
    }

    private static final int LONGEST_CREDIT_LABEL = 2;
    private static final List<String> BYLINE_WORDS = List.of("记者", "通讯员", "实习生");

    private static void addCredit(Matcher m, List<Mention> found) {
        if (!endsWithAnAddress(m.group(1)) && !TitleLexicon.isTitle(m.group(1))) {
            found.add(new Mention(EntityType.PERSON, m.group(1), m.start(1), m.end(1), null));
        }
    }

    /** Who people quoted in the news are: 患者林海说, 家长白雪说, 年轻妈妈欧阳燕说. */
    private static final List<String> DESCRIPTIONS = List.of(
            "居民", "市民", "村民", "患者", "家长", "游客", "职工", "员工", "学生", "志愿者", "妈妈", "爸爸", "老人", "店主",
            "摊主", "商户", "业主", "网友", "乘客", "选手", "队员", "同学", "工人", "农民", "党员", "社工", "网格员",
            "创业者", "企业家", "观众", "读者", "村医", "民警", "辅警", "市民代表", "居民代表", "传承人", "手艺人", "个体户", "原告", "被告", "被告人");

    /**
     * A person described by who they are and quoted: the description, a family name with one or two characters,
     * and a verb of speech. Ordinary words make such names too (林海, 白雪); the frame says they are names here.
     */
    List<Mention> describedSpeakers(String text, TokenIndex words) {
        List<Mention> found = new ArrayList<>();
        for (String description : DESCRIPTIONS) {
            for (int at = text.indexOf(description); at >= 0; at = text.indexOf(description, at + 1)) {
                addDescribedSpeaker(text, at + description.length(), found, null);
            }
        }
        // a profession (医生游/v 红梅/nz 说): the segmenter keeps it a word of its own, and the name ends before a word
        for (Token token : words.all()) {
            if (describesAPerson(token.text()) && !DESCRIPTIONS.contains(token.text())) {
                addDescribedSpeaker(text, token.end(), found, words);
            }
        }
        return found;
    }

    private static void addDescribedSpeaker(String text, int start, List<Mention> found, TokenIndex words) {
        int surname = Surnames.at(text, start);
        for (int length = surname + 2; surname > 0 && length >= surname + 1; length--) {
            int end = start + length;
            if (end <= text.length() && TextNormalizer.allHan(text, start, end)
                    && (speechFollows(text, end) || text.startsWith("一边", end) // 店主于/p 秀兰/nw 一边切肉一边说
                        || FAMILY_AFTER.stream().anyMatch(w -> text.startsWith(w, end))) // 游客鲁/j 浩然/z 一家
                    && (words == null || words.startsWord(start) && words.startsWord(end) && !prepositionAndWord(words, start, start + surname, end))
                    && !endsWithAnAddress(text.substring(start, end))) {
                found.add(new Mention(EntityType.PERSON, text.substring(start, end), start, end, null));
                return;
            }
        }
    }

    /** 讲解员向/p 客人/n 介绍: a "family name" read as a preposition, then one ordinary word of the dictionary. */
    private static boolean prepositionAndWord(TokenIndex words, int start, int givenStart, int end) {
        Token family = words.startingAt(start);
        Token given = words.startingAt(givenStart);
        return family != null && family.end() == givenStart && "pcdur".indexOf(family.nature().charAt(0)) >= 0
                && given != null && given.end() == end && given.isOrdinary() && AnsjEntityFinder.isWordOtherThanAName(given.text());
    }

    private static final String NOT_A_NAME_END = "会委部局组院府厅处方们家者";

    /**
     * Speakers at the head of a paragraph or sentence: 初军威强调，要牢记嘱托. The model often reads a rare
     * given name as ordinary words (初/f 军威/n); a surname and one or two characters opening a clause before a
     * verb of speech are a name unless they are one ordinary word (会议, 双方) or a title (区长).
     */
    List<Mention> speakers(String text, TokenIndex words) {
        List<Mention> found = new ArrayList<>();
        for (String verb : SPEECH) {
            for (int at = text.indexOf(verb); at >= 0; at = text.indexOf(verb, at + 1)) {
                if (!words.startsWord(at)) {
                    continue;
                }
                for (int length = 3; length >= 2; length--) {
                    int start = at - length;
                    if (start < 0 || !TextNormalizer.allHan(text, start, at)) {
                        continue;
                    }
                    boolean opensClause = start == 0 || "\n。；;！？".indexOf(text.charAt(start - 1)) >= 0;
                    String name = text.substring(start, at);
                    Token first = words.startingAt(start);
                    boolean oneWord = first != null && first.end() == at && isCommonWord(first);
                    if (opensClause && words.startsWord(start) && Surnames.at(text, start) > 0 && Surnames.at(text, start) < length
                            && !oneWord && !TitleLexicon.endsWithTitle(name) && NOT_A_NAME_END.indexOf(name.charAt(length - 1)) < 0) {
                        found.add(new Mention(EntityType.PERSON, name, start, at, null));
                    }
                    if (opensClause) {
                        break;
                    }
                }
            }
        }
        return found;
    }

    /** Credit lines list several names after one title, set apart by spaces: 责编/曹言湖 霍秋蕊. */
    private static List<Mention> spaceSeparatedNames(String text, int at) {
        List<Mention> found = new ArrayList<>();
        while (at < text.length() && text.charAt(at) == ' ') {
            Mention next = nameAt(text, at + 1);
            if (next == null || next.end() < text.length() && text.charAt(next.end()) != ' ' && text.charAt(next.end()) != '\n') {
                break;
            }
            found.add(next);
            at = next.end();
        }
        return found;
    }

    private static boolean followedByPunctuation(String text, int at) {
        return at == text.length() || "，,、。；;：:）) \n".indexOf(text.charAt(at)) >= 0;
    }

    /**
     * Names the segmenter cuts after the family name: a compound family name and the given name (欧阳/nr 海燕/nz,
     * 诸葛/nr 红/a), or a rare one-character family name and the given name (訾/nr 建军/v), where the name stands as
     * one (a pause, a verb news puts after names, 的 or 是 follows) and no numeral comes before (十王亭 is a hall).
     */
    List<Mention> namesCutAfterTheFamilyName(String text, List<Token> tokens) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token family = tokens.get(i);
            Token given = tokens.get(i + 1);
            int surname = Surnames.at(text, family.start());
            boolean afterNumeral = i > 0 && tokens.get(i - 1).end() == family.start() && tokens.get(i - 1).nature().startsWith("m");
            boolean compound = surname == 2 && family.text().length() == 2;
            // 闻人/n 淑贞/nr: a compound family name the model missed, before a given name it read as a name
            // 逄/nt 春雨/n: one character is no body; the model took a rare family name for one
            boolean familyRead = family.nature().startsWith("nr") || compound && given.nature().startsWith("nr") && given.text().length() == 2
                    || family.nature().equals("nt") && family.text().length() == 1;
            if (!familyRead || surname != family.text().length() || given.start() != family.end() || afterNumeral
                    || given.text().length() > 2 || !TextNormalizer.allHan(given.text(), 0, given.text().length())
                    || GIVEN_NAME_NATURES_NOT.contains(given.nature()) || TitleLexicon.titleFollows(text, given.start())) {
                continue;
            }
            int end = given.end();
            // the model reading the given name as a name too (上官/nr 婉清/nr) vouches for it wherever it stands
            // a compound family name the model read as a name needs no more (公孙/nr 学文/nw 种了, 端木/nr 清/a 讲古)
            boolean stands = end == text.length() || endsName(text, end) || text.startsWith("的", end) || text.startsWith("是", end)
                    || given.nature().startsWith("nr") && given.text().length() == 2 || compound;
            String name = text.substring(family.start(), end);
            if (stands && !endsWithAnAddress(name) && !TitleLexicon.endsWithTitle(name)) {
                found.add(new Mention(EntityType.PERSON, name, family.start(), end, null));
            }
        }
        return found;
    }

    /**
     * 教授端木茂林/nt, 学生尉迟明轩/nt: the model takes a name of a compound family name for a body; a body's name
     * says what kind of body it is, and these say nothing.
     */
    static Mention compoundFamilyNameReadAsABody(Mention m, String text) {
        if (m == null || m.type() != EntityType.ORGANIZATION || m.length() < 3 || m.length() > 4
                || Surnames.at(text, m.start()) != 2 || CompoundNameRule.typeByEnd(m.text()) != null
                || !TextNormalizer.allHan(m.text(), 0, m.length())) {
            return null;
        }
        return new Mention(EntityType.PERSON, m.text(), m.start(), m.end(), null);
    }

    /**
     * 公/ng 孙宏/nr, 军长公/nw 孙振邦/nr: the segmenter's name whose compound family name lost its first character to
     * the word before, a word of that one character or a title; or the given name cut in two (宇文长/nr 庚/nr).
     */
    static List<Mention> compoundFamilyNamesSplitOff(String text, List<Token> tokens) {
        List<Mention> found = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            Token name = tokens.get(i);
            Token before = tokens.get(i - 1);
            int start = name.start();
            if (name.nature().startsWith("nr") && before.end() == start && name.text().length() >= 2 && name.text().length() <= 3
                    && Surnames.at(text, start - 1) == 2 && (before.text().length() == 1
                    || TitleLexicon.endsWithTitle(before.text().substring(0, before.text().length() - 1)))) {
                found.add(new Mention(EntityType.PERSON, text.substring(start - 1, name.end()), start - 1, name.end(), null));
            }
            // 宇文长/nr 庚/nr: a compound family name's name cut before the second character of the given name
            if (before.nature().startsWith("nr") && before.text().length() == 3 && Surnames.at(text, before.start()) == 2
                    && name.nature().startsWith("nr") && name.text().length() == 1 && before.end() == start && TextNormalizer.isHan(text.charAt(start))) {
                found.add(new Mention(EntityType.PERSON, text.substring(before.start(), name.end()), before.start(), name.end(), null));
            }
        }
        return found;
    }

    /** Natures of words that are never a given name: punctuation, particles, prepositions, numbers, places. */
    // and place words (江/nr 对岸/s)
    private static final Set<String> GIVEN_NAME_NATURES_NOT = Set.of("w", "u", "p", "c", "m", "q", "f", "s", "ns", "nt", "uj", "ul", "r");

    /**
     * A person named by the family name before a title (江主席, 朱总理, 焦书记), the way news writes of officials; the
     * document's full name of that person, if it gives one, is its canonical name (朱镕基总理 … 朱总理). Not before
     * a way of addressing people (王阿姨, 李师傅): to an analyst that is an unnamed resident, not a person to track.
     */
    List<Mention> familyNamesBeforeTitles(String text, List<Token> tokens) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token family = tokens.get(i);
            Token title = tokens.get(i + 1);
            if (title.text().equals("副") && i + 2 < tokens.size() && tokens.get(i + 2).start() == title.end()) {
                Token office = tokens.get(i + 2); // 周/nr 副/b 主席
                title = new Token(title.text() + office.text(), title.start(), office.end(), office.nature());
            }
            boolean familyWord = family.nature().startsWith("nr") || family.nature().equals("ng"); // 焦/ng 书记
            if (family.text().length() == 1 && familyWord && Surnames.at(text, family.start()) == 1 && title.start() == family.end()
                    && (LEADERS_TITLES.contains(title.text()) || TitleLexicon.isTitle(title.text()))
                    && startsAfterAPause(text, tokens, i)) {
                found.add(new Mention(EntityType.PERSON, family.text(), family.start(), family.end(), null));
            } else if (familyWord && family.text().length() == 3 && Surnames.at(text, family.start()) == 1
                    && TitleLexicon.isTitle(family.text().substring(1))) {
                // 朱军长/nr: the family name and the title read as one name
                found.add(new Mention(EntityType.PERSON, family.text().substring(0, 1), family.start(), family.start() + 1, null));
            }
        }
        return found;
    }

    /** The i-th word opens the text, follows a pause, or follows another word directly. */
    private static boolean startsAfterAPause(String text, List<Token> tokens, int i) {
        int start = tokens.get(i).start();
        return start == 0 || !TextNormalizer.isHan(text.charAt(start - 1)) || i > 0 && tokens.get(i - 1).end() == start;
    }

    /**
     * 刘老师, 冉大夫 where the text names 刘秀兰 and 冉启明: the family name before an address of a person's work stands
     * for the one person of that family the text names in full. Without that person the address names no one an
     * analyst can track (李师傅 of a taxi story), and kinship addresses (王阿姨, 丁阿婆) are left alone.
     */
    static List<Mention> familyNamesBeforeAddresses(String text, List<Token> tokens, List<Mention> known) {
        Map<Character, Set<String>> fullNames = new HashMap<>();
        for (Mention m : known) {
            if (m.type() == EntityType.PERSON && m.length() >= 2 && m.length() <= 3 && Surnames.at(m.text(), 0) == 1) {
                fullNames.computeIfAbsent(m.text().charAt(0), k -> new HashSet<>()).add(m.text());
            }
        }
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size() && !fullNames.isEmpty(); i++) {
            Token family = tokens.get(i);
            Token address = tokens.get(i + 1);
            Set<String> full = family.text().length() == 1 ? fullNames.get(family.text().charAt(0)) : null;
            if (full != null && full.size() == 1 && address.start() == family.end() && PROFESSIONAL_ADDRESSES.contains(address.text())
                    && startsAfterAPause(text, tokens, i)) {
                found.add(new Mention(EntityType.PERSON, family.text(), family.start(), family.end(), null));
            }
        }
        return found;
    }

    /**
     * 张某, 赖某某: court and police reports name the people of a case by the family name and 某, and an analyst
     * tracks them as people. The family name must start a word (江苏|某县 is no name), and what follows must not make
     * 某 a determiner of a thing (王某单位 is, 王某家中 is not).
     */
    static List<Mention> anonymisedNames(String text, TokenIndex words) {
        List<Mention> found = new ArrayList<>();
        for (int at = text.indexOf('某', 1); at >= 0; at = text.indexOf('某', at + 1)) {
            int start = at - 1;
            if (start > 0 && Surnames.at(text, start - 1) == 2) {
                start--;
            }
            if (Surnames.at(text, start) == 0 || !words.startsWord(start) || start > 0 && text.charAt(start - 1) == '某') {
                continue;
            }
            int end = at + 1 < text.length() && text.charAt(at + 1) == '某' ? at + 2 : at + 1;
            if (end < text.length() && THINGS_AFTER_SOME.indexOf(text.charAt(end)) >= 0) {
                continue;
            }
            found.add(new Mention(EntityType.PERSON, text.substring(start, end), start, end, null));
            at = end - 1;
        }
        return found;
    }

    /**
     * 川·立派, 吐尔逊·玉苏甫, 娜塔莎·伊万诺娃: a word with a middle dot between Chinese characters is a name, foreign
     * or of China's minorities, which the segmenter leaves as a new word, often with the words before it glued on
     * (教师娜塔莎·伊万诺娃, 斯坦福大学罗伯特·沃尔夫): the name starts after the last title, description, body or place
     * the word starts with. Bodies (生活·读书·新知三联书店/nt) and numbered days (一二·九) are not names.
     *
     * @param knownPlace a name of the gazetteer
     */
    static List<Mention> dottedNames(String text, List<Token> tokens, Predicate<String> knownPlace) {
        List<Mention> found = new ArrayList<>();
        for (Token token : tokens) {
            int dot = token.text().indexOf('·');
            // 陶艺家莉莎·格林/nt: a name glued to a description can be read as a body; it is one when a body's word ends it
            boolean readAsABody = token.nature().equals("nt");
            // 游客|奥列格·伊万年科/nt: a dotted word right after what the person is, though its 科 also ends a section; it
            // ends in a sound, a verb glued on aside (游客乔瓦尼·莫雷蒂对馆/nt is a name and more)
            String word = token.text();
            int lastAt = word.length() - (DOTTED_NAME_FOLLOWERS.indexOf(word.charAt(word.length() - 1)) >= 0 ? 2 : 1);
            boolean describedForeigner = readAsABody && token.start() > 0 && lastAt > 0 && Transliteration.isSound(word.charAt(lastAt))
                    && describesAPerson(text.substring(Math.max(0, token.start() - 6), token.start()));
            if (dot <= 0 || dot == token.text().length() - 1 || !DOTTED_NAME_NATURES.contains(token.nature()) && !readAsABody
                    || readAsABody && CompoundNameRule.typeByEnd(token.text()) != null && !describedForeigner) {
                continue;
            }
            String rest = token.text().substring(dot + 1);
            if (!rest.chars().allMatch(c -> c == '·' || TextNormalizer.isHan((char) c)) || rest.endsWith("·")
                    || allNumerals(rest.replace("·", ""))) {
                continue;
            }
            int first = token.start() + dot;
            int start = token.start();
            if (allNumerals(text.substring(start, first))) {
                continue;
            }
            for (int k = first - 1; k > token.start(); k--) {
                String before = text.substring(token.start(), k);
                if ((TitleLexicon.endsWithTitle(before) || describesAPerson(before) || CompoundNameRule.typeByEnd(before) != null
                        || knownPlace.test(before)) && first - k >= 2) { // not 艾山|江·买买提
                    start = k;
                    break;
                }
            }
            if (readAsABody && start == token.start() && !describedForeigner) {
                continue;
            }
            int sounds = first;
            while (sounds > token.start() && Transliteration.isSound(text.charAt(sounds - 1))) {
                sounds--;
            }
            // not after a title or a pause, which start the name (市长阿布都热西提·艾合买提/nw)
            // nor after what the person is (游客|塔季扬娜·别洛娃/nw: 季 spells no sound of the list, but the name starts there)
            String before6 = text.substring(Math.max(0, token.start() - 6), token.start());
            boolean opensAName = token.start() == 0 || !TextNormalizer.isHan(text.charAt(token.start() - 1))
                    || TitleLexicon.endsWithTitle(before6) || describesAPerson(before6);
            if (start == token.start() && !opensAName && first - start >= 4 && first - sounds >= 2 && sounds > start
                    && !Transliteration.isSound(text.charAt(sounds - 1))) {
                start = sounds; // 高中生|艾玛·约翰逊: no title or body before the name, but a word no sounds spell
            }
            int end = token.end();
            if (DOTTED_NAME_FOLLOWERS.indexOf(text.charAt(end - 1)) >= 0 && end - 1 - first >= 3) {
                end--; // 热合曼·阿不都说
            }
            if (start == token.start() && start >= 2 && Transliteration.isSound(text.charAt(start - 1))
                    && describesAPerson(text.substring(Math.max(0, start - 7), start - 1))) {
                start--; // 游客颂/vg 萨·汶米/nrf: the name's first sound cut off as a word of its own, after a description
            }
            found.add(new Mention(EntityType.PERSON, text.substring(start, end), start, end, null));
        }
        found.addAll(dottedNamesCutAtTheDot(text, tokens));
        return found;
    }

    /** The longest part of a dotted name on either side of the dot. */
    private static final int LONGEST_NAME_PART = 6;

    /**
     * 通讯员 麦麦提/nr 江/nr ·/w 艾则孜/nr: a dotted name the segmenter cut at the dot, in a slot that holds it alone
     * (after a space, a slash or a pause, before a pause or a bracket).
     */
    private static List<Mention> dottedNamesCutAtTheDot(String text, List<Token> tokens) {
        List<Mention> found = new ArrayList<>();
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).text().equals("·")) {
                continue;
            }
            int dot = tokens.get(i).start();
            Token before = tokens.get(i - 1);
            Token after = tokens.get(i + 1);
            if (before.end() == dot && after.start() == dot + 1 && NAME_PART_NATURES.contains(before.nature())
                    && NAME_PART_NATURES.contains(after.nature()) && namePart(text, before) && namePart(text, after)
                    && PLACE_ENDS.indexOf(text.charAt(dot - 1)) < 0 && !sightFollows(text, after.end())) {
                // 游客颂猜/nw ·/w 汶纳/nrf: both parts read as names or new words of their own; not 独秀峰·王城景区
                found.add(new Mention(EntityType.PERSON, text.substring(before.start(), after.end()), before.start(), after.end(), null));
                continue;
            }
            int start = dot;
            while (start > 0 && TextNormalizer.isHan(text.charAt(start - 1)) && dot - start < LONGEST_NAME_PART + 1) {
                start--;
            }
            int end = dot + 1;
            while (end < text.length() && TextNormalizer.isHan(text.charAt(end)) && end - dot - 1 < LONGEST_NAME_PART + 1) {
                end++;
            }
            boolean slot = (start == 0 || " /、（(".indexOf(text.charAt(start - 1)) >= 0)
                    && (end == text.length() || "）)、，。 ".indexOf(text.charAt(end)) >= 0);
            if (slot && dot - start >= 2 && dot - start <= LONGEST_NAME_PART && end - dot - 1 >= 2 && end - dot - 1 <= LONGEST_NAME_PART) {
                found.add(new Mention(EntityType.PERSON, text.substring(start, end), start, end, null));
            }
        }
        return found;
    }

    private static final Set<String> DOTTED_NAME_NATURES = Set.of("nw", "nz", "nr", "nrf", "n");
    private static final Set<String> NAME_PART_NATURES = Set.of("nw", "nr", "nrf");

    /** Last characters of the names of places and sights (独秀峰·王城). */
    private static final String PLACE_ENDS = "山峰岭岩岛湖河江海城寺园楼阁塔门桥路街区村镇";

    /** Whether a word of places or sights follows: 景区, 景点. */
    private static boolean sightFollows(String text, int at) {
        return text.startsWith("景", at);
    }

    private static boolean namePart(String text, Token token) {
        int length = token.text().length();
        return length >= 2 && length <= LONGEST_NAME_PART && TextNormalizer.allHan(text, token.start(), token.end());
    }

    /** What 某 determines when it means "some" (某些, 某种, 某地, 某县, 某公司, 某单位), not a hidden given name. */
    private static final String THINGS_AFTER_SOME = "些种个人地日时天年月处单公厂村县市镇乡省区部局所院校样项件位次国方类";

    private static final Set<String> PROFESSIONAL_ADDRESSES = Set.of(
            "老师", "师傅", "大夫", "医生", "教授", "院士", "律师", "法官", "警官", "护士");

    private static final Set<String> LEADERS_TITLES = Set.of(
            "主席", "副主席", "总理", "副总理", "总书记", "委员长", "总统", "副总统", "首相", "国务卿", "外长");

    /**
     * 朱 of 朱总理 → 朱镕基, 振邦 → 欧阳振邦: a family name or a given name used alone, where the document names one
     * person, and only one, of that family name or given name in full.
     */
    static Map<String, String> fullNamesOfShortNames(List<Mention> mentions) {
        Map<String, Set<String>> fullNames = new HashMap<>();
        Map<String, Set<String>> byGivenName = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.length() >= 2) {
                fullNames.computeIfAbsent(m.text().substring(0, 1), k -> new HashSet<>()).add(m.text());
                int surname = Surnames.at(m.text(), 0);
                if (surname > 0 && m.length() == surname + 2) {
                    byGivenName.computeIfAbsent(m.text().substring(surname), k -> new HashSet<>()).add(m.text());
                }
            }
        }
        Map<String, String> canonical = new HashMap<>();
        for (Mention m : mentions) {
            Set<String> full = m.length() == 1 ? fullNames.get(m.text()) : m.length() == 2 ? byGivenName.get(m.text()) : null;
            if (m.type() == EntityType.PERSON && full != null && full.size() == 1 && !full.contains(m.text())) {
                canonical.put(m.text(), full.iterator().next());
            }
        }
        return canonical;
    }

    /** Items of a 、-separated list that contains a known name. */
    List<Mention> listItems(String text, List<Mention> mentions) {
        List<Mention> found = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON || m.length() < 2) {
                continue;
            }
            int at = m.end();
            while (at < text.length() && text.charAt(at) == '、') {
                Mention next = nameAt(text, at + 1);
                int nextEnd = next == null ? -1 : next.end();
                if (next != null && MINISTERS.stream().anyMatch(t -> text.startsWith(t, nextEnd)) && AnsjEntityFinder.isWordOtherThanAName(next.text())) {
                    break; // 财政部长鲁宾、商务部长戴利: 商务 names the ministry
                }
                int from = at + 1;
                if (next == null && Surnames.at(text, from) == 1 && from + 3 <= text.length() && TextNormalizer.allHan(text, from, from + 3)
                        && FAMILY_AFTER.stream().anyMatch(w -> text.startsWith(w, from + 3))) {
                    next = new Mention(EntityType.PERSON, text.substring(from, from + 3), from, from + 3, null);
                }
                if (next == null) {
                    break;
                }
                found.add(next);
                at = next.end();
            }
        }
        return found;
    }

    /** What a doctrine or an example set by a person is called after the name (邓小平理论, 雷锋精神). */
    private static final List<String> DOCTRINES = List.of("理论", "思想", "主义", "精神");

    /**
     * The people a doctrine is named after, where the segmenter reads the doctrine as one word (邓小平理论/n,
     * 马克思列宁主义/n → 马克思, 列宁): the name is written there as much as anywhere, and only names the engine's
     * dictionary knows as people are taken (官僚主义, 劳模精神 are none).
     */
    static List<Mention> namesInDoctrines(List<Token> tokens, Predicate<String> isKnownPerson) {
        List<Mention> found = new ArrayList<>();
        for (Token token : tokens) {
            String w = token.text();
            if (token.nature().startsWith("nr") || w.length() < 4 || DOCTRINES.stream().noneMatch(w::endsWith)) {
                continue;
            }
            List<Mention> names = new ArrayList<>();
            int at = 0;
            int end = w.length() - 2;
            while (at < end) {
                int length = Math.min(4, end - at);
                while (length >= 2 && !isKnownPerson.test(w.substring(at, at + length))) {
                    length--;
                }
                if (length < 2) {
                    break;
                }
                names.add(new Mention(EntityType.PERSON, w.substring(at, at + length), token.start() + at, token.start() + at + length, null));
                at += length;
            }
            if (at == end) {
                found.addAll(names);
            }
        }
        return found;
    }

    /** What two leaders called by their family names do together (汪辜会谈). */
    private static final List<String> MEETINGS = List.of("会谈", "会晤", "会见", "会面");

    /**
     * 汪辜会谈, 江朱会晤: two leaders' family names before a meeting, which the model reads as one name; each stands
     * for a person, the way news writes of leaders.
     */
    static List<Mention> pairsOfFamilyNamesMeeting(String text, List<Token> tokens) {
        List<Mention> found = new ArrayList<>();
        for (Token t : tokens) {
            if (t.text().length() == 2 && t.nature().startsWith("nr") && Surnames.at(t.text(), 0) == 1 && Surnames.at(t.text(), 1) == 1
                    && MEETINGS.stream().anyMatch(w -> text.startsWith(w, t.end()))) {
                found.add(new Mention(EntityType.PERSON, t.text().substring(0, 1), t.start(), t.start() + 1, null));
                found.add(new Mention(EntityType.PERSON, t.text().substring(1), t.start() + 1, t.end(), null));
            }
        }
        return found;
    }

    /**
     * 洛朗—德西雷·卡比拉, 本—阿米: parts of a foreign name joined by a dash, which the model reads apart; the part
     * before the dash is spelled with the sounds of foreign names.
     */
    static List<Mention> joinedAcrossDashes(String text, List<Mention> mentions) {
        List<Mention> result = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int start = m.start();
            if (m.type() == EntityType.PERSON && start >= 2 && (text.charAt(start - 1) == '—' || text.charAt(start - 1) == '－')) {
                int from = start - 1;
                // 让 (Jean) and 昂 (科昂) spell French names but are too common in Chinese words to be sounds elsewhere
                while (from > 0 && (Transliteration.isSound(text.charAt(from - 1)) || text.charAt(from - 1) == '·'
                        || "让昂".indexOf(text.charAt(from - 1)) >= 0)) {
                    from--;
                }
                if (from < start - 1) {
                    int left = from;
                    result.removeIf(r -> r.start() >= left && r.end() <= start - 1);
                    result.add(new Mention(EntityType.PERSON, text.substring(from, m.end()), from, m.end(), null));
                    continue;
                }
            }
            result.add(m);
        }
        return result;
    }

    /** What joins the items of a list of people. */
    private static final Set<String> LIST_JOINS = Set.of("、", "和", "与", "及");

    /**
     * The engine's names joined to a name already known by 、, 和, 与 or 及 (王光英、布赫; 禤国良、岑伟两位;
     * 铁木尔·达瓦买提和热地): in a list of people an item needs neither a family name of ours nor a word that
     * ends names after it.
     */
    static List<Mention> engineNamesBesideKnownNames(String text, List<Token> tokens, List<Mention> known) {
        Set<Long> names = new HashSet<>();
        known.stream().filter(m -> m.type() == EntityType.PERSON).forEach(m -> names.add(span(m.start(), m.end())));
        List<Mention> found = new ArrayList<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (isListableName(t, text) && !names.contains(span(t.start(), t.end()))
                        && (joinedName(tokens, i, -1, names) || joinedName(tokens, i, 1, names))) {
                    names.add(span(t.start(), t.end()));
                    found.add(new Mention(EntityType.PERSON, t.text(), t.start(), t.end(), null));
                    grew = true;
                }
            }
        }
        return found;
    }

    private static boolean isListableName(Token t, String text) {
        String w = t.text();
        return t.nature().startsWith("nr") && w.length() >= 2 && w.length() <= (t.nature().startsWith("nrf") ? 12 : 4)
                && w.chars().allMatch(c -> TextNormalizer.isHan((char) c) || c == '·') && !TitleLexicon.endsWithTitle(w)
                && !endsWithAnAddress(w) && !(w.length() == 2 && "老小".indexOf(w.charAt(0)) >= 0) && !insideQuotes(text, t.start());
    }

    /** The token two steps in {@code direction} is a known name, and a list's join stands between. */
    private static boolean joinedName(List<Token> tokens, int i, int direction, Set<Long> names) {
        int join = i + direction;
        int other = i + 2 * direction;
        if (other < 0 || other >= tokens.size()) {
            return false;
        }
        Token first = tokens.get(Math.min(i, other));
        Token j = tokens.get(join);
        Token last = tokens.get(Math.max(i, other));
        Token o = tokens.get(other);
        return first.end() == j.start() && j.end() == last.start() && LIST_JOINS.contains(j.text())
                && (names.contains(span(o.start(), o.end())) || chineseName(tokens.get(i)) && chineseName(o));
    }

    /** 葛菲和顾俊: two names of ours the model reads, joined, vouch for each other. */
    private static boolean chineseName(Token t) {
        return t.nature().startsWith("nr") && t.text().length() >= 2 && t.text().length() <= 3
                && Surnames.at(t.text(), 0) > 0 && TextNormalizer.allHan(t.text(), 0, t.text().length());
    }

    private static long span(int start, int end) {
        return (long) start << 32 | end;
    }

    /**
     * Every other occurrence of the names found, as the same person; not of two-character names that are also
     * ordinary words (东西 of 东西原名田代琳 is no name in 买东西).
     */
    List<Mention> otherOccurrences(String text, List<Mention> mentions, Predicate<String> wordOtherThanAName) {
        Set<String> names = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.length() >= 2 && m.length() <= 4 && !(m.length() == 2 && wordOtherThanAName.test(m.text()))) {
                names.add(m.text());
            }
        }
        List<Mention> found = new ArrayList<>();
        for (String name : names) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                found.add(new Mention(EntityType.PERSON, name, at, at + name.length(), null));
            }
        }
        return found;
    }

    /**
     * Whether the engine's person candidate looks like a name: Chinese names start with a family name and
     * have 2 to 4 characters; a two-character candidate must also stand where a name stands, before a pause or
     * a verb (文创产业, 乐学丰台 are words, 田涛、 is a name). Transliterated foreign names (nature nrf) need 3+.
     */
    static boolean plausibleName(Mention m, String nature, String text) {
        return plausibleName(m, nature, text, false);
    }

    /** @param beforeAnotherName the next word is a name too: lists printed without separators (王海王群) */
    static boolean plausibleName(Mention m, String nature, String text, boolean beforeAnotherName) {
        if (TitleLexicon.endsWithTitle(m.text())) {
            return false; // 和校长
        }
        if (allNumerals(m.text()) || (m.length() == 2 && BUILDING_ENDS.indexOf(m.text().charAt(1)) >= 0)) {
            return false; // 姿态万千; 校史馆 read as 校|史馆
        }
        if (endsWithAnAddress(m.text()) || !m.text().chars().allMatch(c -> TextNormalizer.isHan((char) c) || c == '·')) {
            return false; // 沈阿婆, 陈伯; 文/眭
        }
        // 普京和, 卡扎菲同意, 米卢的: a word spelled only with the sounds of foreign names stands as a name anywhere
        boolean foreignSounds = Transliteration.spells(m.text()) && !insideQuotes(text, m.start());
        if (nature.startsWith("nrf")) {
            return m.length() >= 3 && !m.text().contains("年来") || foreignSounds; // 三十多年来/nrf
        }
        if (m.length() == 2 && insideQuotes(text, m.start())) {
            return false; // “金角银边” is a slogan; names are not quoted
        }
        boolean standsAsName = beforeAnotherName || m.end() == text.length() || endsName(text, m.end());
        if (text.startsWith("的《", m.end()) && !insideQuotes(text, m.start())) {
            return true; // 路遥的《平凡的世界》, 阿来的《尘埃落定》: whose work it is
        }
        int surname = Surnames.at(text, m.start());
        if (surname == 0) {
            // A transliterated name the engine did not mark as foreign (克林顿总统, 希拉克、); not a quoted brand.
            return m.length() >= 3 && standsAsName && !insideQuotes(text, m.start()) || foreignSounds;
        }
        if (m.length() > surname + 2 || m.length() < 2) {
            return false;
        }
        if (m.length() == 2 && surname == 1 && !Surnames.isCommon(m.text().charAt(0)) && !beforeAnotherName) {
            // 文旅、沃柑等, 商超和: two characters of a rare family name are mostly a word; a name of them is one
            // when a verb of what people do follows (文静表示), where someone is opens a clause (柯洁与), or a title
            // stands before it (other rules)
            return actionFollows(text, m.end()) || opensAClause(text, m.start()) && ACTING_WITH.stream().anyMatch(w -> text.startsWith(w, m.end()))
                    || foreignSounds;
        }
        return m.length() > 2 || standsAsName || foreignSounds;
    }

    /** A new word of three to five characters and no family name of ours (阿拉法特/nw), as a name to vouch for. */
    static Mention newWordAfterTitle(Token token, String text) {
        boolean newWord = token.nature().equals("nw") || token.nature().equals("nz");
        int surname = Surnames.at(text, token.start());
        // Chinese names of four characters have a compound family name; 阿拉法特 only looks as if it had one of ours
        boolean foreign = surname == 0 || token.text().length() >= 4 && surname == 1;
        return newWord && token.text().length() >= 3 && token.text().length() <= 5 && foreign
                ? new Mention(EntityType.PERSON, token.text(), token.start(), token.end(), null) : null;
    }

    /**
     * Endings that Russian and other Slavic family names take in Chinese transliteration (普里马科夫, 基里延科,
     * 日里诺夫斯基, 米洛舍维奇, 彼得罗娃); place names rarely end so, and the few that do are in the gazetteer or
     * followed by what makes them places (哈尔科夫市, 罗斯托夫州).
     */
    private static final List<String> SLAVIC_ENDINGS = List.of("科夫", "诺夫", "耶夫", "洛夫", "佐夫", "列夫", "斯基", "维奇",
            "延科", "连科", "申科", "琴科", "耶娃", "诺娃", "科娃", "洛娃", "罗娃");
    private static final Set<String> SLAVIC_NAME_NATURES = Set.of("nw", "nz", "nt", "ns", "nsf", "nr", "nrf", "n");

    /**
     * Slavic family names that the model reads as a body, a place or a new word (解除基里延科/nt 的职务, 任命马斯柳科夫/nw
     * 为): the word is spelled with the sounds of foreign names only, ends as such names end, and is no place.
     */
    static List<Mention> slavicSurnames(String text, List<Token> tokens, Predicate<String> knownPlace) {
        List<Mention> found = new ArrayList<>();
        for (Token token : tokens) {
            String word = token.text();
            if (word.length() < 3 || word.length() > 8 || !SLAVIC_NAME_NATURES.contains(token.nature())
                    || !spelledWithASlavicEnding(word) || knownPlace.test(word)
                    || token.end() < text.length() && PLACE_AFTER_A_NAME.indexOf(text.charAt(token.end())) >= 0) {
                continue;
            }
            found.add(new Mention(EntityType.PERSON, word, token.start(), token.end(), null));
        }
        return found;
    }

    /** 夫 and 娃 are no sounds of the table (they end Chinese words), but end these names. */
    private static boolean spelledWithASlavicEnding(String word) {
        for (String ending : SLAVIC_ENDINGS) {
            if (word.endsWith(ending)) {
                for (int k = 0; k < word.length() - ending.length(); k++) {
                    if (!Transliteration.isSound(word.charAt(k))) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** What makes the word before it a place (哈尔科夫市, 罗斯托夫州, 斯摩棱斯克河). */
    private static final String PLACE_AFTER_A_NAME = "市州省县区河湖山城港岛湾";

    private static final Set<String> TRANSLITERATED_NAME_NATURES = Set.of("nw", "nz", "ns", "nsf", "n", "nrf");

    /**
     * A foreign name right after an office or what a person is, which the model takes for a place, a new word or a
     * word of its own (名将布勃卡/ns, 棋手拉马钱德兰/nw, 外长沙龙/n, 女儿切尔西/ns): the word spells sounds only, stands
     * apart from what follows, and is no place the gazetteer knows (外长|穆萨 is found as a name already).
     */
    static Mention transliteratedNameAfterATitle(Token token, String text, boolean standsApart, Predicate<String> knownPlace) {
        Mention glued = transliteratedNameGluedToAWord(token, knownPlace);
        if (glued != null) {
            return glued;
        }
        int length = token.text().length();
        if (!TRANSLITERATED_NAME_NATURES.contains(token.nature()) || length < 2 || length > 6 || !Transliteration.spells(token.text())
                || knownPlace.test(token.text()) || !(standsApart || token.end() == text.length() || endsName(text, token.end())
                || !Transliteration.isSound(text.charAt(token.end())))) { // 布勃卡|第35次: no sound goes on
            return null;
        }
        return new Mention(EntityType.PERSON, token.text(), token.start(), token.end(), null);
    }

    /**
     * 主教练特鲁西埃率队/nt: after a title, the sounds of a foreign name and a word of the dictionary after them, read as
     * one word; the name is the sounds.
     */
    private static Mention transliteratedNameGluedToAWord(Token token, Predicate<String> knownPlace) {
        String word = token.text();
        if (word.length() < 5 || !GLUED_NAME_NATURES.contains(token.nature())) {
            return null;
        }
        for (int split = word.length() - 2; split >= 3; split--) {
            String name = word.substring(0, split);
            if (Transliteration.spells(name) && !knownPlace.test(name) && AnsjEntityFinder.isWordOtherThanAName(word.substring(split))
                    && !Transliteration.spells(word)) {
                return new Mention(EntityType.PERSON, name, token.start(), token.start() + split, null);
            }
        }
        return null;
    }

    /**
     * What a person is, written before the name as a title is, though it is no office: a description of people
     * quoted (居民, 患者) or a profession (作家冰心, 物理学家霍金, 棋手崔哲瀚).
     */
    static boolean describesAPerson(String word) {
        if (word.isEmpty()) {
            return false;
        }
        // asked of every word of a text: only the descriptions that end in its last character are compared
        List<String> candidates = DESCRIPTIONS_BY_LAST_CHARACTER.get(word.charAt(word.length() - 1));
        if (candidates == null) {
            return false;
        }
        for (String description : candidates) {
            // 名将, 老将; 将 alone is the verb's auxiliary
            if (word.endsWith(description) && (description.length() > 1 || word.length() > 1)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> PROFESSIONS = List.of(
            "作家", "诗人", "画家", "学家", "导演", "演员", "歌手", "棋手", "球员", "球星", "运动员", "领导人", "航天员",
            "艺术家", "音乐家", "劳模", "将", "前锋", "后卫", "中锋", "名帅", "夫人", "富商", "商人", "华侨", "登山家", "学者",
            "专家", "教师", "儿子", "女儿", "长子", "次子", "妻子", "丈夫", "副手", "领袖", "少女", "少年", "冠军",
            "战士", "士兵", "民兵", "弟弟", "哥哥", "姐姐", "妹妹", "胞弟", "胞兄", "胞妹", "胞姐", "孙子", "孙女", "外孙",
            "父亲", "母亲", "儿媳", "女婿", "老伴", "未婚夫", "未婚妻", "新郎", "新娘", "邻居", "同事", "战友", "老乡",
            "技术员", "营业员", "列车员", "驾驶员", "飞行员", "研究员", "播音员", "学员", "医生", "护士", "老汉", "姑娘",
            "小伙", "牧民", "渔民", "移民", "农", "研究生", "大学生", "老板", "老板娘", "厨师", "导游", "司机", "主播", "青年", "影星", "歌星", "舞蹈家", "书法家", "歌唱家", "钢琴家",
            "小说家", "评论家", "翻译家", "教育家", "收藏家",
            "留学生", "博士生", "硕士生", "老大娘", "老大爷", "老红军", "老战士", "老党员", "老教师", "老中医",
            "讲解员", "种植户", "养殖户", "陶艺家", "雕塑家", "摄影家", "陶艺师", "工艺师", "设计师", "工程师", "服务员",
            "保洁员", "快递员", "护林员", "管理员", "调解员", "售货员", "医师", "商", "农场主", "大户", "专业户", "承包户",
            "渡工", "船工", "车夫", "挑山工", "操作工", "船老大", "爱好者", "摄影爱好者", "背包客", "琴手", "鼓手", "号手", "能手");
    private static final Set<String> DESCRIPTION_SET = new HashSet<>();
    static {
        DESCRIPTION_SET.addAll(DESCRIPTIONS);
        DESCRIPTION_SET.addAll(PROFESSIONS);
    }
    private static final Map<Character, List<String>> DESCRIPTIONS_BY_LAST_CHARACTER = new HashMap<>();
    static {
        for (String description : DESCRIPTION_SET) {
            DESCRIPTIONS_BY_LAST_CHARACTER.computeIfAbsent(description.charAt(description.length() - 1), c -> new ArrayList<>())
                    .add(description);
        }
    }

    /**
     * A name the segmenter reads where its place in the sentence vouches for it, though it has no family name of
     * ours (transliterated names): right after a title (总理科尔在, 主席冯德莱恩在, 主席布拉特宣布), or opening a
     * sentence before what people do (乔丹带领, 普京在).
     */
    static boolean vouchedFor(Mention m, String nature, String text, boolean afterTitle, boolean apartFromNext) {
        if (!nature.startsWith("nr") || m.length() < 2 || m.length() > 5 || !TextNormalizer.allHan(m.text(), 0, m.length())
                || TitleLexicon.endsWithTitle(m.text()) || endsWithAnAddress(m.text()) || insideQuotes(text, m.start())
                || m.length() == 2 && "老小".indexOf(m.text().charAt(0)) >= 0) { // 居民老郑说: how one is called, not a name
            return false;
        }
        // after a title, a word that cannot continue the name may follow (总统克林顿亲自, 部长科恩结束)
        boolean stands = m.end() == text.length() || endsName(text, m.end()) || afterTitle && apartFromNext;
        // not a line's start: headlines open lines with phrases the model takes for names (山海同心)
        boolean opensSentence = m.start() == 0 || "。！？，".indexOf(text.charAt(m.start() - 1)) >= 0;
        return stands && (afterTitle || opensSentence && (actionFollows(text, m.end()) || text.startsWith("在", m.end())));
    }

    /**
     * The least sum of the family name's and the given name's role scores for a two-character name to pass on them
     * alone. Real names score 3.4 to 5 (谢晋 3.4, 丁玲 4.3, 舒婷 5.0), most page words the model takes for names below 3
     * (农特, 山海), some above (商超 4.2); the bar was set on the development pages.
     */
    static final double NAME_SCORE = 4.3;

    /**
     * A two-character name the model reads whose characters are, by the engine's statistics, mostly a family name
     * and a given name (丁玲原名, 邢磊成功, 秋瑾1907年): wherever it stands. Words the model takes for names on
     * government pages mostly are not (托育, 文创, 乐学, 山海), nor words of the dictionary (皮子).
     */
    static boolean twoCharacterNameByRoleScores(Mention m, String nature, String text, ToDoubleFunction<String> nameScore,
                                               Predicate<String> isOtherWord) {
        return nature.startsWith("nr") && m.length() == 2 && Surnames.at(text, m.start()) == 1
                && nameScore.applyAsDouble(m.text()) >= NAME_SCORE && !isOtherWord.test(m.text())
                // 滇池边, 单于飞: the first character ends a word before it
                && !(m.start() > 0 && isOtherWord.test(text.substring(m.start() - 1, m.start() + 1)))
                && !insideQuotes(text, m.start()) && !TitleLexicon.endsWithTitle(m.text()) && !endsWithAnAddress(m.text())
                && "老小".indexOf(m.text().charAt(0)) < 0;
    }

    /**
     * A given name the model reads as a name, used alone for a person found by full name in the text: 振邦 beside
     * 欧阳振邦, 志刚 beside 郑志刚. Family and friends call people so; alone, two such characters are often a word,
     * so a given name the model does not read as a name counts only when it is no word of the dictionary (秀英 beside
     * 王秀英, not 长河 beside 郇长河).
     */
    static List<Mention> givenNamesOfKnownPeople(List<Token> tokens, List<Mention> known, Predicate<String> isWord) {
        Set<String> givenNames = new HashSet<>();
        for (Mention m : known) {
            String name = m.text();
            int surname = m.type() == EntityType.PERSON ? Surnames.at(name, 0) : 0;
            if (surname > 0 && name.length() == surname + 2) {
                givenNames.add(name.substring(surname));
            }
        }
        List<Mention> found = new ArrayList<>();
        for (Token token : tokens) {
            if (givenNames.contains(token.text()) && (token.nature().startsWith("nr") || !isWord.test(token.text()))) {
                found.add(new Mention(EntityType.PERSON, token.text(), token.start(), token.end(), null));
            }
        }
        return found;
    }

    /** A name the model reads that the engine's dictionary knows as a person's (茅盾的, 巴金和, 普京接替). */
    static boolean knownPerson(Mention m, String nature, String text, Predicate<String> isKnownPerson) {
        return nature.startsWith("nr") && m.length() >= 2 && isKnownPerson.test(m.text()) && !insideQuotes(text, m.start());
    }

    /**
     * A two-character name of a frequent family name that the segmenter ends with a function word or a verb
     * (王刚把, 李鹏的, 王明视察).
     * Government text is full of two-character words the model reads as names (托育, 文创, 游龙 before 的); few of
     * them start with one of the hundred most frequent family names, most real names do.
     */
    static boolean commonNameBeforeFunctionWord(Mention m, String text, boolean beforeFunctionWord) {
        return beforeFunctionWord && m.length() == 2 && Surnames.isCommon(m.text().charAt(0)) && !insideQuotes(text, m.start())
                && !TitleLexicon.endsWithTitle(m.text());
    }

    /** Given names do not end in these: a "name" that does is the end of a building's word (校史馆, 展览厅). */
    private static final String BUILDING_ENDS = "馆厅楼站场";
    private static final String NUMERALS = "一二三四五六七八九十百千万亿两零";

    private static boolean allNumerals(String word) {
        return word.chars().allMatch(c -> NUMERALS.indexOf(c) >= 0);
    }

    /**
     * The word at {@code i} is an item of a list (items joined by 、) at least two of whose items are ordinary
     * nouns: a list of things (红灯、红蜜、布鲁克斯、红丰、艳阳), where a "name" is the name of a thing.
     */
    static boolean inAListOfThings(List<Token> tokens, int i) {
        int nouns = 0;
        for (int k = i - 2; k >= 0 && tokens.get(k + 1).text().equals("、"); k -= 2) {
            nouns += isNoun(tokens.get(k)) ? 1 : 0;
        }
        int last = i;
        for (int k = i + 2; k < tokens.size() && tokens.get(k - 1).text().equals("、"); k += 2) {
            nouns += isNoun(tokens.get(k)) ? 1 : 0;
            last = k;
        }
        boolean listed = last > i || i >= 2 && tokens.get(i - 1).text().equals("、");
        return nouns >= 2 || listed && endsWithKindsOfThings(tokens, last);
    }

    /** Kinds of things a list can end with after 等 (大列巴、红肠等特色商品; 南音、高甲戏等非遗展演). */
    private static final List<String> KINDS_OF_THINGS = List.of("特产", "产品", "商品", "乐器", "美食", "小吃", "非遗", "农产品",
            "水果", "作物", "品种", "食品", "特色", "好物", "土特产");

    /** The list's last item (of up to three words: 手工乐器) is followed by 等 and a kind of things. */
    private static boolean endsWithKindsOfThings(List<Token> tokens, int last) {
        for (int k = last + 1; k < Math.min(tokens.size() - 1, last + 4); k++) {
            String word = tokens.get(k).text();
            if (word.equals("等")) {
                String after = tokens.get(k + 1).text() + (k + 2 < tokens.size() ? tokens.get(k + 2).text() : "");
                return KINDS_OF_THINGS.stream().anyMatch(after::startsWith);
            }
            if (word.equals("、") || !TextNormalizer.isHan(word.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    private static boolean isNoun(Token token) {
        return token.nature().equals("n") && token.text().length() >= 2;
    }

    private static boolean insideQuotes(String text, int at) {
        for (int k = at - 1; k >= 0 && k >= at - 20; k--) {
            char c = text.charAt(k);
            if (c == '“') {
                return !quotesSpeech(text, k, at);
            }
            if (c == '”' || c == '\n') {
                return false;
            }
        }
        return false;
    }

    /**
     * A quotation of what someone said (温格说：“亨利今天状态极佳…”), where names are as anywhere, rather than a
     * quoted slogan or brand (“金角银边”): it opens after a colon or runs on long past the word.
     */
    private static boolean quotesSpeech(String text, int open, int at) {
        if (open > 0 && text.charAt(open - 1) == '：') {
            return true;
        }
        int close = text.indexOf('”', at);
        return close < 0 || close - open > 16;
    }

    static Mention nameAt(String text, int at) {
        return nameAt(text, at, null);
    }

    /** 首次, 首批, 三十: a given name does not count or order things. */
    private static boolean countsOrOrders(String given) {
        return given.charAt(0) == '首' || given.length() == 2 && NUMERALS.indexOf(given.charAt(0)) >= 0
                && (NUMERALS + "次年天个").indexOf(given.charAt(1)) >= 0;
    }

    /**
     * A surname with one or two more Han characters at {@code at}, followed by something that ends a name:
     * punctuation, a title, one of the words official news puts after names, or (after a title) any word
     * the segmenter reads as a verb, preposition, conjunction or adverb (总规划师吴晨围绕…).
     *
     * @param functionWordStarts where the segmenter starts a verb, preposition, conjunction or adverb; may be null
     */
    static Mention nameAt(String text, int at, boolean[] functionWordStarts) {
        int surname = Surnames.at(text, at);
        if (surname == 0) {
            return null;
        }
        for (int length = Math.min(surname + 2, 4); length >= 2; length--) {
            int end = at + length;
            if (end > text.length() || !TextNormalizer.allHan(text, at, end)) {
                continue;
            }
            if (ONE_CHARACTER_FOLLOWERS.indexOf(text.charAt(end - 1)) >= 0 && (length > surname + 1 || text.charAt(end - 1) == '说')) {
                continue; // 主任高峰说。: 说 follows the name; 外长时说: a time and speech, no name
            }
            if (endsWithAnAddress(text.substring(at, end))) {
                return null; // 吴阿姨说
            }
            if (length > surname && countsOrOrders(text.substring(at + surname, end))) {
                continue; // 首相后首次访华: 后 and a word of counting, no name
            }
            boolean endsWithTitle = TitleLexicon.endsWithTitle(text.substring(at, end)); // 书记和校长: no 和校长
            if (!endsWithTitle && (end == text.length() || endsName(text, end) || functionWordStarts != null && functionWordStarts[end])) {
                return new Mention(EntityType.PERSON, text.substring(at, end), at, end, null);
            }
        }
        return null;
    }

    private static boolean endsName(String text, int at) {
        if (TitleLexicon.titleAt(text, at) || Character.isDigit(text.charAt(at))) {
            return true;
        }
        for (String address : PROFESSIONAL_ADDRESSES) {
            if (text.startsWith(address, at)) {
                return true; // 老中医郇春和大夫
            }
        }
        for (String next : AFTER_NAME) {
            if (text.startsWith(next, at)) {
                return true;
            }
        }
        return false;
    }


}
