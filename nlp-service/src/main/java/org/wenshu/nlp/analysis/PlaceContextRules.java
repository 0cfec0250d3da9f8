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
 * Local places the gazetteer cannot know (neighbourhoods, old towns, highways, stations) shown by the company
 * they keep:
 * <ul>
 *   <li>an enumeration mostly of known places names places in its other items too
 *       (花乡、方庄、五里店、大红门、右安门; 卢沟桥-宛平城-长辛店地区; 京港澳、京开、京台、京昆);</li>
 *   <li>a known place followed by the word for a station or terminal is that facility (丰台站, 丽泽城市航站楼);</li>
 *   <li>a place word carrying a descriptor (南中轴地区, 丽泽片区) names the place without it, unless the
 *       descriptor is part of an official name (方庄地区 is a division).</li>
 * </ul>
 */
final class PlaceContextRules {
    private static final String SEPARATORS = "、-－—";
    private static final int MAX_ITEM = 6;
    /** Words after the last item of a list that end it (卢沟桥-宛平城-长辛店|地区, 京开、京昆|以及). */
    private static final List<String> LIST_ENDINGS = List.of(
            "地区", "片区", "一带", "老镇", "组团", "周边", "沿线", "地块", "以及", "等", "和", "及", "两", "三", "四", "五");
    /** Descriptors written after a place name that are not part of it. */
    private static final List<String> DESCRIPTORS = List.of("地区", "片区", "一带", "组团", "畔", "两岸", "沿岸", "沿线", "周边");
    /** The built-up part of a city (太原市区, 郑州主城区), a descriptor only after the city's name (not 北京市东|城区). */
    private static final List<String> CITY_PARTS = List.of("主城区", "老城区", "市区", "城区");
    private static final List<String> FACILITIES = List.of(
            "城市航站楼", "航站楼", "火车站", "高铁站", "地铁站", "南站", "北站", "东站", "西站", "站");

    private static final List<String> ROAD_WORDS = List.of(
            "高速公路", "高速", "快速路", "大街", "大道", "公路", "中路", "东路", "西路", "南路", "北路", "路",
            "东街", "西街", "南街", "北街", "街");
    private static final String ROAD_WORD_FIRST_CHARACTERS = "高快大公路中东西南北街";
    /** What follows a road's name in plans and reports: a list mark, an extension, a phase, a stretch, what is on it. */
    private static final Pattern AFTER_ROAD = Pattern.compile(
            "^(?:[、，。；：,;:）)”]|等|和|与|及|以及|的|上的|沿线|沿途|周边|两侧|两旁|一侧|一带|一路|附近|路口|交叉口|[东南西北]延|"
                    + "[一二三四五六七八九十]期|改造|建设|工程|全线|段|$)");
    /** Roads named by a number, and the communities named after them: 经十路, 纬一路社区, 二马路, 三环路. */
    private static final Pattern NUMBERED_ROAD = Pattern.compile(
            "(?:[经纬][一二三四五六七八九十]{1,3}[东西南北]?路|[一二三四五六七八九十]{1,2}马路|[二三四五六七]环路)(?:社区|街道)?");
    /** Words in 路 that name no road: circuits, sales, ways of doing things. */
    private static final Set<String> WAYS_NO_ROAD = Set.of("电路", "回路", "短路", "网路", "套路", "门路", "销路", "财路", "活路", "后路");
    /** Characters a road's own name does not contain (的路, 这条路, 走新路, 一带一路, 研学线路). */
    private static final String NOT_IN_ROAD_NAME = "一的了在和与及等为是将把被对向从这那条段种个走新老好上下出思道马公线时之"; // 时: 小时|山路; 丝绸之路

    private final Gazetteer gazetteer;

    PlaceContextRules(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Unknown items of lists that are mostly known places. */
    List<Mention> listItems(String text, TokenIndex words, List<Mention> mentions) {
        Map<Integer, Mention> mentionAt = new HashMap<>();
        Map<Integer, Mention> mentionEndingAt = new HashMap<>();
        EntityType[] typeAt = new EntityType[text.length()];
        for (Mention m : mentions) {
            mentionAt.put(m.start(), m);
            mentionEndingAt.put(m.end(), m);
            for (int k = m.start(); k < m.end(); k++) {
                typeAt[k] = m.type();
            }
        }
        List<Mention> found = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            if (!isSeparator(text, at)) {
                at++;
                continue;
            }
            List<int[]> items = new ArrayList<>();
            int[] first = firstItem(text, at, mentionEndingAt, words);
            if (first != null) {
                items.add(first);
            }
            int separator = at;
            while (true) {
                int next = nextSeparator(text, separator + 1);
                if (next > 0) {
                    items.add(new int[]{separator + 1, next});
                    separator = next;
                } else {
                    int[] last = lastItem(text, separator + 1, mentionAt);
                    if (last != null) {
                        items.add(last);
                    }
                    break;
                }
            }
            found.addAll(placesAmong(text, items, typeAt, words));
            at = separator + 1;
        }
        return found;
    }

    private List<Mention> placesAmong(String text, List<int[]> items, EntityType[] typeAt, TokenIndex words) {
        int places = 0;
        List<int[]> unknown = new ArrayList<>();
        for (int[] item : items) {
            EntityType type = typeOfSpan(item, typeAt);
            if (type == EntityType.LOCATION && (item[0] == 0 || typeAt[item[0] - 1] != EntityType.LOCATION || isSeparator(text, item[0] - 1))) {
                places++;
            } else if (type == null && noneTagged(item, typeAt)) {
                unknown.add(item);
            } else if (type != EntityType.LOCATION) {
                return List.of(); // a person or a body among the items: not a list of places
            }
        }
        // Two known places make a list of places, if they are at least a third of it.
        if (places < 2 || places * 3 < items.size()) {
            return List.of();
        }
        List<Mention> found = new ArrayList<>();
        for (int[] item : unknown) {
            String word = text.substring(item[0], item[1]);
            if (word.length() >= 2 && word.length() <= 5 && allHan(word) && !isOneCommonWord(item, words)
                    && !holdsAVerb(item, words)) {
                found.add(new Mention(EntityType.LOCATION, word, item[0], item[1], null));
            }
        }
        return found;
    }

    /** The item before the first separator: the mention ending there, else the nominal words before it. */
    private static int[] firstItem(String text, int separator, Map<Integer, Mention> mentionEndingAt, TokenIndex words) {
        Mention m = mentionEndingAt.get(separator);
        if (m != null) {
            return new int[]{m.start(), separator};
        }
        int start = separator;
        Token t;
        while ((t = words.endingAt(start)) != null && (t.nature().equals("n") || !t.isOrdinary())
                && separator - t.start() <= MAX_ITEM && allHan(t.text())) {
            start = t.start();
        }
        return start < separator ? new int[]{start, separator} : null;
    }

    /** The item after the last separator: the mention starting there, else the characters up to a list ending. */
    private static int[] lastItem(String text, int from, Map<Integer, Mention> mentionAt) {
        Mention m = mentionAt.get(from);
        if (m != null) {
            return new int[]{from, m.end()};
        }
        for (int end = from + 2; end <= Math.min(text.length(), from + MAX_ITEM); end++) {
            if (!TextNormalizer.isHan(text.charAt(end - 1))) {
                return end - 1 > from + 1 ? new int[]{from, end - 1} : null;
            }
            if (end == text.length() || endsList(text, end)) {
                return new int[]{from, end};
            }
        }
        return null;
    }

    private static boolean endsList(String text, int at) {
        if (!TextNormalizer.isHan(text.charAt(at))) {
            return true;
        }
        for (String ending : LIST_ENDINGS) {
            if (text.startsWith(ending, at)) {
                return true;
            }
        }
        return false;
    }

    /** The next separator of the same list, if the characters up to it could be an item. */
    private static int nextSeparator(String text, int from) {
        for (int k = from; k < Math.min(text.length(), from + MAX_ITEM + 1); k++) {
            if (isSeparator(text, k)) {
                return k > from ? k : -1;
            }
            if (!TextNormalizer.isHan(text.charAt(k))) {
                return -1;
            }
        }
        return -1;
    }

    /** 、 always; a dash only between two Chinese characters (卢沟桥-宛平城), not in 2023-2025. */
    private static boolean isSeparator(String text, int at) {
        char c = text.charAt(at);
        if (c == '、') {
            return true;
        }
        return SEPARATORS.indexOf(c) >= 0 && at > 0 && at + 1 < text.length()
                && TextNormalizer.isHan(text.charAt(at - 1)) && TextNormalizer.isHan(text.charAt(at + 1));
    }

    private static EntityType typeOfSpan(int[] item, EntityType[] typeAt) {
        EntityType type = typeAt[item[0]];
        for (int k = item[0]; k < item[1]; k++) {
            if (typeAt[k] != type) {
                return null;
            }
        }
        return type;
    }

