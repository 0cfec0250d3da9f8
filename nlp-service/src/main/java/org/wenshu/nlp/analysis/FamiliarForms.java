package org.wenshu.nlp.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * People named the way one names those one knows: by 老 or 小 and the family name (老郗, 小潘, 老东方), or by the family
 * name alone before a title or a form of address (郗 of 郗师傅, 澹台 of 澹台先生, 江 of 江主席). The People's Daily
 * annotation guidelines and the project's newswire sets tag these; the district pages' gold does not, since such a
 * mention names nobody an analyst can track. So the analyzer adds them only when asked
 * ({@link DocumentAnalyzer#newswireConvention()}); in either convention it takes a word glued to a form off it.
 */
final class FamiliarForms {
    /** Titles and forms of address a family name alone stands before. */
    private static final List<String> AFTER_A_FAMILY_NAME = List.of(
            "工程师", "技术员", "董事长", "总经理", "委员长", "班主任",
            "师傅", "老师", "医生", "大夫", "先生", "女士", "教授", "书记", "主任", "局长", "校长", "经理", "警官", "会计",
            "大姐", "大妈", "大爷", "大娘", "阿姨", "大哥", "大嫂", "大婶", "厂长", "村长", "支书", "队长", "站长", "所长",
            "科长", "处长", "部长", "省长", "市长", "县长", "乡长", "镇长", "总理", "主席", "同志", "老汉", "院长", "馆长",
            "社长", "老板", "掌柜", "连长", "排长", "班长", "团长", "师长", "军长", "政委", "教练", "指导", "研究员",
            "爷爷", "奶奶", "叔叔", "伯伯", "阿婆", "婆婆", "大叔");
    private static final Set<String> NAME_NATURES = Set.of("nr", "nz", "nw", "nrf");
    /**
     * Family names that before a title are far more often a preposition, a conjunction, a verb of office or a word of
     * time or rank (向老师请教, 由主任主持, 第八任主席, 代市长, 原局长).
     */
    private static final String NOT_A_FAMILY_NAME_HERE = "向和与跟同对给为把被让叫从在于及由将以代原时全各每该本任";

    /** One-character words the model glues to the end of a familiar form (老郗常/nr 说: 常, "often"). */
    private static final String GLUED_AFTER_A_FORM = "常说在也就还又都便却曾";

    private FamiliarForms() {
    }

    /** 老郗常/nr: the model's name of a familiar form and the word after it; the form alone, or null if it is none. */
    static Mention formWithAWordGlued(Mention m, String text) {
        if (m.type() != EntityType.PERSON || m.length() < 3 || "老小".indexOf(m.text().charAt(0)) < 0) {
            return null;
        }
        int surname = Surnames.at(text, m.start() + 1);
        return surname > 0 && m.length() == surname + 2 && GLUED_AFTER_A_FORM.indexOf(m.text().charAt(m.length() - 1)) >= 0
                ? new Mention(EntityType.PERSON, m.text().substring(0, m.length() - 1), m.start(), m.end() - 1, null) : null;
    }

    /** 厉会计/nr, 晏警官/nr: the model's name of a family name and a title is the family name alone. */
    static Mention withoutTheTitle(Mention m, String text) {
        if (m.type() != EntityType.PERSON) {
            return m;
        }
        int surname = Surnames.at(text, m.start());
        String rest = surname == 0 ? "" : m.text().substring(Math.min(surname, m.length()));
        return AFTER_A_FAMILY_NAME.contains(rest)
                ? new Mention(EntityType.PERSON, m.text().substring(0, surname), m.start(), m.start() + surname, null) : m;
    }

    /** The familiar forms of a text that no known mention covers. */
    static List<Mention> find(String text, TokenIndex words, List<Mention> known) {
        boolean[] taken = new boolean[text.length() + 1];
        for (Mention m : known) {
            for (int i = m.start(); i < m.end(); i++) {
                taken[i] = true;
            }
        }
        List<Mention> found = new ArrayList<>();
        for (int at = 0; at < text.length(); at++) {
            if (taken[at] || !words.startsWord(at)) {
                continue;
            }
            Mention form = byOldOrYoung(text, words, at);
            if (form == null) {
                form = familyNameBeforeATitle(text, words, at);
            }
            if (form != null && !taken[form.end() - 1]) {
                found.add(form);
                at = form.end() - 1;
            }
        }
        return found;
    }

    /** 老郗, 小潘, 老东方: 老 or 小 and a family name, a word of its own that the dictionary does not hold (not 老师, 小时). */
    private static Mention byOldOrYoung(String text, TokenIndex words, int at) {
        char c = text.charAt(at);
        if (c != '老' && c != '小') {
            return null;
        }
        int surname = Surnames.at(text, at + 1);
        int end = at + 1 + surname;
        if (surname == 0 || !words.endsWord(end)) {
            return null;
        }
        String form = text.substring(at, end);
        Token word = words.startingAt(at);
        // 老张/nz, 小孙/nr: the model reads the form as a name; 老师/n, 小时/t are words
        boolean readAsAName = word.end() == end && NAME_NATURES.contains(word.nature());
        if (!readAsAName && AnsjEntityFinder.isWord(form) && !AnsjEntityFinder.isKnownPerson(form)) {
            return null;
        }
        Token next = words.startingAt(end);
        Token before = words.endingAt(at);
        // 老石/榴树: a noun after it makes the form an old or small thing (it also passes up 老李家, to be safe);
        // 十几栋/q 老楼: so does a count before it; “小诸葛”: a nickname in quotes
        boolean aThing = next != null && next.nature().equals("n") && !TitleLexicon.isTitle(next.text())
                || before != null && (before.nature().startsWith("q") || before.nature().startsWith("m"))
                || at > 0 && text.charAt(at - 1) == '“' && end < text.length() && text.charAt(end) == '”';
        return aThing ? null : new Mention(EntityType.PERSON, form, at, end, null);
    }

    /** 郗 of 郗师傅, 澹台 of 澹台先生: a family name that starts a word, right before a title or a form of address. */
    private static Mention familyNameBeforeATitle(String text, TokenIndex words, int at) {
        int surname = Surnames.at(text, at);
        if (surname == 0) {
            return null;
        }
        int end = at + surname;
        String after = AFTER_A_FAMILY_NAME.stream().filter(a -> text.startsWith(a, end)).findFirst().orElse(null);
        if (after == null) {
            return null;
        }
        // 于大哥说, 向师傅介绍: three of them are common family names where a clause opens with them
        boolean opensAClause = at == 0 || !TextNormalizer.isHan(text.charAt(at - 1));
        boolean aCommonFamilyNameOpening = opensAClause && "向任于".indexOf(text.charAt(at)) >= 0;
        if (surname == 1 && NOT_A_FAMILY_NAME_HERE.indexOf(text.charAt(at)) >= 0 && !aCommonFamilyNameOpening) {
            return null;
        }
        Token word = words.startingAt(at);
        // 班主任/n: a word of the dictionary that starts with a family name's character
        if (word.end() > end && !word.nature().startsWith("nr") && word.end() != end + after.length()
                || word.end() > end && AnsjEntityFinder.isWordOtherThanAName(word.text())) {
            return null;
        }
        return new Mention(EntityType.PERSON, text.substring(at, end), at, end, null);
    }
}
