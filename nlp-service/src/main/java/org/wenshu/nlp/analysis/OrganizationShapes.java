package org.wenshu.nlp.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bodies named in the short shapes official news uses, which the segmenter does not read as organizations:
 * <ul>
 *   <li>schools by place and number: 北京四中, 实验二小;</li>
 *   <li>a district's organ written as one word: 丰台区委, 丰台区政府 (unless a title follows: 丰台区委书记);</li>
 *   <li>an army service before an academy: 陆军装甲兵学院, not 装甲兵学院;</li>
 *   <li>two organs written together are two bodies: 区委区政府 → 区委, 区政府;</li>
 *   <li>abbreviations of a body the page names in full: 首都师大 for 首都师范大学, 南科大 for 南方科技大学;</li>
 *   <li>a school named by its field takes the word before it: 南方/科技大学;</li>
 *   <li>the items of a list that ends by saying what kind of body they are: 中国中铁、中国通号等重点企业.</li>
 * </ul>
 */
final class OrganizationShapes {
    private static final String NUMERALS = "一二三四五六七八九十";
    private static final Set<String> SCHOOL_OPENERS = Set.of("实验", "师大附", "人大附", "北大附", "清华附", "北师大附", "首师大附");
    /** What may follow a short school name: the end of the word (北京四中、, 实验二小等). */
    private static final String AFTER_SHORT_NAME = "等和与及的在是为、，。；：）”";
    private static final List<String> ORGAN_ENDINGS = List.of(
            "人民政府", "人大常委会", "省委", "区委", "市委", "县委", "州委", "盟委", "旗委", "省政府", "区政府", "市政府", "县政府",
            "省政协", "区政协", "市政协", "县政协", "妇联", "团委");
    private static final List<String> SERVICES = List.of("中国人民解放军", "火箭军", "陆军", "海军", "空军", "武警");
    private static final int LONGEST_ABBREVIATION = 6;
    private static final Map<String, EntityType> KINDS = Map.ofEntries(
            Map.entry("企业", EntityType.ORGANIZATION), Map.entry("公司", EntityType.ORGANIZATION),
            Map.entry("单位", EntityType.ORGANIZATION), Map.entry("机构", EntityType.ORGANIZATION),
            Map.entry("高校", EntityType.ORGANIZATION), Map.entry("院校", EntityType.ORGANIZATION),
            Map.entry("学校", EntityType.ORGANIZATION), Map.entry("医院", EntityType.ORGANIZATION),
            Map.entry("银行", EntityType.ORGANIZATION), Map.entry("央企", EntityType.ORGANIZATION));
    /** Words between 等 and the kind that describe the items (等重点企业, 等知名高校); nothing else may stand there. */
    private static final List<String> KIND_MODIFIERS = List.of(
            "", "重点", "知名", "龙头", "骨干", "大型", "头部", "优质", "国有", "民营", "外资", "科技", "金融", "一批", "多家", "多个",
            "周边", "沿线");
    private static final int LONGEST_ITEM = 12;

    private final Gazetteer gazetteer;