    private static boolean noneTagged(int[] item, EntityType[] typeAt) {
        for (int k = item[0]; k < item[1]; k++) {
            if (typeAt[k] != null) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOneCommonWord(int[] item, TokenIndex words) {
        Token token = words.startingAt(item[0]);
        return token != null && token.end() == item[1] && token.isOrdinary();
    }

    /** 经开区融入: an item that takes a verb word is a clause running on past the list, not a name. */
    private static boolean holdsAVerb(int[] item, TokenIndex words) {
        for (int k = item[0]; k < item[1]; k++) {
            Token token = words.startingAt(k);
            if (token != null && token.nature().startsWith("v") && token.text().length() >= 2) { // not 开 of 京开
                return true;
            }
        }
        return false;
    }

    private static boolean allHan(String word) {
        return TextNormalizer.allHan(word, 0, word.length());
    }

    /** A known place followed by a station or terminal word is that station (丰台站, 北京丰台站, 丽泽城市航站楼). */
    List<Mention> facilities(String text, List<Mention> mentions) {
        List<Mention> found = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.LOCATION) {
                continue;
            }
            if (text.startsWith("城", m.end()) && (m.end() + 1 == text.length() || isSeparator(text, m.end() + 1)
                    || endsList(text, m.end() + 1))) {
                found.add(new Mention(EntityType.LOCATION, m.text() + "城", m.start(), m.end() + 1, null));
                continue; // 宛平城、: the old walled town of a place, written as its own item
            }
            for (String facility : FACILITIES) {
                int end = m.end() + facility.length();
                if (text.startsWith(facility, m.end()) && !m.text().endsWith(facility) && !(facility.equals("站") && end < text.length() && "长点位台".indexOf(text.charAt(end)) >= 0)) {
                    found.add(new Mention(EntityType.LOCATION, text.substring(m.start(), end), m.start(), end, null));
                    break;
                }
            }
        }
        return found;
    }

