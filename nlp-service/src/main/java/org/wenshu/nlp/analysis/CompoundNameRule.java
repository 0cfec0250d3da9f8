package org.wenshu.nlp.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Names the segmenter splits into words: a run of words that starts with a named word (a place, an
 * organization, an unknown proper word) and ends in the word for a kind of body or place is one name
 * (中关村/丰台/园/管委会, 丰台区委/组织部, 丽泽/金融/商务区, 雄安/新区).
 */
final class CompoundNameRule {
    private static final List<String> ORGANIZATION_ENDS = List.of(
            "大学", "学院", "学校", "中学", "小学", "幼儿园", "医院", "研究院", "研究所", "研究室", "科学院", "设计院",
            "委员会", "管委会", "工委", "党委", "政府", "政协", "人大", "法院", "检察院", "公司", "集团", "银行", "支行", "分行", "协会",
            "学会", "联合会", "商会", "基金会", "中心", "办公室", "组织部", "宣传部", "统战部", "武装部", "人武部", "局",
            "博物馆", "图书馆", "美术馆", "文化馆", "科技馆", "纪念馆", "档案馆", "陈列馆", "文物馆", "报社", "电视台", "出版社",
            "总队", "支队", "大队", "领导小组", "中心组", "海关", "厂", "农场", "林场", "信用社", "供销社", "合作社", "油田", "兵团", "印书馆",
            "常委会", "人武部", "办", "委");
    private static final List<String> LOCATION_ENDS = List.of(
            "商务区", "新区", "开发区", "园区", "科技园", "产业园", "创新园", "街道", "公园", "广场", "大街", "大道", "火车站",
            "站", "机场", "港", "园", "城", "市场", "路", "街", "高速", "航站楼", "示范区", "文化带", "基地", "社区", "小区", "商圈",
            "码头", "体育中心", "体育馆", "体育场", "会展中心", "会议中心", "艺术中心", "展览中心", "博览中心", "故居", "旧址", "遗址");
    /** Words that end like a body or place but never end a name (布局 is no bureau). */
    private static final Set<String> NEVER_ENDS = Set.of(
            "布局", "格局", "全局", "大局", "结局", "开局", "当局", "举办", "承办", "主办", "创办", "督办", "网站", "车站",
            "城市", "都市", "道路", "思路", "出路", "线路", "公路", "马路", "家园", "校园", "花园", "乐园", "田园", "工厂", "厂家",
            "厂房", "厂区");
    /** Words that are common nouns alone but end a name after a proper word (新发地/市场, 京港澳/高速). */
    private static final Set<String> ENDS_ONLY_JOINED = Set.of(
            "市场", "街道", "园区", "新城", "基地", "高速", "庄园", "公园", "示范区", "党委", "常委会", "领导小组", "中心组",
            "社区", "小区", "商圈", "码头", "体育中心", "体育馆", "体育场", "会展中心");
    /** Endings strong enough to carry a verb inside the name (区委/理论/学习/中心组, 统战/工作/领导小组). */
    private static final Set<String> STRONG_ENDS = Set.of(
            "领导小组", "中心组", "工作组", "委员会", "办公室", "指挥部");
    /** Natures of words that can open a name: places, organizations, unknown proper words, abbreviations. */
    private static final Set<String> OPENERS = Set.of("ns", "nt", "nw", "nz", "nr", "nrf", "j", "nsf");
    /** The level a district or city organ is named by (区/园林/绿化局, 区委/理论/学习/中心组, 中共/北京市/…). */
    private static final Set<String> LEVEL_OPENERS = Set.of("区", "市", "县", "省", "区委", "市委", "县委", "省委", "中共");
    private static final int MAX_WORDS = 7;
    private static final int MAX_CHARS = 20; // 中共北京市丰台区委教育工作领导小组 has 17