    OrganizationShapes(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Bodies news names by a place and their kind: a country's team (法国队, 中国女排, 阿曼队) and a military command
     * (东部战区, 济南军区, 南部战区海军).
     */
    List<Mention> teamsAndCommands(String text) {
        List<Mention> found = new ArrayList<>();
        Matcher team = TEAM.matcher(text);
        while (team.find()) {
            int start = countryEndingAt(text, team.start());
            if (start >= 0) {
                found.add(new Mention(EntityType.ORGANIZATION, text.substring(start, team.end()), start, team.end(), null));
            }
        }
        // the pattern opens with any Han characters, slow to search for: most texts name no command at all
        Matcher command = COMMAND.matcher(text.contains("战区") || text.contains("军区") ? text : "");
        while (command.find()) {
            String where = command.group(1);
            int start = command.start(2) - where.length();
            for (int length = where.length(); length >= 2; length--) {
                String place = where.substring(where.length() - length);
                if (DIRECTIONS.contains(place) || gazetteer.isKnownName(place)) {
                    start = command.start(2) - length;
                    found.add(new Mention(EntityType.ORGANIZATION, text.substring(start, command.end()), start, command.end(), null));
                    break;
                }
            }
        }
        return found;
    }

    /** Where the longest country's name ending at {@code end} starts (法国|队, 中国驻|…), or -1. */
    private int countryEndingAt(String text, int end) {
        for (int start = Math.max(0, end - MAX_COUNTRY); start <= end - 2; start++) {
            if (gazetteer.isCountry(text.substring(start, end))) {
                return start;
            }
        }
        return -1;
    }

    private static final int MAX_COUNTRY = 8;
    /** 队 of a team, not of 队员, 队长 or 队伍. */
    private static final Pattern TEAM = Pattern.compile("(?:队|女排|男排|女足|男足|女篮|男篮|国家队)(?![员长伍])");
    private static final Pattern COMMAND = Pattern.compile("(\\p{IsHan}{2,3}?)(战区|军区)(海军|陆军|空军|火箭军)?");
    private static final Set<String> DIRECTIONS = Set.of("东部", "南部", "西部", "北部", "中部");

    /** 鄞州区人民法院钟公庙人民法庭, 区法院桃源法庭: a court's tribunal in a town, named after the court. */
    static List<Mention> tribunals(String text, TokenIndex words) {
        List<Mention> found = new ArrayList<>();
        for (int at = text.indexOf(COURT); at >= 0; at = text.indexOf(COURT, at + 1)) {
            Token court = words.endingAt(at + COURT.length());
            int tribunal = text.indexOf(TRIBUNAL, at + COURT.length());
            if (court == null || tribunal < 0 || tribunal - at - COURT.length() > MAX_TOWN
                    || !TextNormalizer.allHan(text, at, tribunal + TRIBUNAL.length())) {
                continue;
            }
            int end = tribunal + TRIBUNAL.length();
            found.add(new Mention(EntityType.ORGANIZATION, text.substring(court.start(), end), court.start(), end, null));
        }
        return found;
    }

    private static final String COURT = "法院";
    private static final String TRIBUNAL = "法庭";
    private static final int MAX_TOWN = 6;

    /** 中国驻|肯尼亚大使馆: an embassy is named with the country it is of, before 驻 and the country it is in. */
    List<Mention> withTheirCountry(String text, List<Mention> mentions) {
        List<Mention> result = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Mention embassy = m;
            int start = m.type() == EntityType.ORGANIZATION && MISSIONS.stream().anyMatch(m.text()::endsWith) && m.start() > 0
                    && text.charAt(m.start() - 1) == '驻' ? countryEndingAt(text, m.start() - 1) : -1;
            if (start >= 0) {
                embassy = new Mention(EntityType.ORGANIZATION, text.substring(start, m.end()), start, m.end(), null);
            }
            result.add(embassy);
        }
        return result;
    }

    private static final List<String> MISSIONS = List.of("大使馆", "使馆", "领事馆", "使团", "代表处");