    /** 榆林地区, 陕西省榆林地区: ends with a city and 地区, the name of a prefecture (as cities were called before). */
    private boolean endsWithAPrefecture(String name) {
        if (!name.endsWith("地区")) {
            return false;
        }
        for (int length = 2; length <= 4 && length <= name.length() - 2; length++) {
            String city = name.substring(name.length() - 2 - length, name.length() - 2);
            if (gazetteer.isKnownName(city + "市") && !gazetteer.isProvinceShortForm(city)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 长辛店老镇 → 长辛店: the place without a descriptor, unless the gazetteer knows the whole as a name or a city
     * and 地区 name a prefecture (榆林地区, as cities were called before they were cities; 丰台地区 and 天津地区 are
     * areas).
     */
    Mention withoutDescriptor(Mention m) {
        if (m.type() != EntityType.LOCATION || gazetteer.isKnownName(m.text())
                || endsWithAPrefecture(m.text())) {
            return m;
        }
        for (String descriptor : DESCRIPTORS) {
            if (m.text().endsWith(descriptor) && m.length() - descriptor.length() >= 2) {
                int end = m.end() - descriptor.length();
                return new Mention(EntityType.LOCATION, m.text().substring(0, m.length() - descriptor.length()), m.start(), end, null);
            }
        }
        for (String part : CITY_PARTS) {
            String city = m.text().substring(0, Math.max(0, m.length() - part.length()));
            if (m.text().endsWith(part) && city.length() >= 2 && gazetteer.isKnownName(city)) {
                return new Mention(EntityType.LOCATION, city, m.start(), m.start() + city.length(), null);
            }
        }
        return m;
    }

    /**
     * Roads and expressways named in plans (六圈路, 柳村路南延, 京港澳高速, 大兴机场高速, 六一中路): two to four
     * characters starting a word and a road word, followed by what follows road names (等, 、, 二期, 南延, 沿线, 一侧),
     * and roads named by a number (经十路, 二马路). The segmenter rarely knows a local road and often cuts through
     * it (柳/ng 村/n 路南/ns).
     */
    /** What roads are paved with: 青石板路 and 柏油路 are kinds of road, not names. */
    private static final List<String> ROAD_SURFACES = List.of("石板", "柏油", "水泥", "砂石", "石子", "泥土", "木板");

    /** Whether one of {@code words} ends at {@code at}. */
    private static boolean oneEndsAt(String text, int at, List<String> words) {
        for (String word : words) {
            if (at >= word.length() && text.startsWith(word, at - word.length())) {
                return true;
            }
        }
        return false;
    }

    List<Mention> roads(String text, TokenIndex words) {
        List<Mention> found = new ArrayList<>();
        Matcher numbered = NUMBERED_ROAD.matcher(text);
        while (numbered.find()) {
            found.add(new Mention(EntityType.LOCATION, numbered.group(), numbered.start(), numbered.end(), null));
        }
        for (int at = 2; at < text.length(); at++) {
            if (ROAD_WORD_FIRST_CHARACTERS.indexOf(text.charAt(at)) < 0) {
                continue;
            }
            for (String roadWord : ROAD_WORDS) {
                int end = at + roadWord.length();
                if (!text.startsWith(roadWord, at)
                        || !AFTER_ROAD.matcher(text.substring(end, Math.min(text.length(), end + 3))).find()) {
                    continue;
                }
                if (oneEndsAt(text, at, ROAD_SURFACES)) {
                    at = end - 1;
                    break; // 青石板路, 柏油路: what the road is paved with, no name
                }
                Token verb = words.endingAt(at);
                Token verbWithIt = words.endingAt(end);
                if (roadWord.equals("路") && verbWithIt != null && verbWithIt.start() == at - 1
                        && WAYS_NO_ROAD.contains(verbWithIt.text())) {
                    at = end - 1;
                    break; // 汽车电路/n 的: a circuit, no road (but 观水路, 莫干山路, 市府大路 are roads)
                }
                if (roadWord.equals("路") && (verb != null && verb.text().length() == 1 && verb.nature().equals("v")
                        || verbWithIt != null && verbWithIt.start() < at && verbWithIt.nature().equals("v"))) {
                    at = end - 1;
                    break; // 为游客指/v 路/n, 问路, 带路: a verb of the way, no name
                }
                // The longest name that starts a word of its own and is no ordinary word (确保|六圈路, 打通|柳村路).
                for (int start = Math.max(0, at - 4); start <= at - 2; start++) {
                    Token first = words.startingAt(start);
                    String name = text.substring(start, at);
                    if (first == null || !allHan(name) || containsAny(name, NOT_IN_ROAD_NAME) && !isProvinceShortName(name)
                            || first.nature().equals("mq") && first.text().endsWith("里")) { // 走四十里/mq 山路: a distance walked
                        continue;
                    }
                    // 胜利/vn 中路: a word that names streets in city after city
                    boolean ordinaryWord = first.isOrdinary() && (!first.nature().equals("n") || first.end() >= end)
                            && !CONVENTIONAL_NAMES.contains(name);
                    // 水亭/ns 街上的, 河南/ns 街上的: a street's name is a name; 美食街, 商业街 are kinds of street
                    if (roadWord.equals("街") && !CONVENTIONAL_NAMES.contains(name)
                            && !(first.end() == at && PROPER_NATURES.contains(first.nature()))) {
                        continue;
                    }
                    if (!ordinaryWord) {
                        found.add(new Mention(EntityType.LOCATION, text.substring(start, end), start, end, null));
                        break;
                    }
                }
                at = end - 1;
                break;
            }
        }
        return found;
    }

    /**
     * Words for kinds of places that end a place's name: the landmarks, streets and waters of a city (阅江楼景区,
     * 观前街, 东水门大桥, 桃子湖, 拙政园 …). Longest first, so that 步行街 wins over 街.
     */
    private static final List<String> FEATURES = List.of(
            "国家级自然保护区", "自然保护区", "综合保税区", "历史文化街区", "国家湿地公园", "遗址公园", "湿地公园", "森林公园", "传统风貌区", "城墙遗址", "风景名胜区", "国际机场", "风景区",
            "步行街", "商业街", "滑雪场", "浴场", "渔港", "栈道", "盆地", "遗址", "水库", "故城",
            "风貌区", "风情区", "河谷", "景区", "古城", "古镇", "老街", "大桥", "草原", "湿地", "绿道", "会馆", "商圈", "汉墓",
            "广场", "公园", "机场", "口岸", "码头", "港区",
            "大道", "大街", "社区", "故居", "旧址", "纪念堂", "大坝", "雪山", "路", "街", "巷", "阁", "洲", "湖", "河", "渠", "寺",
            "宫", "殿", "池", "坊", "山", "洞", "站", "桥", "楼", "观", "祠", "庙", "岛", "古寨", "塔", "溪", "石窟", "瀑布", "峰", "泉",
            "浜", "沟", "海峡", "港", "湾", "峡", "屿");
    /** Ends of places that end no given name: a name the model reads that ends so is a place (光孝寺/nr, 樟木岛/nr). */
    private static final String NO_GIVEN_NAME_ENDS = "寺观祠庙岛楼屿阁殿塔池";
    /** FEATURES by their last character, each list in the order of FEATURES (longest first). */
    private static final Map<Character, List<String>> FEATURES_BY_LAST_CHARACTER = new HashMap<>();
    static {
        FEATURES.forEach(f -> FEATURES_BY_LAST_CHARACTER.computeIfAbsent(f.charAt(f.length() - 1), c -> new ArrayList<>()).add(f));
    }
    /** Features whose names need a proper word, being common after ordinary nouns (石板路, 休闲公园). */
    private static final Set<String> WEAK_FEATURES = Set.of(
            "社区", "桥", "楼", "站", "山", "池", "坊", "广场", "水库", "滑雪场", "浴场", "渔港", "栈道", "盆地", "遗址",
            "公园", "路", "街", "巷", "阁", "洲", "机场", "口岸", "码头", "港区", "溪", "沟", "峰", "泉", "港", "湾", "峡");
    /**
     * Ordinary words that name streets, parks and squares in city after city (人民公园, 解放路, 民权路, 胜利广场): before
     * a kind of place they are its name, as a proper word is.
     */
    private static final Set<String> CONVENTIONAL_NAMES = Set.of("人民", "解放", "胜利", "建设", "和平", "友谊", "青年", "劳动",
            "民主", "民族", "民权", "民生", "光明", "团结", "新华", "东风", "红旗", "朝阳", "复兴", "工人", "五一", "八一", "五四");
    /** Natures the words of such a name may have: nouns and names, distinguishing words, place words. */
    private static final Set<String> NAME_NATURES = Set.of("n", "nz", "nr", "nrf", "ns", "nsf", "nw", "nt", "j", "b", "ng", "s");
    /** One-character words that open names: 小鱼山, 大马路, 二马路, 东天山. */
    private static final String NAME_OPENING_CHARACTERS = "小大老新东西南北中一二三四五六七八九十";
    /** Natures of a word the segmenter made of a name and its feature together (观前街/nw); 道路/n, 思路/n are words. */
    private static final Set<String> PROPER_NATURES = Set.of("nz", "ns", "nsf", "nw", "nt", "j");
    private static final int LONGEST_FEATURE_NAME = 5;
    private static final String NOT_BEFORE_A_PLACE_WORD = "第次来去到在是了的和与";
    /** Verbs of slogans about a river or a line, which the segmenter can take for new words (守牢渭河安澜). */
    private static final Set<String> GUARDING_VERBS = Set.of("守牢", "守好", "守住", "守护", "护好", "筑牢");

    /**
     * A place named by a proper or ordinary word and the kind of place it is: the name runs back from the feature
     * word over whole words that are nouns or names (not verbs, particles or prepositions), two to five characters.
     */
    List<Mention> featurePlaces(String text, TokenIndex words) {
        List<Mention> found = new ArrayList<>();
        for (Token last : words.all()) {
            // asked of every word: only the features that end in its last character are compared
            List<String> features = FEATURES_BY_LAST_CHARACTER.get(text.charAt(last.end() - 1));
            if (features == null) {
                continue;
            }
            if (last.text().length() >= 5 && PersonRules.isWhatOneIsAndAName(last.text())) {
                continue; // 挑山工郗德山/nw: a porter of the mountain and his name
            }
            Mention split = landmarkSplitBeforeItsName(text, words, last);
            if (split != null) {
                found.add(split);
                continue;
            }
            for (String feature : features) {
                int featureStart = last.end() - feature.length();
                // the feature may span words (历史/文化/街区) but then starts one
                boolean spansWords = featureStart < last.start() && featureStart >= 0 && words.startsWord(featureStart);
                if (!(last.text().endsWith(feature) || spansWords && text.startsWith(feature, featureStart))
                        || last.text().length() > feature.length() + LONGEST_FEATURE_NAME) {
                    continue;
                }
                if (last.text().equals(feature) && last.nature().startsWith("v") && last.end() < text.length()
                        && "在着起立上到了".indexOf(text.charAt(last.end())) >= 0) {
                    break; // 毛泽东/nr 站/v 在: to stand, no station (颐和园西门/站 is one)
                }
                // 文峰塔/nr, 奎星阁/nr; but 奥尔塔 and 肯雅塔 spell foreign names
                boolean placeReadAsAName = last.nature().startsWith("nr") && NO_GIVEN_NAME_ENDS.contains(feature)
                        && !(feature.equals("塔") && Transliteration.spells(last.text()));
                if (placeReadAsAName && last.text().length() == 2 && VISITING_VERBS.indexOf(last.text().charAt(0)) >= 0) {
                    break; // 白塔公园/ns 登塔/nrf: to climb the pagoda, no name of one
                }
                if (featureStart > last.start() && !PROPER_NATURES.contains(last.nature()) && !placeReadAsAName) {
                    break; // 道路, 门诊楼, 石板路: an ordinary word that ends like a place; 曹言湖/nr: a person
                }
                if (feature.equals("坊") && featureStart > 0 && "工街作磨染油酒茶书牌".indexOf(text.charAt(featureStart - 1)) >= 0) {
                    break; // 非遗工坊, 老街坊, 作坊: a workshop or the neighbours, no lane (正义坊, 信义坊)
                }
                if (feature.equals("港") && (last.text().endsWith("自贸港") || gazetteer.isKnownName(last.text()))) {
                    break; // 新华社|香港: a known place that ends so; 自贸港 is a kind of zone
                }
                Mention place = nameBefore(text, words, featureStart, last.end(), feature);
                if (placeReadAsAName && place != null && place.start() == last.start() && opensWithAVisitingVerb(place.text())) {
                    place = withoutTheVisitingVerb(place);
                }
                if (place != null && !fillsQuotes(text, place) && !endsAQuotedName(text, place)
                        && !overreachesTheModelsPlace(text, words, place, last, featureStart)) {
                    found.add(stationForItsSquare(place));
                }
                break;
            }
        }
        return found;
    }

    /** The buildings of temples and old towns, which end no given name. */
    private static final String LANDMARK_ENDS = "寺庙祠阁殿塔";
    /** One-character words that do not open a landmark's name: particles, prepositions, counts, pronouns. */
    private static final String NOT_A_NAMES_FIRST_CHARACTER = "的了着过在和与及或是把被从到向对往也都就又还再才很不没这那每各一个几座去来进登游逛回入离出";

    /**
     * 荐/vg 福寺/nr, 旋/d 螺殿/nw: the segmenter cut a landmark's three-character name after its first character, read
     * the rest as a name, and the first character as a verb or an adverb. A name ends in no 寺 or 殿, so the three
     * characters are the landmark.
     */
    private static Mention landmarkSplitBeforeItsName(String text, TokenIndex words, Token last) {
        boolean readAsAName = last.nature().startsWith("nr") || last.nature().equals("nw");
        if (last.text().length() != 2 || !readAsAName || LANDMARK_ENDS.indexOf(text.charAt(last.end() - 1)) < 0) {
            return null;
        }
        Token first = words.endingAt(last.start());
        if (first == null || first.text().length() != 1 || !TextNormalizer.isHan(text.charAt(first.start()))
                || NOT_A_NAMES_FIRST_CHARACTER.indexOf(text.charAt(first.start())) >= 0) {
            return null;
        }
        return new Mention(EntityType.LOCATION, text.substring(first.start(), last.end()), first.start(), last.end(), null);
    }

    /**
     * Words before the model's own place that are no part of it: a count and a verb (第三/nw 次来/nrf 涠洲/ns) or a body
     * (新华社/nt 酒泉/ns) before a place word holding its feature, or a country before its city (韩国/ns 釜山/ns).
     */
    private boolean overreachesTheModelsPlace(String text, TokenIndex words, Mention place, Token last, int featureStart) {
        if (place.start() == last.start()) {
            return opensWithACountry(last.text()); // 英国剑桥/ns: the gazetteer reads the country and its town apart
        }
        if (place.start() > last.start()) {
            return false;
        }
        String before = text.substring(place.start(), last.start());
        Token first = words.startingAt(place.start());
        boolean notOfThePlace = containsAny(before, NOT_BEFORE_A_PLACE_WORD) || first != null && first.nature().startsWith("nt");
        return featureStart > last.start() && last.nature().startsWith("ns") && notOfThePlace || gazetteer.isCountry(before);
    }

    private boolean opensWithACountry(String word) {
        for (int k = 2; k <= 4 && word.length() - k >= 2; k++) {
            if (gazetteer.isCountry(word.substring(0, k))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern STATION_SQUARE = Pattern.compile(".+站(?=[东南西北]广场$)");

    /** 石家庄站南广场 → 石家庄站: the square of a station is where the station is named. */
    private static Mention stationForItsSquare(Mention m) {
        Matcher station = STATION_SQUARE.matcher(m.text());
        return station.lookingAt() ? new Mention(m.type(), station.group(), m.start(), m.start() + station.end(), null) : m;
    }

    /** “丰雄人才零界湾”: a place word that ends a short quotation ends a project's or a brand's name. */
    private static boolean endsAQuotedName(String text, Mention m) {
        if (m.end() >= text.length() || text.charAt(m.end()) != '”') {
            return false;
        }
        for (int k = m.start() - 1; k >= 0 && k >= m.start() - 8; k--) {
            char c = text.charAt(k);
            if (c == '“') {
                return true;
            }
            if (!TextNormalizer.isHan(c)) {
                return false;
            }
        }
        return false;
    }

    /** “丽泽办岛”, “菁锐营”: a name that fills quotes on its own is a platform's or a campaign's, not a place's. */
    private static boolean fillsQuotes(String text, Mention m) {
        return m.start() > 0 && m.end() < text.length() && text.charAt(m.start() - 1) == '“' && text.charAt(m.end()) == '”';
    }

    private Mention nameBefore(String text, TokenIndex words, int featureStart, int end, String feature) {
        Mention best = null;
        boolean proper = false;
        for (int start = featureStart - 1; start >= Math.max(0, featureStart - LONGEST_FEATURE_NAME); start--) {
            if (!TextNormalizer.isHan(text.charAt(start))) {
                break;
            }
            Token word = words.startingAt(start);
            if (word == null) {
                continue; // inside a word: go on to its start
            }
            if (word.end() > featureStart && word.end() != end) {
                break; // a word running across the feature: 马路, 道路
            }
            String n = word.nature();
            boolean opening = word.text().length() == 1 && NAME_OPENING_CHARACTERS.indexOf(word.text().charAt(0)) >= 0;
            if (!NAME_NATURES.contains(n) && !opening || word.text().startsWith("线") || GUARDING_VERBS.contains(word.text())) {
                break; // verbs, particles, prepositions; 2号线|草场门站; 守牢/nw 渭河/ns 安澜
            }
            if (word.text().length() == 1 && n.equals("ng") && !opening && gazetteer.isKnownName(text.substring(start + 1, end))) {
                break; // 守/v 牢/ng 渭河/ns, 封/q 禅/ng 泰山/ns: a bound character of the verb before a known place
            }
            boolean properWord = !n.equals("n") && !n.equals("b") && !n.equals("s") && !opening || CONVENTIONAL_NAMES.contains(word.text());
            if (opening && "老新小大".indexOf(word.text().charAt(0)) >= 0 && gazetteer.isKnownName(text.substring(start + 1, end))) {
                break; // 老|青岛, 大|上海: a word before a known place says what it is like (东天山 is a name)
            }
            if (proper && !properWord && !opening) {
                break; // 精品|乐学公园, 南山|智慧社区: ordinary words before the proper one describe the place (五|仙观 opens it)
            }
            proper |= properWord;
            int nameLength = featureStart - start;
            String name = text.substring(start, featureStart);
            boolean strongEnough = !WEAK_FEATURES.contains(feature) || proper;
            if (nameLength >= 2 && strongEnough && !GENERIC_NAMES.contains(name) && !name.endsWith(feature)
                    // 石景|山: the feature's first character completes a known place, found as such; not a town's
                    // short form (大佛寺 of 大佛寺街道), which counts only where the page names its district
                    && !gazetteer.isKnownFullName(name + feature.charAt(0))
                    && !endsWithAKnownPlaceOfItsOwn(text, start, end)) {
                best = new Mention(EntityType.LOCATION, text.substring(start, end), start, end, null);
            }
        }
        return best;
    }

    /** A metro line and its stations: 4号线草场门站, 3号线五四广场站、中山公园站. */
    private static final Pattern LINE_STATIONS = Pattern.compile("号线((?:\\p{IsHan}{2,6}?站)(?:、\\p{IsHan}{2,6}?站)*)");

    /** Stations named after a metro line, which the segmenter reads as ordinary words (较/场口/站). */
    List<Mention> metroStations(String text) {
        List<Mention> found = new ArrayList<>();
        Matcher m = LINE_STATIONS.matcher(text);
        while (m.find()) {
            if (text.startsWith("点", m.end())) {
                continue; // 3号线相关站点: stops in general
            }
            int at = m.start(1);
            for (String station : m.group(1).split("、")) {
                int skip = "至在到从经".indexOf(station.charAt(0)) >= 0 ? 1 : 0; // 号线至大蜀山站
                if (!station.startsWith("相关") && !station.startsWith("沿线") && !station.startsWith("各") && station.length() - skip >= 3) {
                    found.add(new Mention(EntityType.LOCATION, station.substring(skip), at + skip, at + station.length(), null));
                }
                at += station.length() + 1;
            }
        }
        return found;
    }

    /** Words for a town right before its name (北部城市加奥, 家乡苏尔特). */
    private static final List<String> TOWN_WORDS = List.of("城市", "家乡", "首都", "港口", "小镇", "港城", "古城", "名城", "小城");
    /** Verbs of going somewhere, right before where. */
    private static final List<String> VERBS_OF_TRAVEL = List.of("抵达", "飞抵", "前往", "离开", "途经", "到达", "驶往", "运抵", "赶赴", "返回", "位于");
    /** Words of where around a town, right after it. */
    private static final List<String> AROUND_A_TOWN = List.of("附近", "郊区", "郊外", "市中心", "市郊", "市区", "街头", "一带");
    /** What is held somewhere: 在X举行. */
    private static final List<String> EVENTS_HELD = List.of("举行", "召开", "进行", "开幕", "闭幕", "举办", "签署");
    /** The end of a list of towns (贝尔格莱德、诺维萨德和尼什等城市). */
    private static final Pattern TOWN_LIST_END = Pattern.compile("等(?:城市|地|市|城镇)");

    /**
     * Places the model reads as people's names. Foreign towns, which international news writes in the sounds of
     * foreign names: such a word is a place after a word for a town (北部城市加奥, 家乡苏尔特) or a verb of travel
     * (飞抵阿比让), before a word of where around it (苏尔特附近), where something is held in it (在戴维营进行), on either
     * side of 至 with a known place on the other (蒙巴萨至内罗毕), and in a list that ends in 等城市 (诺维萨德和尼什等城市).
     * And countries read into a name with a neighbour's character (和|约旦国王, 南非|大主教).
     */
    List<Mention> placesReadAsNames(String text, List<Mention> mentions) {
        List<Mention> result = new ArrayList<>(mentions.size());
        Set<String> towns = new HashSet<>();
        for (Mention m : mentions) {
            Mention country = countryReadIntoAName(text, m);
            if (country != null) {
                result.add(country);
                continue;
            }
            boolean town = m.type() == EntityType.PERSON
                    && (Transliteration.spells(m.text()) && namesATown(text, m) || fromATownOfACountry(text, m));
            if (town) {
                towns.add(m.text());
            }
            result.add(town ? new Mention(EntityType.LOCATION, m.text(), m.start(), m.end(), null) : m);
        }
        // 在平遥和阿尔勒/nr 各办: the town's other mentions on the page are the town too
        result.replaceAll(m -> m.type() == EntityType.PERSON && towns.contains(m.text())
                ? new Mention(EntityType.LOCATION, m.text(), m.start(), m.end(), null) : m);
        return result;
    }

    /** 来自法国阿尔勒的摄影师: where someone comes from, a country and the town in it. */
    private boolean fromATownOfACountry(String text, Mention m) {
        if (m.length() > 4 || m.end() >= text.length() || text.charAt(m.end()) != '的') {
            return false;
        }
        for (int length = 2; length <= 5 && m.start() - length - 2 >= 0; length++) {
            int countryStart = m.start() - length;
            if (gazetteer.isCountry(text.substring(countryStart, m.start())) && text.startsWith("来自", countryStart - 2)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 克林顿总统和约旦国王, 南非大主教图图: a country the model read into a name with the conjunction before it or the
     * first character of the title after it.
     */
    private Mention countryReadIntoAName(String text, Mention m) {
        if (m.type() != EntityType.PERSON || m.length() < 3) {
            return null;
        }
        if ("和与及".indexOf(m.text().charAt(0)) >= 0 && gazetteer.isKnownFullName(m.text().substring(1))) {
            return new Mention(EntityType.LOCATION, m.text().substring(1), m.start() + 1, m.end(), null);
        }
        String place = m.text().substring(0, m.length() - 1);
        boolean titleCut = m.text().endsWith("大") && (text.startsWith("主教", m.end()) || text.startsWith("使", m.end()));
        return titleCut && gazetteer.isKnownFullName(place) ? new Mention(EntityType.LOCATION, place, m.start(), m.end() - 1, null) : null;
    }

    private boolean namesATown(String text, Mention m) {
        if (oneEndsAt(text, m.start(), TOWN_WORDS) || oneEndsAt(text, m.start(), VERBS_OF_TRAVEL)) {
            return true; // 北部城市加奥, 飞抵阿比让, 途经布哈拉
        }
        for (String around : AROUND_A_TOWN) {
            if (text.startsWith(around, m.end())) {
                return true; // 苏尔特附近, 明斯特郊区
            }
        }
        if (m.start() > 0 && text.charAt(m.start() - 1) == '在') {
            for (String event : EVENTS_HELD) {
                if (text.startsWith(event, m.end())) {
                    return true; // 在戴维营进行, 在洛美举行
                }
            }
        }
        if (m.end() < text.length() && text.charAt(m.end()) == '至' && knownPlaceStartsOrEnds(text, m.end() + 1, true)
                || m.start() > 0 && text.charAt(m.start() - 1) == '至' && knownPlaceStartsOrEnds(text, m.start() - 1, false)) {
            return true;
        }
        // the list runs on, item after item, to its end
        int at = m.end();
        Matcher listEnd = TOWN_LIST_END.matcher(text);
        for (int items = 0; items < 8; items++) {
            if (listEnd.region(at, text.length()).lookingAt()) {
                return true;
            }
            if (at >= text.length() || "、和及".indexOf(text.charAt(at)) < 0) {
                return false;
            }
            int item = ++at;
            while (at < text.length() && at - item < 8 && TextNormalizer.isHan(text.charAt(at)) && "、和及等".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            if (at == item) {
                return false;
            }
        }
        return false;
    }

    /** Whether a known place starts at {@code at} (or, with {@code starts} false, ends there). */
    private boolean knownPlaceStartsOrEnds(String text, int at, boolean starts) {
        for (int length = Math.min(8, starts ? text.length() - at : at); length >= 2; length--) {
            if (gazetteer.isKnownName(starts ? text.substring(at, at + length) : text.substring(at - length, at))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> BANKS = Set.of("湖畔", "湖边", "湖岸", "河畔", "河边", "河岸", "江畔", "江边", "江岸");
    private static final Set<String> WATER_NAME_NATURES = Set.of("nr", "ns", "nz", "nw");

    /**
     * 甘棠/nr 湖畔, 甘棠/nr 湖边: a lake or river the segmenter cut before its kind, which it read into the word for its
     * bank; the lake is the name and the kind (甘棠湖).
     */
    List<Mention> watersByTheirBanks(List<Token> tokens) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token name = tokens.get(i);
            Token bank = tokens.get(i + 1);
            int length = name.text().length();
            if (bank.start() == name.end() && BANKS.contains(bank.text()) && WATER_NAME_NATURES.contains(name.nature())
                    && length >= 2 && length <= 3 && TextNormalizer.allHan(name.text(), 0, length)) {
                found.add(new Mention(EntityType.LOCATION, name.text() + bank.text().charAt(0), name.start(), name.end() + 1, null));
            }
        }
        return found;
    }

    /** Words for where around a mountain or along a river: 狼山脚下, 陡河沿线, 西枝江交汇处. */
    private static final Set<String> AROUND_A_FEATURE = Set.of("脚下", "山脚", "山顶", "山上", "山下", "沿线", "沿岸", "两岸", "岸边",
            "流域", "交汇处", "上游", "下游");
    private static final String FEATURE_ENDS = "山江河湖岭峰溪";

    /**
     * Mountains and rivers the gazetteer does not know, named before where around them (狼山/nw 脚下, 陡河/nw 沿线), and
     * rivers named after a known town (义乌江/nr): a word of the model's own making that ends in the feature's kind.
     */
    List<Mention> mountainsAndRivers(List<Token> tokens) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token name = tokens.get(i);
            String word = name.text();
            int length = word.length();
            if (length < 2 || length > 4 || !WATER_NAME_NATURES.contains(name.nature()) || FEATURE_ENDS.indexOf(word.charAt(length - 1)) < 0
                    || !TextNormalizer.allHan(word, 0, length) || gazetteer.isKnownFullName(word)) {
                continue;
            }
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            boolean around = next != null && next.start() == name.end() && AROUND_A_FEATURE.contains(next.text());
            boolean namedAfterATown = length >= 3 && "江河湖".indexOf(word.charAt(length - 1)) >= 0
                    && gazetteer.isKnownName(word.substring(0, length - 1));
            if (around || namedAfterATown) {
                Token before = i > 0 ? tokens.get(i - 1) : null;
                // 西/f 枝江/nr 交汇处: a direction the segmenter cut off starts the name (西枝江)
                int start = before != null && before.end() == name.start() && before.text().length() == 1
                        && "东西南北".indexOf(before.text().charAt(0)) >= 0 && before.nature().equals("f") ? before.start() : name.start();
                found.add(new Mention(EntityType.LOCATION, before != null && start == before.start() ? before.text() + word : word,
                        start, name.end(), null));
            }
        }
        return found;
    }

    /** 三公街/ns 和西/nt 巷: two places the model's words joined over the 和 between them. */
    private static final Pattern TWO_PLACES = Pattern.compile("(\\p{IsHan}{1,6}?[街路巷道])和(\\p{IsHan}{1,6}[街路巷道])");
    /** 黄岗街道羚山社区/ns: a community the model wrote into one word with the street it lies in. */
    private static final Pattern COMMUNITY_OF_A_STREET = Pattern.compile("(\\p{IsHan}{2,6}?(?:街道|镇|乡))(\\p{IsHan}{2,5}(?:社区|村))");

    /** Places written as one that are two: streets joined by 和, a street or town and a community in it. */
    List<Mention> splitIntoTheirPlaces(List<Mention> mentions) {
        List<Mention> result = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Matcher two = m.type() == EntityType.LOCATION ? TWO_PLACES.matcher(m.text()) : null;
            Matcher community = m.type() == EntityType.LOCATION ? COMMUNITY_OF_A_STREET.matcher(m.text()) : null;
            Matcher parts = two != null && two.matches() ? two
                    : community != null && community.matches()
                    && (community.group(1).endsWith("街道") || gazetteer.isKnownName(community.group(1))) ? community : null;
            if (parts == null) {
                result.add(m);
                continue;
            }
            result.add(new Mention(EntityType.LOCATION, parts.group(1), m.start() + parts.start(1), m.start() + parts.end(1), null));
            result.add(new Mention(EntityType.LOCATION, parts.group(2), m.start() + parts.start(2), m.start() + parts.end(2), null));
        }
        return result;
    }

    /** Verbs of going to a sight, or of seeing it there. */
    private static final Set<String> VERBS_OF_VISITING = Set.of("去", "到", "游", "登", "爬", "逛", "登上", "来到", "前往", "参观",
            "游览", "走进", "打卡", "拜谒", "攀登");
    /**
     * Ends of the names of sights: mountains, wells, pagodas, gardens, rocks, passes, tombs, pavilions, temples, villages,
     * the gates of old city walls (盘门) and old halls (三宣堂).
     */
    private static final String SIGHT_ENDS = "山井塔苑矶关陵亭庙寺宫洞峡岭峰岩村门堂";
    /** What visitors do at a sight, written right after its name (去尖山登高, 去张公山登高望远). */
    private static final List<String> DONE_AT_A_SIGHT = List.of("登高", "看", "游玩", "游览", "拍照", "赏", "踏青", "爬山", "参观",
            "拜", "祈福", "散步", "走走", "转转", "玩", "打卡");
    /** Natures of the words of a sight's name the model did not make one word of: names, nouns, numbers (千/m 山/n, 碗/q 窑/ng 村/n). */
    private static final Set<String> SIGHT_PART_NATURES = Set.of("n", "nz", "nr", "nrf", "ns", "nsf", "nw", "nt", "j", "ng", "m", "q");
    /** Natures of a sight's name the model made one word of that vouch for a name (尖山/nw, 涂山/nr); 火山/n is a word. */
    private static final Set<String> SIGHT_WORD_NATURES = Set.of("nz", "nr", "nrf", "ns", "nsf", "nw", "nt", "j");

    /**
     * Sights no list holds, named where visitors go to them (又去了千/m 山/n，, 去尖山/nw 登高, 去了怀远的涂山/nr，,
     * 去大安区的燊海/nw 井/n,) or in a town (在博尚镇的碗窑村，): after a verb of going, and a known place
     * with 的 (after 在, only so), two to four characters that end in a sight's kind and stand before a pause or what
     * visitors do there.
     */
    List<Mention> sightsVisited(String text, TokenIndex words) {
        List<Mention> found = new ArrayList<>();
        for (Token verb : words.all()) {
            // 在博尚镇的碗/q 窑/ng 村/n: where something is, named after the town it lies in
            boolean inATown = verb.text().equals("在") && verb.nature().startsWith("p");
            if (!(VERBS_OF_VISITING.contains(verb.text()) && verb.nature().startsWith("v") || inATown)) {
                continue;
            }
            Token next = words.startingAt(verb.end());
            if (next != null && next.text().equals("了")) {
                next = words.startingAt(next.end());
            }
            Token of = next == null ? null : words.startingAt(next.end());
            Token town = null;
            if (next != null && of != null && of.text().equals("的")
                    && (next.nature().startsWith("ns") || gazetteer.isKnownName(next.text()))) {
                town = next; // 去了怀远的涂山: the county, then the mountain in it
                next = words.startingAt(of.end());
            }
            Mention sight = next == null || inATown && town == null ? null : sightAt(text, words, next.start(), town != null);
            if (sight != null) {
                found.add(sight);
                if (town != null) {
                    found.add(new Mention(EntityType.LOCATION, town.text(), town.start(), town.end(), null));
                }
            }
        }
        return found;
    }

    /** What opens no sight's name after a verb of going: what opens no landmark's, and the count of trips (去了趟泰山). */
    private static final String NOT_A_SIGHTS_FIRST_CHARACTER = NOT_A_NAMES_FIRST_CHARACTER + "趟次回";
    /** Kinds of sights that end given names too (谭正岩, 王峰): a name the model reads so needs more to be a sight. */
    private static final String SIGHT_ENDS_OF_NAMES = "山峰岩岭";

    private Mention sightAt(String text, TokenIndex words, int start, boolean inATown) {
        for (int end = Math.min(start + 4, text.length()); end >= start + 2; end--) {
            if (SIGHT_ENDS.indexOf(text.charAt(end - 1)) < 0 || !TextNormalizer.allHan(text, start, end)
                    || NOT_A_SIGHTS_FIRST_CHARACTER.indexOf(text.charAt(start)) >= 0) {
                continue;
            }
            int at = end;
            boolean doneThere = DONE_AT_A_SIGHT.stream().anyMatch(d -> text.startsWith(d, at));
            boolean closes = doneThere || end == text.length() || "，。、,；;！？”）)".indexOf(text.charAt(end)) >= 0;
            Token first = words.startingAt(start);
            // 从谭志道…到谭正岩/nr，: a person read as one name is a sight only in its town or where visitors do something
            boolean aName = first != null && first.end() == end && first.nature().startsWith("nr")
                    && SIGHT_ENDS_OF_NAMES.indexOf(text.charAt(end - 1)) >= 0;
            // 来到古城东门: the east gate of something a word names, no gate's name
            boolean gateOfAThing = text.charAt(end - 1) == '门' && end - start >= 3 && "东南西北".indexOf(text.charAt(end - 2)) >= 0
                    && AnsjEntityFinder.isWord(text.substring(start, end - 2));
            if (closes && !gateOfAThing && namedBySightParts(words, start, end) && (!aName || inATown || doneThere)) {
                return new Mention(EntityType.LOCATION, text.substring(start, end), start, end, null);
            }
        }
        return null;
    }

    /** The words over a sight's characters: one name the model made, or nouns, names and numbers (no verb or adjective). */
    private static boolean namedBySightParts(TokenIndex words, int start, int end) {
        Token first = words.startingAt(start);
        if (first == null) {
            return false;
        }
        if (first.end() >= end) {
            return SIGHT_WORD_NATURES.contains(first.nature()); // 尖山/nw, 张公山登高望远/nw; not 火山/n, 爬山/v
        }
        for (Token t = first; t != null && t.start() < end; t = words.startingAt(t.end())) {
            if (!SIGHT_PART_NATURES.contains(t.nature()) && t.start() < end - 1
                    || t.end() == end && t.text().length() >= 2 && t.nature().equals("n")) {
                return false; // 攀登科学/n 高峰/n: a summit of science, the word the model knows
            }
        }
        return true;
    }

    /** What stands after the gate of an old city wall: its tower, a stretch of wall that it bounds, or another gate. */
    private static final Pattern CITY_GATE = Pattern.compile("(\\p{IsHan}{2})门(?=城楼|段|至|之间|一带|城墙|瓮城|遗址)");
    /** Words for doors and gates of all kinds, and 门 ending ordinary words: 部门, 校门, 大门, 热门, 专门 … */
    private static final Set<String> NOT_CITY_GATES = Set.of("部门", "校门", "国门", "家门", "厂门", "院门", "大门", "后门", "正门",
            "侧门", "房门", "车门", "舱门", "柜门", "闸门", "球门", "热门", "冷门", "专门", "窍门", "油门", "衙门", "佛门", "豪门",
            "名门", "入门", "出门", "开门", "关门", "上门", "登门", "串门", "把门", "守门", "铁门", "木门", "城门", "山门", "楼门");

    /**
     * The gates of old city walls (涌金门至建春门段, 南薰门城楼, 怀远门至大东门之间), which the segmenter cuts anywhere
     * (涌/v 金门/ns, 建/v 春门/nr, 怀远/nr 门/n): two characters and 门 where the gate's tower, a stretch of wall or
     * another gate follows.
     */
    List<Mention> cityGates(String text) {
        List<Mention> found = new ArrayList<>();
        Matcher gate = CITY_GATE.matcher(text);
        for (int at = text.indexOf('门'); at >= 0; at = text.indexOf('门', at + 1)) {
            if (at < 2) {
                continue;
            }
            gate.region(at - 2, text.length());
            String name = text.substring(at - 2, at + 1);
            // 与澳门之间, 到西门: a word of one character before a place or a bare 西门, no gate of three
            if (gate.lookingAt() && !NOT_CITY_GATES.contains(name.substring(1)) && name.charAt(1) != '部'
                    && "与和及到在从至对向往去".indexOf(name.charAt(0)) < 0) {
                found.add(new Mention(EntityType.LOCATION, name, at - 2, at + 1, null));
            }
        }
        return found;
    }

    /** 北京石景山: the gazetteer's two places (a known name of three or more characters ends it), not one. */
    private boolean endsWithAKnownPlaceOfItsOwn(String text, int start, int end) {
        for (int k = start + 1; k <= end - 3; k++) {
            if (gazetteer.isKnownName(text.substring(k, end))) {
                return true;
            }
        }
        return false;
    }

    /** Words that make kinds of places, not names, with a feature word: 城市广场, 主题公园, 口袋公园. */
    private static final Set<String> GENERIC_NAMES = Set.of(
            "城市", "主题", "口袋", "社区", "街道", "文化", "休闲", "湿地", "生态", "体育", "森林", "郊野", "滨水", "滨江", "滨河",
            "城区", "老城", "新城", "旅游", "特色", "智慧", "美丽", "和谐", "文明", "平安", "健康", "幸福", "中心", "核心", "重点",
            "周边", "沿线", "附近", "高速", "地铁", "公交", "火车", "高铁", "公路", "铁路", "马路", "道路", "小区", "校园", "家门", "门口",
            "门诊", "住院", "教学", "办公", "宿舍", "写字", "综合", "实验", "科研", "商务");

    private static boolean isProvinceShortName(String name) {
        for (int k = 0; k < name.length(); k++) {
            if (ShortNameRules.PROVINCE_CHARACTERS.indexOf(name.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAny(String word, String characters) {
        for (int k = 0; k < word.length(); k++) {
            if (characters.indexOf(word.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Verbs the segmenter glues to the place after them (聚焦粤海街道/ns, 推动化龙桥). */
    private static final List<String> VERBS_BEFORE_PLACES = List.of(
            "聚焦", "推动", "打造", "建设", "推进", "依托", "围绕", "走进", "来到", "前往", "位于", "深入", "扎根", "助力", "对接",
            "联合", "服务", "覆盖", "辐射", "连接", "串联", "途经", "调研", "直达", "毗邻", "紧邻", "地处", "东依", "西靠", "南临", "北依", "运抵", "驶向", "驶往");

    static Mention withoutLeadingVerb(Mention m) {
        if (m.type() != EntityType.LOCATION) {
            return m;
        }
        for (String verb : VERBS_BEFORE_PLACES) {
            // 建设北路, 建设大道: a road named by the word, not the verb before a road
            if (m.text().startsWith(verb) && m.length() >= verb.length() + 2 && !ROAD_WORDS.contains(m.text().substring(verb.length()))) {
                return new Mention(m.type(), m.text().substring(verb.length()), m.start() + verb.length(), m.end(), null);
            }
        }
        // 沿北站路, 沿江滨公园: "along", unless it starts a word of its own (沿江大道, 沿河路, 沿海)
        if (m.text().startsWith("沿") && (m.length() >= 5 || m.length() == 4 && "江河海湖线街途岸".indexOf(m.text().charAt(1)) < 0)) {
            return new Mention(m.type(), m.text().substring(1), m.start() + 1, m.end(), null);
        }
        // 文林街街巷: a street and the word for the streets around it
        if (m.text().endsWith("街巷") && m.length() >= 5 && "街路巷".indexOf(m.text().charAt(m.length() - 3)) >= 0) {
            return new Mention(m.type(), m.text().substring(0, m.length() - 2), m.start(), m.end() - 2, null);
        }
        return m;
    }

    /**
     * 唐家古镇和|会同村: the conjunction of a list glued to the next place (会同/v 村), where no known place starts with
     * it (和平里, 和田 do).
     */
    Mention withoutLeadingConjunction(Mention m) {
        if (m.type() != EntityType.LOCATION || m.length() < 4 || "和与及".indexOf(m.text().charAt(0)) < 0
                || gazetteer.startsWithKnownName(m.text()) || gazetteer.isKnownName(m.text())) {
            return m;
        }
        return new Mention(m.type(), m.text().substring(1), m.start() + 1, m.end(), null);
    }

    /** 南京市场, 中原市场: the market of a city or region (its economy), not a market place such as 新发地市场. */
    boolean isAPlacesMarket(String word) {
        return word.endsWith("市场") && word.length() > 3 && gazetteer.isKnownName(word.substring(0, word.length() - 2));
    }

    /**
     * Places the model reads as people. A transliterated "name" where one goes or where things happen (在拉姆安拉会见,
     * 抵达哥德堡, 进入撒马尔罕); a person can follow 在 too, as whose view or lead it is (在克林顿看来, 在X的带领下),
     * and keeps the name then. And a "name" that ends as a mountain, a water or a village does, where the
     * sentence speaks of a place (地处皋兰山北麓, 西靠高黎贡山): 王青山 and 李清泉 are people elsewhere.
     */
    static Mention placeReadAsAName(Mention m, String nature, String text) {
        if (m == null || m.type() != EntityType.PERSON || m.length() < 3) {
            return m;
        }
        if (opensWithAVisitingVerb(m.text())) {
            return withoutTheVisitingVerb(m);
        }
        boolean whereTo = PLACE_PREPOSITIONS.stream().anyMatch(p -> m.start() >= p.length() && text.startsWith(p, m.start() - p.length()));
        boolean aPersonsView = PERSONS_AFTER_PREPOSITION.stream().anyMatch(w -> text.startsWith(w, m.end()));
        boolean foreign = nature.equals("nrf") || Surnames.at(text, m.start()) == 0;
        // 东部重镇基桑加尼, 诺维萨德市民: a transliteration that a word of towns opens or closes
        boolean inTown = FOREIGN_TOWN_BEFORE.stream().anyMatch(w -> m.start() >= w.length() && text.startsWith(w, m.start() - w.length()))
                || FOREIGN_TOWN_AFTER.stream().anyMatch(w -> text.startsWith(w, m.end()));
        char last = m.text().charAt(m.length() - 1);
        boolean endsAsAPlace = PLACE_ENDS.indexOf(last) >= 0
                && (whereTo || PLACE_WORDS_AFTER.stream().anyMatch(w -> text.startsWith(w, m.end()))
                    || PLACE_WORDS_BEFORE.stream().anyMatch(w -> m.start() >= w.length() && text.startsWith(w, m.start() - w.length()))
                    || m.length() == 4 && Surnames.at(text, m.start()) == 1)
                // 色季拉山/nrf, 亚得里亚海/nrf: a transliteration ending as a mountain or a water does spells a place's name
                || nature.equals("nrf") && "山河湖江海峰岭错".indexOf(last) >= 0
                // 锡伯河/nr 和 阴河/nr 在城西汇成: waters that meet or flow in the clause
                || "河江溪".indexOf(last) >= 0 && riverVerbFollows(text, m.end());
        return foreign && (whereTo || inTown) && !aPersonsView || endsAsAPlace && !aPersonsView
                ? new Mention(EntityType.LOCATION, m.text(), m.start(), m.end(), null) : m;
    }

    private static final String VISITING_VERBS = "游逛登访到去";

    /** 游岱庙/nr: a verb of visiting and the temple visited, read as one name. */
    private static boolean opensWithAVisitingVerb(String word) {
        return word.length() == 3 && VISITING_VERBS.indexOf(word.charAt(0)) >= 0 && NO_GIVEN_NAME_ENDS.indexOf(word.charAt(2)) >= 0;
    }

    private static Mention withoutTheVisitingVerb(Mention m) {
        return new Mention(EntityType.LOCATION, m.text().substring(1), m.start() + 1, m.end(), null);
    }


    private static final List<String> RIVER_VERBS = List.of("交汇", "汇成", "汇入", "汇合", "流经", "流入", "注入", "发源", "穿城而过");
    private static final int CLAUSE_AFTER_A_RIVER = 12;

    private static boolean riverVerbFollows(String text, int at) {
        for (int k = at; k < Math.min(text.length(), at + CLAUSE_AFTER_A_RIVER); k++) {
            if ("，。；！？,;\n".indexOf(text.charAt(k)) >= 0) {
                return false;
            }
            int from = k;
            if (RIVER_VERBS.stream().anyMatch(v -> text.startsWith(v, from))) {
                return true;
            }
        }
        return false;
    }

    private static final String PLACE_ENDS = "山河湖泉坪峰岭湾港门桥峡庄村寺洞岛街巷路江溪营阁殿"; // 在戴维营
    private static final List<String> PLACE_WORDS_AFTER = List.of(
            "北麓", "南麓", "脚下", "山下", "山上", "沿岸", "岸边", "两岸", "景区", "一带", "周边", "之间", "北岸", "南岸", "流域", "风景区",
            "沿线", "山顶", "山脚", "山腰", "主峰", "境内", "山口");
    /** The kinds of places a list of short names ends with: 在金积、上桥等乡镇. */
    private static final Pattern LISTED_KIND = Pattern.compile("等(乡镇|镇|乡|街道|村|社区|县区|县|区)");

    /**
     * 在金积、上桥等乡镇推广: the items of a list that ends by saying what kind of places they are are places, named
     * by their short names; the first item is the word that ends at the first pause.
     */
    static List<Mention> itemsOfAListOfPlaces(String text, TokenIndex words) {
        List<Mention> found = new ArrayList<>();
        Matcher kind = LISTED_KIND.matcher(text);
        while (kind.find()) {
            if (!words.startsWord(kind.start(1)) || !words.endsWord(kind.end(1))) {
                continue; // 水泥厂、服装厂等|村办|企业: no kind of place
            }
            List<Mention> items = new ArrayList<>();
            for (int end = kind.start(); ; ) {
                int start = end;
                while (start > 0 && TextNormalizer.isHan(text.charAt(start - 1)) && end - start < 5) {
                    start--;
                }
                boolean listGoesOn = start > 0 && text.charAt(start - 1) == '、';
                if (!listGoesOn) { // the first item: the word that ends at the first pause
                    Token first = words.endingAt(end);
                    start = first == null ? end : first.start();
                }
                if (end - start < 2 || end - start > 4 || !words.startsWord(start)) {
                    items.clear(); // an item that is no short name: no list of places
                    break;
                }
                items.add(new Mention(EntityType.LOCATION, text.substring(start, end), start, end, null));
                if (!listGoesOn) {
                    break;
                }
                end = start - 1;
            }
            if (items.size() >= 2) {
                found.addAll(items);
            }
        }
        return found;
    }

    private static final List<String> FOREIGN_TOWN_BEFORE = List.of("重镇", "首都", "首府", "港口城市", "港城", "小城", "古城", "名城", "城市");
    private static final List<String> FOREIGN_TOWN_AFTER = List.of("市民", "市长", "市中心", "市郊", "街头", "郊外", "港口");

    /** Words before a place seen or crossed: 对岸的牛首山, 翻过色季拉山. */
    private static final List<String> PLACE_WORDS_BEFORE = List.of("对岸的", "远处的", "眺望", "远眺", "翻过", "翻越", "攀登", "登顶");
    private static final List<String> PLACE_PREPOSITIONS = List.of(
            "在", "抵达", "前往", "到达", "飞抵", "离开", "途经", "访问", "赴", "进入", "地处", "位于", "靠", "依", "登上");
    private static final List<String> PERSONS_AFTER_PREPOSITION = List.of("的", "看来", "眼中", "心中", "身上", "带领", "领导", "主持", "指导", "支持");

    /**
     * What news writes after a country's name of its people, government or side, which the dictionary holds as one
     * word with the country (中国政府/n, 中国人民/n): the country is a place there (中国|政府).
     */
    private static final Set<String> OF_A_COUNTRY = Set.of(
            "政府", "人民", "方面", "经济", "代表团", "军队", "政府军", "人", "企业", "市场", "当局", "公民", "民众", "官员",
            "军方", "警方", "媒体", "社会", "历史", "文化", "领导人", "外交", "国民", "军人", "士兵", "游客", "留学生", "选手");

    /**
     * 美国国务卿/nw, 德国总理/nw: a country the model wrote into one word with the title of its office holder; 中国政府/n,
     * 中国人民/n: or with a word for its government or people.
     */
    List<Mention> countryBeforeTitle(Token token) {
        boolean newWord = token.nature().equals("nw") || token.nature().equals("nz");
        if (!(newWord || token.nature().equals("n")) || token.text().length() < 3) {
            return List.of();
        }
        for (int cut = 2; cut <= token.text().length() - 1; cut++) {
            String country = token.text().substring(0, cut);
            String title = token.text().substring(cut);
            if (gazetteer.isCountry(country) && (newWord && title.length() >= 2 && TitleLexicon.isTitle(title) || OF_A_COUNTRY.contains(title))) {
                return List.of(new Mention(EntityType.LOCATION, country, token.start(), token.start() + cut, null));
            }
        }
        return List.of();
    }

    /** Parks a county hosts and is named in: 托克逊县湖南工业园, 康乐县鲁甘协作产业园. */
    private static final List<String> HOSTED_PARKS = List.of("产业园", "工业园", "协作园", "产业园区", "工业园区");
    private static final Pattern VILLAGE = Pattern.compile("\\p{IsHan}{2,6}(?:乡|镇|村|县|州|市|旗)");
    private static final Pattern TOWN = Pattern.compile("\\p{IsHan}{2,6}(?:乡|镇)");
    /**
     * 解放南路街道开通巷社区, 和睦街道和睦社区, 华侨路街道随家仓社区: what stands between a subdistrict, town or
     * township and 社区 or 村 is the name of a community in it, whatever words the segmenter makes of it (开通/v 巷/ng);
     * so is each further item of a list of communities (精英路社区、谊北社区).
     */
    static List<Mention> communitiesInStreets(String text, List<Mention> known) {
        List<Mention> found = new ArrayList<>();
        for (Mention m : known) {
            boolean street = m.type() == EntityType.LOCATION && (m.text().endsWith("街道") || m.text().endsWith("镇") || m.text().endsWith("乡"));
            boolean community = m.type() == EntityType.LOCATION && m.text().endsWith("社区");
            int at = m.end();
            if (street) {
                Mention next = communityAt(text, at);
                if (next == null) {
                    continue;
                }
                found.add(next);
                at = next.end();
            } else if (!community) {
                continue;
            }
            while (at < text.length() && text.charAt(at) == '、') {
                Mention next = communityAt(text, at + 1);
                if (next == null) {
                    break;
                }
                found.add(next);
                at = next.end();
            }
        }
        return found;
    }

    private static Mention communityAt(String text, int at) {
        for (int length = 2; length <= 5 && at + length + 1 <= text.length(); length++) {
            int end = at + length;
            if (!TextNormalizer.allHan(text, at, end) || (NOT_IN_A_NAME + "和").indexOf(text.charAt(end - 1)) >= 0
                    || NOT_IN_A_NAME.indexOf(text.charAt(at)) >= 0) { // 和 may open one (和睦社区)
                return null;
            }
            String kind = text.startsWith("社区", end) ? "社区" : text.charAt(end) == '村' ? "村" : null;
            String name = text.substring(at, end);
            if (kind != null && !GENERIC_COMMUNITIES.contains(name) && !VERBS_BEFORE_PLACES.contains(name) && !VERBS_BEFORE_COMMUNITIES.contains(name)
                    && !name.contains("批") && !name.contains("个") && !name.contains("些")
                    && "再将要已共各全".indexOf(name.charAt(0)) < 0) { // 再建一批社区 is no name
                return new Mention(EntityType.LOCATION, text.substring(at, end + kind.length()), at, end + kind.length(), null);
            }
        }
        return null;
    }

    /** Verbs before 社区 and 村 that are no names (推广社区食堂, 进入社区, 包联村). */
    private static final Set<String> VERBS_BEFORE_COMMUNITIES = Set.of("推广", "进入", "下沉", "包联", "融入", "回到", "延伸", "走访", "入驻");

    /** Particles and prepositions, which neither open nor close a community's name. */
    private static final String NOT_IN_A_NAME = "的与及在是";

    /** Kinds of communities, not names (城市社区, 老旧社区, 示范社区). */
    private static final Set<String> GENERIC_COMMUNITIES = Set.of("城市", "农村", "老旧", "示范", "和谐", "文明", "各个", "所有",
            "多个", "试点", "周边", "全部", "辖区", "该", "新型", "智慧", "美丽", "幸福");

    /** A division's name in full; 社区, 小区, 园区, 景区 … are no divisions (山西巷社区 is no 山西). */
    private static final Pattern FULL_DIVISION = Pattern.compile(".+(?:省|市|(?<![社小园片景城校厂矿营街商])区|县|镇|乡|旗|盟|街道|自治州)");

    /**
     * 北京市丰台区 → 北京市, 丰台区; 北宫镇中华名枣庄园 → 北宫镇, 中华名枣庄园: a place written after the division it lies
     * in is its own entity, and so is the division.
     */
    List<Mention> divisionPaths(List<Mention> mentions) {
        List<Mention> split = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            split.addAll(m.type() == EntityType.LOCATION ? path(m) : m.type() == EntityType.ORGANIZATION ? bodyPath(m) : List.of(m));
        }
        return split;
    }

    /** Streets, waters and squares that news writes after the short name of their city, as places of their own. */
    private static final List<String> CITY_FEATURES = List.of(
            "路", "街", "大街", "大道", "胡同", "巷", "湖", "山", "河", "岛");

    /** 武康 of 武康路: the proper word before a city's feature, which holds no other feature (中山|路步行街 is none). */
    private static boolean properBeforeFeature(String rest) {
        for (String f : CITY_FEATURES) {
            if (rest.endsWith(f) && rest.length() >= f.length() + 2) {
                String proper = rest.substring(0, rest.length() - f.length());
                return CITY_FEATURES.stream().noneMatch(proper::contains);
            }
        }
        return false;
    }

    /** Facilities named with the division they serve, which keep it (北京大兴国际机场, 北京丰台站). */
    private static final List<String> FACILITY_ENDS = List.of("机场", "站", "航站楼", "港", "码头", "口岸", "公园", "广场", "园");

    /**
     * 苏州昆山 in 江苏, 海淀区中关村 in 北京: the rest starts with a division that lies in the one before it, and is no
     * facility named after that division.
     */
    private boolean startsWithADivisionIn(String rest, String division) {
        if (FACILITY_ENDS.stream().anyMatch(rest::endsWith)) {
            return false;
        }
        for (int k = rest.length() - 1; k >= 2; k--) {
            String first = rest.substring(0, k);
            if (gazetteer.liesIn(first, division)) {
                return true;
            }
        }
        return false;
    }

    /** Cities that are provinces: a district paper names their bodies in full (北京市丰台区人民政府, 天津市和平区岳阳道小学). */
    private static final Set<String> MUNICIPALITIES = Set.of("北京", "北京市", "天津", "天津市", "上海", "上海市", "重庆", "重庆市");
    /** Companies carry their province in their registered name (广西青秀茉莉生物科技有限公司). */
    private static final List<String> COMPANY_ENDS = List.of("公司", "集团", "合作社", "厂");

    /**
     * 江苏省南京市中级人民法院 → 江苏省, 南京市中级人民法院; 甘肃省会宁县郭城驿镇中学 → 甘肃省, 会宁县, 郭城驿镇中学: the
     * body of a city or county written after its province is that city's, and the province is a place of its own
     * (news names the province to say where the city is). Bodies of the province itself keep it (广东省人民政府).
     */
    private List<Mention> bodyPath(Mention m) {
        for (int cut = 2; cut <= m.length() - 4; cut++) {
            String division = m.text().substring(0, cut);
            String rest = m.text().substring(cut);
            boolean aProvince = (division.endsWith("省") || division.endsWith("自治区") || gazetteer.isProvinceShortForm(division))
                    && gazetteer.isKnownName(division) && !MUNICIPALITIES.contains(division);
            if (aProvince && COMPANY_ENDS.stream().noneMatch(rest::endsWith) && lowerDivisionStarts(rest, division)) {
                List<Mention> parts = new ArrayList<>();
                parts.add(new Mention(EntityType.LOCATION, division, m.start(), m.start() + cut, null));
                parts.addAll(bodyPath(new Mention(EntityType.ORGANIZATION, rest, m.start() + cut, m.end(), null)));
                return parts;
            }
        }
        return List.of(m);
    }

    /** The rest starts with a division lying in the one before it, in full (南京市, 会宁县) or by its short name (石河子). */
    private boolean lowerDivisionStarts(String rest, String division) {
        for (int k = Math.min(rest.length() - 2, 8); k >= 2; k--) {
            String first = rest.substring(0, k);
            if (gazetteer.liesIn(first, division) && (FULL_DIVISION.matcher(first).matches() || gazetteer.isKnownName(first))) {
                return true;
            }
        }
        return false;
    }

    /** 阿坝州, 恩施州: an autonomous prefecture by its short name and 州 (鄞州 of 鄞州区 is no prefecture). */
    private boolean prefectureByShortName(String division) {
        return division.length() >= 3 && division.endsWith("州") && gazetteer.isDivisionShortForm(division.substring(0, division.length() - 1));
    }

    private List<Mention> path(Mention m) {
        if (gazetteer.isKnownName(m.text()) || HOSTED_PARKS.stream().anyMatch(m.text()::endsWith)) {
            // 江苏路街道 is a street of 青岛, not 江苏 and 路街道; 特克斯县鼓楼产业协作园 is named after its county
            return List.of(m);
        }
        for (int cut = m.length() - 2; cut >= 2; cut--) {
            String division = m.text().substring(0, cut);
            String rest = m.text().substring(cut);
            // a province's short name starts only a path of divisions (新疆|吐鲁番市), not a station's name (北京丰台站)
            boolean divisionFirst = (FULL_DIVISION.matcher(division).matches()
                    || gazetteer.isProvinceShortForm(division) && (FULL_DIVISION.matcher(rest).matches() || gazetteer.isDivisionShortForm(rest)
                    || startsWithADivisionIn(rest, division)))
                    && gazetteer.isKnownName(division)
                    || prefectureByShortName(division) && FULL_DIVISION.matcher(rest).matches(); // 阿坝州|小金县
            // the rest is a place, or a path itself (甘肃省|陇南市宕昌县)
            boolean placeRest = gazetteer.isKnownName(rest) || CompoundNameRule.typeByEnd(rest) == EntityType.LOCATION
                    || rest.length() >= 3 && FEATURES.stream().anyMatch(f -> rest.endsWith(f) && rest.length() > f.length())
                    || FULL_DIVISION.matcher(rest).matches() && gazetteer.endsWithKnownName(rest) || endsWithAPrefecture(rest);
            // news writes a province or city by its short name before a division in it (沈阳铁西区, 杭州萧山, 江苏苏州昆山);
            // a place only named after its city keeps it (岳麓高新区, 苏州古城, 合肥植物园)
            boolean shortDivisionFirst = gazetteer.isDivisionShortForm(division)
                    && (gazetteer.liesIn(rest, division) || startsWithADivisionIn(rest, division));
            // 上海|武康路, 济宁|微山湖, 大连|星海广场: a city's short name before a street, water or square of it
            boolean cityBeforeItsPlace = gazetteer.isDivisionShortForm(division) && rest.length() >= 3 && properBeforeFeature(rest);
            // a country before one of its cities or regions (俄罗斯|叶卡捷琳堡市, 伊朗|德黑兰)
            boolean countryFirst = gazetteer.isCountry(division) && !division.equals("中国") && rest.length() >= 3
                    && (gazetteer.isKnownName(rest) || FULL_DIVISION.matcher(rest).matches()
                    || "堡港".indexOf(rest.charAt(rest.length() - 1)) >= 0 && Transliteration.spells(rest.substring(0, rest.length() - 1)));
            // a foreign state before one of its cities (艾奥瓦州|马斯卡廷市)
            boolean foreignStateFirst = division.length() >= 3 && division.endsWith("州")
                    && Transliteration.spells(division.substring(0, division.length() - 1)) && FULL_DIVISION.matcher(rest).matches();
            // towns and villages are many and renamed often, and so are counties and cities: their names need no gazetteer
            // after a known division (桑植县|洪家关乡, 燕子河镇|闻家店村, 海南省|琼中县, 佛山市|顺德市)
            boolean villageRest = rest.length() >= 3 && VILLAGE.matcher(rest).matches();
            boolean townFirst = cut >= 3 && TOWN.matcher(division).matches() && rest.length() >= 3 && rest.endsWith("村");
            if (divisionFirst && (placeRest || villageRest) || shortDivisionFirst || townFirst || countryFirst || foreignStateFirst || cityBeforeItsPlace) {
                List<Mention> parts = new ArrayList<>();
                parts.add(new Mention(EntityType.LOCATION, division, m.start(), m.start() + cut, null));
                parts.addAll(path(new Mention(EntityType.LOCATION, rest, m.start() + cut, m.end(), null)));
                return parts;
            }
        }
        return List.of(m);
    }
}