    List<Mention> find(String text, List<Token> tokens) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            boolean levelOpener = LEVEL_OPENERS.contains(tokens.get(i).text());
            if (!OPENERS.contains(tokens.get(i).nature()) && !levelOpener) {
                continue;
            }
            if (tokens.get(i).nature().equals("j") && !ShortNameRules.isRegionAbbreviation(tokens.get(i))) {
                continue; // 党群/服务/中心 is a kind of centre; 京津冀/… opens a name
            }
            Mention best = ownCommittee(text, tokens.get(i));
            Token opener = tokens.get(i);
            EntityType ownType = opener.text().length() >= 4 && longestEnd(opener.text()) >= 2 ? typeByEnd(opener.text()) : null;
            if (best == null && ownType != null && (opener.nature().equals("nw") || opener.nature().equals("nz"))
                    && !splitsATitle(text, opener.end())) {
                // A proper word the segmenter knows as one (香港特别行政区政府) is named by its ending.
                best = new Mention(ownType, opener.text(), opener.start(), opener.end(), null);
            }
            boolean sawVerb = false;
            for (int j = i + 1; j < Math.min(tokens.size(), i + MAX_WORDS); j++) {
                Token token = tokens.get(j);
                boolean contiguous = tokens.get(j - 1).end() == token.start();
                // Verbs, and the preposition and measure word of 区委/对/台/工作/领导小组, only inside a strong ending.
                boolean verb = token.nature().equals("v") || token.nature().equals("p") || token.nature().equals("q");
                if (!contiguous || !(joinable(token) || verb) || token.end() - tokens.get(i).start() > MAX_CHARS) {
                    break;
                }
                sawVerb |= verb;
                if (NEVER_ENDS.contains(token.text())) {
                    continue; // 丽泽/城市/航站楼 goes on past 城市, which only never ends a name
                }
                EntityType type = typeByEnd(token.text(), false);
                if (type == null && (ENDS_ONLY_JOINED.contains(token.text()) || isEndWord(token.text()))) {
                    type = typeByEnd(text.substring(tokens.get(i).start(), token.end()), isEndWord(token.text()));
                }
                String candidate = text.substring(tokens.get(i).start(), token.end());
                if (type == null && endsWithStrongEnd(candidate) && !STRONG_ENDS.contains(token.text())) {
                    type = EntityType.ORGANIZATION; // 领导/小组: the segmenter splits the ending itself
                }
                boolean verbAllowed = !sawVerb || endsWithStrongEnd(candidate);
                boolean bareOrganBeforeTitle = ShortNameRules.isBareOrgan(candidate) && TitleLexicon.titleFollows(text, token.end());
                if (type != null && verbAllowed && !bareOrganBeforeTitle && !splitsATitle(text, token.end())
                        && openerFits(tokens.get(i), type, token) && (!levelOpener || type == EntityType.ORGANIZATION)) {
                    int start = tokens.get(i).start();
                    best = new Mention(type, text.substring(start, token.end()), start, token.end(), null);
                }
            }
            if (best != null) {
                found.add(best);
            }
        }
        return found;
    }

    /**
     * 首都师范大学党委 (one word to the segmenter) is the university's party committee: in 首都师范大学党委书记 the
     * body is 首都师范大学 and 党委书记 the title, so the body is taken without its committee.
     */
    private static Mention ownCommittee(String text, Token token) {
        for (String committee : COMMITTEES) {
            String word = token.text();
            if (word.length() > committee.length() + 1 && word.endsWith(committee)) {
                String body = word.substring(0, word.length() - committee.length());
                EntityType type = typeByEnd(body);
                if (type != null) { // 随家仓社区党委书记: the community is a place
                    return new Mention(type, body, token.start(), token.start() + body.length(), null);
                }
            }
        }
        return null;
    }

    private static boolean endsWithStrongEnd(String candidate) {
        return STRONG_ENDS.stream().anyMatch(end -> candidate.endsWith(end) && candidate.length() > end.length());
    }

    private static final List<String> COMMITTEES = List.of("党委", "党工委", "党组", "团委", "纪委", "工会", "居委会");

    private static int longestEnd(String word) {
        int longest = 0;
        for (String end : LOCATION_ENDS) {
            if (word.endsWith(end)) {
                longest = Math.max(longest, end.length());
            }
        }
        for (String end : ORGANIZATION_ENDS) {
            if (word.endsWith(end)) {
                longest = Math.max(longest, end.length());
            }
        }
        return longest;
    }

    /** The ending standing as a word of its own (丰台/站, 山湖/路, 区委/常委会). */
    private static boolean isEndWord(String word) {
        return LOCATION_ENDS.contains(word) || ORGANIZATION_ENDS.contains(word);
    }

    /**
     * A person's name opens a body only with a company-like ending (瑞众人寿保险有限责任公司); otherwise a
     * phrase such as 曹文军代表学校党委 would become an organization.
     */
    private static boolean openerFits(Token opener, EntityType type, Token last) {
        if ((opener.nature().equals("nw") || opener.nature().equals("nz")) && KINDS_AFTER_A_TRADE.contains(last.text())) {
            return false; // 算力/中心, 冷链/物流/中心, 电商/实训/基地: a new word of a trade and 中心 name a kind of centre
        }
        if (!opener.nature().equals("nr")) {
            return true;
        }
        String word = last.text();
        // 迎江/nr 经济/n 开发区/n: a zone, and its committee, named after its place, which the model took for a name
        boolean aZone = type == EntityType.LOCATION && ZONES.contains(word) || type == EntityType.ORGANIZATION && word.endsWith("管委会");
        return type == EntityType.ORGANIZATION && (word.endsWith("公司") || word.endsWith("集团") || word.endsWith("银行"))
                || aZone && opener.text().length() == 2 && !TRADES.contains(opener.text());
    }

    /** Trades a park is for, which the model can take for names too (文创/nr 园区): a kind of park, not its name. */
    private static final Set<String> TRADES = Set.of("文创", "科创", "双创", "众创", "电商", "物流", "文旅", "农创", "数字", "智慧");

    private static final Set<String> ZONES = Set.of("开发区", "园区", "工业园区", "商务区", "示范区", "产业园", "科技园");

    private static final Set<String> KINDS_AFTER_A_TRADE = Set.of("中心", "基地", "物流园");

    private static boolean joinable(Token token) {
        String n = token.nature();
        // Verbal nouns name what a body does: 建筑/设计/研究院, 教育/工作/领导小组.
        boolean nounLike = n.startsWith("n") && !n.startsWith("nr") || n.equals("j") || n.equals("b") || n.equals("ng")
                || n.equals("vn");
        return nounLike && !TitleLexicon.endsWithTitle(token.text()) && TextNormalizer.isHan(token.text().charAt(0));
    }

    /**
     * The type a name ending so has, by its longest known ending (幼儿园 is a body though 园 ends places);
     * null for a common noun that merely ends alike (布局, 车站).
     */
    static EntityType typeByEnd(String word) {
        return typeByEnd(word, true);
    }

    /**
     * @param endIsAWord whether the name's last word is the ending itself (丰台/站); a one-character place
     *                   ending inside a longer word (站城, 药园) names no place
     */
    static EntityType typeByEnd(String word, boolean endIsAWord) {
        if (NEVER_ENDS.contains(word) || ENDS_ONLY_JOINED.contains(word)) {
            return null;
        }
        // the longest ending wins; a place's ending wins over a body's of the same length
        for (int length = Math.min(LONGEST_END, word.length() - 1); length >= 1; length--) {
            String end = word.substring(word.length() - length);
            if (LOCATION_END_SET.contains(end) && (length > 1 || endIsAWord)) {
                return EntityType.LOCATION;
            }
            if (ORGANIZATION_END_SET.contains(end)) {
                return EntityType.ORGANIZATION;
            }
        }
        return null;
    }

    private static final Set<String> LOCATION_END_SET = Set.copyOf(LOCATION_ENDS);
    private static final Set<String> ORGANIZATION_END_SET = Set.copyOf(ORGANIZATION_ENDS);
    private static final int LONGEST_END = Stream.concat(LOCATION_ENDS.stream(), ORGANIZATION_ENDS.stream())
            .mapToInt(String::length).max().orElse(0);

    /**
     * 首都师范大学校长: the 校 belongs to 校长, so 首都师范大学校 is no name; 兴安盟委书记: a one-character organ
     * before a title (盟委) is part of the title, so 兴安盟委 is no body here.
     */
    private static boolean splitsATitle(String text, int end) {
        if (end < text.length() && TitleLexicon.endsWithTitle(text.substring(end - 1, end + 1))) {
            return true;
        }
        char last = text.charAt(end - 1);
        return (last == '委' || last == '办') && TitleLexicon.titleFollows(text, end);
    }
}