    /** 九三学社中央, 民建中央: a party's central committee, written as the party and 中央 before a pause or a title. */
    static List<Mention> withCentralCommittees(String text, List<Mention> mentions) {
        List<Mention> result = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int end = m.end() + CENTRAL.length();
            boolean central = m.type() == EntityType.ORGANIZATION && m.length() <= 6 && text.startsWith(CENTRAL, m.end())
                    && (end == text.length() || !TextNormalizer.isHan(text.charAt(end)) || TitleLexicon.titleFollows(text, end));
            result.add(central ? new Mention(EntityType.ORGANIZATION, m.text() + CENTRAL, m.start(), end, null) : m);
        }
        return result;
    }

    private static final String CENTRAL = "中央";

    /** 北京四中, 实验二小: a place or 实验 and a numbered middle or primary school. */
    List<Mention> numberedSchools(String text) {
        List<Mention> found = new ArrayList<>();
        for (int at = 1; at < text.length(); at++) {
            char c = text.charAt(at);
            if ((c != '中' && c != '小') || NUMERALS.indexOf(text.charAt(at - 1)) < 0) {
                continue;
            }
            int end = at + 1;
            if (end < text.length() && AFTER_SHORT_NAME.indexOf(text.charAt(end)) < 0) {
                continue;
            }
            int numberStart = at - 1;
            while (numberStart > 0 && at - numberStart < 3 && NUMERALS.indexOf(text.charAt(numberStart - 1)) >= 0) {
                numberStart--;
            }
            // The opener: a known place (北京四中) or 实验 (实验二小), longest first.
            for (int start = Math.max(0, numberStart - 3); start <= numberStart - 2; start++) {
                String opener = text.substring(start, numberStart);
                if (gazetteer.isKnownName(opener) || SCHOOL_OPENERS.contains(opener)) {
                    found.add(new Mention(EntityType.ORGANIZATION, text.substring(start, end), start, end, null));
                    break;
                }
            }
        }
        return found;
    }

    /** 丰台区委/nw, 中共河北省委/nw, 山西省妇联: one word made of a known place and an organ, when no title follows it. */
    List<Mention> placeOrgans(String text, TokenIndex words) {
        List<Mention> found = new ArrayList<>();
        for (Token token : words.all()) {
            if (!(token.nature().equals("nw") || token.nature().equals("nt") || token.nature().equals("nz"))
                    || TitleLexicon.titleFollows(text, token.end())) {
                continue;
            }
            // 民建中央/nw: a party's central committee
            if (token.text().endsWith(CENTRAL) && gazetteer.isKnownName(token.text().substring(0, token.text().length() - CENTRAL.length()))) {
                found.add(new Mention(EntityType.ORGANIZATION, token.text(), token.start(), token.end(), null));
                continue;
            }
            // 中共河北省委: the party's committee of the place
            int from = token.text().startsWith("中共") ? 2 : 0;
            for (String ending : ORGAN_ENDINGS) {
                String place = token.text().endsWith(ending) ? token.text().substring(from, token.text().length() - ending.length()) : "";
                String placeWithLevel = place + ending.charAt(0);
                if (place.length() >= 2 && (gazetteer.isKnownName(place) || gazetteer.isKnownName(placeWithLevel))) {
                    found.add(new Mention(EntityType.ORGANIZATION, token.text(), token.start(), token.end(), null));
                    break;
                }
            }
        }
        return found;
    }

    /** Short names of the schools the page names in full (南科大, 苏大, 河海), where they stand as words and name no place. */
    private List<Mention> schoolAbbreviations(String text, TokenIndex words, List<Mention> mentions) {
        Set<String> schools = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.ORGANIZATION && m.length() >= 4 && (m.text().endsWith("大学") || m.text().endsWith("学院") || m.text().endsWith("中学"))) {
                schools.add(m.text());
            }
        }
        List<Mention> found = new ArrayList<>();
        if (schools.isEmpty()) {
            return found;
        }
        Set<Character> firstCharacters = new HashSet<>();
        for (String school : schools) {
            firstCharacters.add(school.charAt(0));
            if (school.startsWith("中国") && school.length() > 4) {
                firstCharacters.add(school.charAt(2)); // 海大 of 中国海洋大学
            }
        }
        List<Token> tokens = words.all();
        for (int i = 0; i < tokens.size(); i++) {
            int start = tokens.get(i).start();
            if (!firstCharacters.contains(text.charAt(start))) {
                continue;
            }
            for (int j = i; j < Math.min(tokens.size(), i + 4); j++) {
                int end = tokens.get(j).end();
                if (j > i && tokens.get(j - 1).end() != tokens.get(j).start() || end - start > LONGEST_ABBREVIATION) {
                    break;
                }
                String word = text.substring(start, end);
                boolean ordinary = j == i && tokens.get(i).isOrdinary();
                if (!ordinary && TextNormalizer.allHan(text, start, end)
                        && schools.stream().anyMatch(full -> Aliases.isSchoolAbbreviation(word, full)) && !gazetteer.isKnownName(word)) {
                    found.add(new Mention(EntityType.ORGANIZATION, word, start, end, null));
                }
            }
        }
        return found;
    }

    /** A school named only by its field, which no school is called by alone: 科技大学, 理工学院. */
    private static final Pattern FIELD_SCHOOL = Pattern.compile(
            "(?:科技|理工|交通|师范|医科|财经|政法|农业|工业|民族|外国语|石油|电子|航空|海洋|林业|中医药|传媒|体育|音乐|美术)(?:大学|学院)");

    /** 南方/f 科技大学: the word before a school named by its field is the school's own first word (南方科技大学). */
    Mention withFirstWord(Mention m, TokenIndex words) {
        if (m.type() != EntityType.ORGANIZATION || !FIELD_SCHOOL.matcher(m.text()).matches()) {
            return m;
        }
        Token before = words.endingAt(m.start());
        if (before == null || before.text().length() < 2 || !TextNormalizer.allHan(before.text(), 0, before.text().length())
                || !(before.nature().equals("f") || before.nature().startsWith("ns") || before.nature().equals("s") || before.nature().equals("nz"))) {
            return m;
        }
        return new Mention(EntityType.ORGANIZATION, before.text() + m.text(), before.start(), m.end(), null);
    }

    /** 装甲兵学院 after 陆军 is 陆军装甲兵学院. */
    Mention withService(String text, Mention m) {
        if (m.type() != EntityType.ORGANIZATION) {
            return m;
        }
        for (String service : SERVICES) {
            int start = m.start() - service.length();
            if (start >= 0 && text.startsWith(service, start) && !m.text().startsWith(service)) {
                return new Mention(EntityType.ORGANIZATION, service + m.text(), start, m.end(), null);
            }
        }
        return m;
    }

    /**
     * A country written before a body of its own is a place of its own (法国|汤姆逊公司, 日本|共同社, 俄罗斯|莫斯科大剧院芭蕾舞团),
     * and before its government it is the place the government is of (巴拿马政府 → 巴拿马). A body of state keeps its
     * country (美国国防部), and so do names that start with 中国 (中国建筑集团有限公司) and legal names of companies
     * (新加坡星汇资本管理有限公司).
     */
    List<Mention> countriesBeforeBodies(List<Mention> mentions) {
        List<Mention> result = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int cut = m.type() == EntityType.ORGANIZATION ? countryCut(m.text()) : -1;
            if (cut < 0) {
                result.add(m);
                continue;
            }
            result.add(new Mention(EntityType.LOCATION, m.text().substring(0, cut), m.start(), m.start() + cut, null));
            String rest = m.text().substring(cut);
            if (!GOVERNMENTS.contains(rest)) {
                result.add(new Mention(EntityType.ORGANIZATION, rest, m.start() + cut, m.end(), null));
            }
        }
        return result;
    }

    private int countryCut(String name) {
        for (int cut = Math.min(MAX_COUNTRY, name.length() - 2); cut >= 2; cut--) {
            String country = name.substring(0, cut);
            String rest = name.substring(cut);
            if (gazetteer.isCountry(country) && (GOVERNMENTS.contains(rest)
                    || !country.equals("中国") && rest.length() >= 3 && OWN_BODIES.stream().anyMatch(rest::endsWith)
                    && !rest.endsWith("有限公司") && !rest.endsWith("有限责任公司"))) {
                return cut;
            }
        }
        return -1;
    }

    private static final Set<String> GOVERNMENTS = Set.of("政府", "当局");
    /** Kinds of bodies that are not organs of the state, whose names need no country. */
    private static final List<String> OWN_BODIES = List.of(
            "公司", "集团", "俱乐部", "通讯社", "社", "团", "基金会", "银行", "电视台", "电台", "报", "大学", "学院", "协会");

    /** 区委区政府 → 区委 and 区政府; 区退役军人事务局联合区委组织部 → 区退役军人事务局 and 区委组织部. */
    static List<Mention> splitOrganPairs(List<Mention> mentions) {
        List<Mention> split = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int cut = m.type() == EntityType.ORGANIZATION ? organPairCut(m.text()) : -1;
            int joint = m.type() == EntityType.ORGANIZATION && cut < 0 ? m.text().indexOf(JOINTLY, 2) : -1;
            if (cut > 0) {
                split.add(new Mention(EntityType.ORGANIZATION, m.text().substring(0, cut), m.start(), m.start() + cut, null));
                split.add(new Mention(EntityType.ORGANIZATION, m.text().substring(cut), m.start() + cut, m.end(), null));
            } else if (joint > 0 && m.length() - joint - JOINTLY.length() >= 3
                    && CompoundNameRule.typeByEnd(m.text().substring(0, joint)) == EntityType.ORGANIZATION) {
                // 区退役军人事务局联合区委组织部: one body working with another
                split.add(new Mention(EntityType.ORGANIZATION, m.text().substring(0, joint), m.start(), m.start() + joint, null));
                int rest = joint + JOINTLY.length();
                split.add(new Mention(EntityType.ORGANIZATION, m.text().substring(rest), m.start() + rest, m.end(), null));
            } else {
                split.add(m);
            }
        }
        return split;
    }

    private static final String JOINTLY = "联合";

    private static int organPairCut(String text) {
        for (int cut = 2; cut <= text.length() - 2; cut++) {
            if (ShortNameRules.isBareOrgan(text.substring(0, cut)) && ShortNameRules.isBareOrgan(text.substring(cut))) {
                return cut;
            }
        }
        return -1;
    }

    /**
     * The items of 中国中铁、中国通号等重点企业: a list closed by 等 and a kind of body. The first item runs back to the
     * word before it that is no noun (支持|中国中铁). An item must hold a proper word (a place, a name, an unknown
     * word, Latin letters): 专精特新、国高新等科技企业 lists kinds of firms, not firms.
     */
    List<Mention> enumeratedKinds(String text, TokenIndex words) {
        List<Mention> found = new ArrayList<>();
        for (int at = text.indexOf('等'); at >= 0; at = text.indexOf('等', at + 1)) {
            EntityType kind = kindAfter(text, at + 1);
            if (kind == null) {
                continue;
            }
            List<int[]> items = new ArrayList<>();
            int end = at;
            while (true) {
                int separator = text.lastIndexOf('、', end - 1);
                int start = separator >= 0 && end - separator - 1 <= LONGEST_ITEM && plain(text, separator + 1, end) ? separator + 1 : -1;
                if (start < 0) {
                    start = firstItemStart(end, words);
                    if (start < end) {
                        items.add(new int[]{start, end});
                    }
                    break;
                }
                items.add(new int[]{start, end});
                end = separator;
            }
            if (items.size() < 2) {
                continue; // 等 after one item is as often "and so on" as a list
            }
            List<Mention> named = new ArrayList<>();
            for (int[] item : items) {
                if (item[1] - item[0] >= 2 && holdsAProperWord(item, words)) {
                    named.add(new Mention(kind, text.substring(item[0], item[1]), item[0], item[1], null));
                }
            }
            if (named.size() * 2 > items.size()) { // mostly names: a list of bodies, not of kinds of them
                found.addAll(named);
            }
        }
        return found;
    }

    private static EntityType kindAfter(String text, int at) {
        for (String modifier : KIND_MODIFIERS) {
            if (!text.startsWith(modifier, at)) {
                continue;
            }
            for (Map.Entry<String, EntityType> kind : KINDS.entrySet()) {
                int end = at + modifier.length() + kind.getKey().length();
                if (text.startsWith(kind.getKey(), at + modifier.length())
                        && (kind.getKey().length() > 1 || end == text.length() || !TextNormalizer.isHan(text.charAt(end)) || "区方".indexOf(text.charAt(end)) < 0)) {
                    return kind.getValue();
                }
            }
        }
        return null;
    }

    /** Where the first item begins: back over the words ending at {@code end} that are names or nouns. */
    private static int firstItemStart(int end, TokenIndex words) {
        int start = end;
        Token t;
        while ((t = words.endingAt(start)) != null && isNominal(t.nature()) && end - t.start() <= LONGEST_ITEM) {
            start = t.start();
        }
        return start;
    }

    private static boolean isNominal(String nature) {
        return nature.startsWith("n") || nature.equals("j") || nature.equals("x") || nature.equals("b") || nature.equals("f");
    }

    private static boolean holdsAProperWord(int[] item, TokenIndex words) {
        for (int k = item[0]; k < item[1]; k++) {
            Token t = words.startingAt(k);
            if (t != null && (t.nature().startsWith("ns") || t.nature().startsWith("nt") || t.nature().startsWith("nr")
                    || t.nature().equals("nz") || t.nature().equals("nw") || t.nature().equals("x") || t.nature().equals("en"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean plain(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (!TextNormalizer.isHan(c) && !Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return end > start;
    }

    /** 首都师大 where the page names 首都师范大学: word-bounded abbreviations of the bodies it names in full. */
    List<Mention> abbreviations(String text, TokenIndex words, List<Mention> mentions) {
        Map<String, List<String>> bodiesByOpening = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.ORGANIZATION && m.length() >= 5) {
                List<String> bodies = bodiesByOpening.computeIfAbsent(m.text().substring(0, 2), k -> new ArrayList<>());
                if (!bodies.contains(m.text())) {
                    bodies.add(m.text());
                }
            }
        }
        List<Mention> found = schoolAbbreviations(text, words, mentions);
        if (bodiesByOpening.isEmpty()) {
            return found;
        }
        String opens = bodiesByOpening.keySet().stream().map(o -> o.substring(0, 1)).distinct().reduce("", String::concat);
        for (Token token : words.all()) {
            int start = token.start();
            if (start + 2 > text.length() || opens.indexOf(text.charAt(start)) < 0) {
                continue; // most words open no body's name: no substring for them
            }
            for (String full : bodiesByOpening.getOrDefault(text.substring(start, start + 2), List.of())) {
                for (int end = Math.min(text.length(), start + Math.min(LONGEST_ABBREVIATION, full.length() - 1)); end >= start + 3; end--) {
                    if (words.endsWord(end) && Aliases.isAbbreviation(text.substring(start, end), full)) {
                        found.add(new Mention(EntityType.ORGANIZATION, text.substring(start, end), start, end, null));
                        break;
                    }
                }
            }
        }
        return found;
    }
}
