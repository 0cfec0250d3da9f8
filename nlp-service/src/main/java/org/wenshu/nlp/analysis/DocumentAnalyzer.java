package org.wenshu.nlp.analysis;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalizes a text and finds its entities and roles. Stateless after construction and thread-safe: one
 * instance serves all workers. The base engine is ansj_seg (chosen by measurement, see README); the rules
 * on top are this project's.
 */
public final class DocumentAnalyzer {
    /** Bump when the output can change for the same input, so stored documents can be reprocessed. */
    public static final String VERSION = AnsjEntityFinder.ENGINE + "+wenshu-rules-15";

    private final TextNormalizer normalizer = new TextNormalizer();
    private final DateFinder dates = new DateFinder();
    private final AnsjEntityFinder engine = new AnsjEntityFinder();
    private final FamousPeople famousPeople = new FamousPeople();
    private final OrganizationFilter organizations = new OrganizationFilter();
    private final CompoundNameRule compounds = new CompoundNameRule();
    private final PersonRules people = new PersonRules();
    private final ShortNameRules shortNames = new ShortNameRules();
    private final DateYears dateYears = new DateYears();
    private final ArticleSplitter articles = new ArticleSplitter();
    private final Aliases aliases = new Aliases();
    private final PlaceAbbreviations placeAbbreviations = new PlaceAbbreviations();
    private final Gazetteer gazetteer;
    private final RoleFinder roles;
    private final PlaceContextRules placeContext;
    private final OrganizationShapes organizationShapes;
    private final CompanyNames companyNames;
    private final boolean familiarForms;

    public DocumentAnalyzer() {
        this(Gazetteer.builtIn());
    }

    public DocumentAnalyzer(Gazetteer gazetteer) {
        this(gazetteer, false);
    }

    private DocumentAnalyzer(Gazetteer gazetteer, boolean familiarForms) {
        this.gazetteer = gazetteer;
        this.familiarForms = familiarForms;
        this.roles = new RoleFinder(gazetteer);
        this.placeContext = new PlaceContextRules(gazetteer);
        this.organizationShapes = new OrganizationShapes(gazetteer);
        this.companyNames = new CompanyNames(gazetteer);
    }

    /**
     * The same analyzer in the convention of newswire corpora (the People's Daily guidelines, the project's newswire
     * sets): it also tags the familiar forms of people (老郗, 小潘, 郗 of 郗师傅), which the district pages' convention
     * leaves untagged.
     */
    public DocumentAnalyzer newswireConvention() {
        return new DocumentAnalyzer(gazetteer, true);
    }

    /** The analyzer's version as its output carries it: {@link #VERSION}, marked when it follows the newswire convention. */
    public String version() {
        return familiarForms ? VERSION + "+newswire" : VERSION;
    }

    /** With the built-in gazetteer and the user's entries from {@code userDictionary} (see Gazetteer#withUserEntries). */
    public static DocumentAnalyzer withUserDictionary(Path userDictionary) {
        return new DocumentAnalyzer(Gazetteer.builtIn().withUserEntries(userDictionary));
    }

    public Analysis analyze(String raw) {
        return analyze(raw, null);
    }

    /** @param publishedAt the publication date when known; it dates the month-day dates of the text */
    public Analysis analyze(String raw, LocalDate publishedAt) {
        String text = normalizer.normalize(raw);
        List<Mention> mentions = dateYears.withYears(text, extract(text), publishedAt);
        Map<Analysis.NameKey, String> canonical = new HashMap<>();
        for (EntityType type : List.of(EntityType.LOCATION, EntityType.ORGANIZATION)) {
            List<Mention> ofType = mentions.stream().filter(m -> m.type() == type).toList();
            aliases.canonicalNames(ofType).forEach((name, full) -> canonical.put(new Analysis.NameKey(type, name), full));
        }
        PersonRules.fullNamesOfShortNames(mentions).forEach((name, full) -> canonical.put(new Analysis.NameKey(EntityType.PERSON, name), full));
        // 美 of 中美 goes by 美国, the full name its series gave it
        mentions.stream().filter(m -> m.type() == EntityType.LOCATION && m.value() != null)
                .forEach(m -> canonical.putIfAbsent(new Analysis.NameKey(EntityType.LOCATION, m.text()), m.value()));
        return new Analysis(text, mentions, canonical, roles.find(text, mentions), articles.split(text, mentions), version());
    }

    /** The entities of a text that is already normalized; offsets point into {@code text}. */
    public List<Mention> extract(String text) {
        List<Token> tokens = engine.tokenize(text);
        TokenIndex words = new TokenIndex(text, tokens);
        List<Mention> candidates = new ArrayList<>(dates.find(text));
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Mention m = gazetteer.asListed(PlaceContextRules.placeReadAsAName(AnsjEntityFinder.entity(token), token.nature(), text));
            if (m != null) {
                m = PersonRules.withoutGluedFollower(m, text);
            }
            Mention compoundName = PersonRules.compoundFamilyNameReadAsABody(m, text);
            if (compoundName != null) {
                candidates.add(compoundName);
                continue;
            }
            Token next = i + 1 < tokens.size() && tokens.get(i + 1).start() == token.end() ? tokens.get(i + 1) : null;
            boolean beforeAnotherName = next != null && next.nature().startsWith("nr");
            boolean beforeFunctionWord = next != null && isFunctionWordOrVerb(next);
            // 总统克林顿亲自, 部长科恩结束: an adverb, a preposition or a word of two or more characters cannot
            // continue a name; one character may (县委书记尕藏才|让)
            boolean afterTitle = afterTitle(tokens, i);
            boolean apartFromNext = next != null && (next.nature().startsWith("d") || next.nature().startsWith("p")
                    || next.text().length() >= 2 && TextNormalizer.isHan(next.text().charAt(0)));
            if (m != null && (plausible(m, token.nature(), text, beforeAnotherName, beforeFunctionWord)
                    || m.type() == EntityType.PERSON && (PersonRules.vouchedFor(m, token.nature(), text, afterTitle, apartFromNext)
                    || PersonRules.knownPerson(m, token.nature(), text, AnsjEntityFinder::isKnownPerson)
                    || PersonRules.twoCharacterNameByRoleScores(m, token.nature(), text, AnsjEntityFinder::twoCharacterNameScore,
                            AnsjEntityFinder::isWordOtherThanAName)))
                    && !(m.type() == EntityType.PERSON && PersonRules.inAListOfThings(tokens, i))) {
                candidates.add(reclassified(m, text));
            } else if (m != null && m.type() == EntityType.ORGANIZATION && CompoundNameRule.typeByEnd(m.text()) == null) {
                // 钦南区坭兴陶企业/nt: no body by its ending, but the district that opens it is named
                Mention division = gazetteer.divisionOpening(token);
                if (division != null) {
                    candidates.add(division);
                }
            } else if (m == null && i > 0 && tokens.get(i - 1).end() == token.start() && TitleLexicon.endsWithTitle(tokens.get(i - 1).text())) {
                // 主席阿拉法特/nw: a transliterated name the model took for a new word, after an office (居民私家车 is none)
                Mention name = PersonRules.newWordAfterTitle(token, text);
                if (name != null && PersonRules.vouchedFor(name, "nrf", text, true, apartFromNext)) {
                    candidates.add(name);
                }
            }
            Mention foreign = afterTitle && (m == null || m.type() != EntityType.PERSON)
                    ? PersonRules.transliteratedNameAfterATitle(token, text, apartFromNext || beforeFunctionWord, gazetteer::isKnownName) : null;
            if (foreign != null) {
                candidates.removeIf(c -> c.start() == foreign.start() && c.end() >= foreign.end()); // and 特鲁西埃率队/nt
                candidates.add(foreign);
            }
            candidates.addAll(placeContext.countryBeforeTitle(token));
        }
        candidates.addAll(placesOfGatherings(tokens));
        candidates.addAll(compounds.find(text, tokens));
        candidates.addAll(shortNames.find(text, tokens));
        List<Mention> listed = gazetteer.find(text, words);
        // 北京中关村/ns: two places the gazetteer reads apart, not the model's one place over them
        addReplacing(candidates, listed, (a, m) -> m.type() == EntityType.LOCATION && a.start() == m.start() && a.end() < m.end()
                && listed.stream().anyMatch(b -> b.start() == a.end() && b.end() == m.end()));
        List<Mention> afterTitles = people.afterTitles(text, words);
        // 女儿任小红卫校/nt, 壮族姑娘农秀兰大学: the name after a title or description, not a body read over it
        addReplacing(candidates, afterTitles, (p, m) -> m.type() != EntityType.PERSON && p.start() >= m.start() && p.end() < m.end());
        List<Mention> photoCredits = people.photoCredits(text);
        candidates.addAll(photoCredits);
        List<Mention> glued = PersonRules.namesGluedToWhatTheyAre(text, tokens);
        // 企业/n 主闫素芳/nr: the name, not the model's name with the description's last character
        // and 主治医师鲁小军/nt: the name, not a body the model read over the description and the name
        addReplacing(candidates, glued, (g, m) -> m.start() < g.start() && m.end() == g.end() && (m.type() == EntityType.PERSON
                || m.type() == EntityType.ORGANIZATION && CompoundNameRule.typeByEnd(m.text()) == null));
        List<Mention> readIntoTitles = PersonRules.familyNamesReadIntoTheTitle(text, tokens);
        // 总/b 监池/nw 海峰/nr: the full name, not the given name alone
        addReplacing(candidates, readIntoTitles, (g, m) -> m.type() == EntityType.PERSON && m.start() > g.start() && m.end() == g.end());
        candidates.addAll(people.namesCutAfterTheFamilyName(text, tokens));
        candidates.addAll(PersonRules.compoundFamilyNamesSplitOff(text, tokens));
        candidates.addAll(PersonRules.namesInDoctrines(tokens, AnsjEntityFinder::isKnownPerson));
        candidates.addAll(famousPeople.find(text, words, gazetteer::isKnownName));
        candidates.addAll(famousPeople.givenNamesOfComrades(text, words));
        candidates.addAll(NamesOfParts.TIBETAN.find(text, words));
        candidates.addAll(NamesOfParts.MONGOLIAN.find(text, words));
        candidates.addAll(NamesOfParts.YI.find(text, words));
        candidates.addAll(PersonRules.anonymisedNames(text, words));
        List<Mention> dotted = PersonRules.dottedNames(text, tokens, gazetteer::isKnownName);
        // 约瑟夫·基普罗诺以/nrf: the name without the word glued to its end
        addReplacing(candidates, dotted, (d, m) -> m.start() == d.start() && m.end() == d.end() + 1);
        List<Mention> pairs = PersonRules.pairsOfFamilyNamesMeeting(text, tokens);
        addReplacing(candidates, pairs, (p, m) -> p.start() == m.start() && m.length() == 2); // 汪辜 as one name
        List<Mention> japanese = JapaneseNames.find(text, words);
        // 村山富市/ns, 西村/ns 健太/nr: the name, not the place the model took it or its family name for
        addReplacing(candidates, japanese, (j, m) -> m.type() != EntityType.PERSON && j.start() == m.start() && m.end() <= j.end());
        List<Mention> slavic = PersonRules.slavicSurnames(text, tokens, gazetteer::isKnownName);
        // 基里延科/nt, 马斯柳科夫/nw: the family name, not the body or new word the model took it for
        addReplacing(candidates, slavic, (j, m) -> m.type() != EntityType.PERSON && j.start() == m.start() && j.end() == m.end());
        candidates.addAll(people.familyNamesBeforeTitles(text, tokens));
        List<Mention> credits = people.credits(text);
        candidates.addAll(credits);
        // 通讯员 虎林, 校对/陆川 (and then the next line's 区领导): a credit's slot holds a name, not a place
        Set<Integer> slotNameStarts = new HashSet<>();
        for (List<Mention> names : List.of(credits, afterTitles)) {
            names.stream().filter(c -> c.start() > 0 && (text.charAt(c.start() - 1) == ' ' || text.charAt(c.start() - 1) == '/'))
                    .forEach(c -> slotNameStarts.add(c.start()));
        }
        photoCredits.forEach(c -> slotNameStarts.add(c.start())); // 。黄山 摄: the photographer, wherever the credit stands
        candidates.removeIf(m -> m.type() == EntityType.LOCATION && slotNameStarts.contains(m.start()));
        List<Mention> signatures = PersonRules.letterSignatures(text, gazetteer::isKnownName);
        // （湖南邵东 曾宪桂）: where the writer lives, before the name, holds no person (邵东/nr)
        addReplacing(candidates, signatures, (s, m) -> m.type() == EntityType.PERSON && m.end() < s.start()
                && m.start() > Math.max(text.lastIndexOf('（', s.start()), text.lastIndexOf('(', s.start())));
        List<Mention> wordNames = PersonRules.wordNamesAfterOffices(text, tokens);
        // 局长安溪介绍: the person, not the county the gazetteer knows
        addReplacing(candidates, wordNames, (w, m) -> m.type() != EntityType.PERSON && w.start() == m.start() && w.end() == m.end());
        List<Mention> otherNames = PersonRules.namesAndTheirOtherNames(text, tokens, gazetteer::isKnownName);
        // 莫言本名管谟业/nt: the two names, not the body the model read over them
        addReplacing(candidates, otherNames, (o, m) -> m.start() < o.end() && o.start() < m.end() && !(m.start() == o.start() && m.end() == o.end()));
        candidates.addAll(people.describedSpeakers(text, words));
        candidates.addAll(people.speakers(text, words));
        candidates.addAll(placeContext.roads(text, words));
        candidates.addAll(placeContext.featurePlaces(text, words));
        candidates.addAll(placeContext.metroStations(text));
        List<Mention> features = placeContext.mountainsAndRivers(tokens);
        // 义乌江/nr: the river, not a person
        addReplacing(candidates, features, (f, m) -> m.type() != EntityType.LOCATION && f.start() == m.start() && f.end() == m.end());
        List<Mention> sights = placeContext.sightsVisited(text, words);
        // 拜谒炎帝/nr 陵: the sight, not the person or the shorter place read inside it
        addReplacing(candidates, sights, (v, m) -> m.start() >= v.start() && m.end() <= v.end() && !(m.type() == EntityType.LOCATION
                && m.start() == v.start() && m.end() == v.end()));
        List<Mention> listedPlaces = PlaceContextRules.itemsOfAListOfPlaces(text, words);
        // 在金积/nr、上桥等乡镇: the town, not a person
        addReplacing(candidates, listedPlaces, (l, m) -> m.start() < l.end() && l.start() < m.end());
        List<Mention> waters = placeContext.watersByTheirBanks(tokens);
        // 甘棠/nr 湖畔: the lake, not a person or a place's short form
        addReplacing(candidates, waters, (w, m) -> w.start() == m.start() && m.end() < w.end());
        List<Mention> gates = placeContext.cityGates(text);
        // 涌/v 金门/ns: the gate, not the island the gazetteer knows inside it; 南薰门城楼/nt: the gate, not its tower
        addReplacing(candidates, gates, (g, m) -> m.type() != EntityType.PERSON && m.start() < g.end() && g.start() < m.end()
                && (m.length() < g.length() || m.start() == g.start() && m.text().equals(g.text() + "城楼")));
        candidates.addAll(organizationShapes.numberedSchools(text));
        candidates.addAll(organizationShapes.teamsAndCommands(text));
        candidates.addAll(OrganizationShapes.tribunals(text, words));
        candidates.addAll(organizationShapes.placeOrgans(text, words));
        candidates.addAll(DepartmentNames.find(text, words));
        List<Mention> companies = companyNames.find(text, words);
        candidates = CompanyNames.preferCompanies(candidates, companies);
        candidates.addAll(companies);
        candidates.addAll(unitsWithTheirParent(candidates));
        candidates.addAll(facultiesWithTheirSchool(text, tokens));
        candidates.addAll(policeStations(text, candidates));
        List<Mention> stations = stationsByTheirName(text, words, candidates);
        // 地角/n 派出所: the station, not the place inside its name
        addReplacing(candidates, stations, (st, m) -> m.start() >= st.start() && m.end() <= st.end());
        candidates.removeIf(m -> m.type() == EntityType.LOCATION && (GENERIC_PLACES.contains(m.text()) || placeContext.isAPlacesMarket(m.text())
                || m.text().endsWith("老旧小区") // 山西大学周边老旧小区: the old compounds of somewhere, no place's name
                || !organizations.namesAPlace(m.text()) && !gazetteer.startsWithKnownName(m.text())));
        candidates.removeIf(m -> m.type() == EntityType.ORGANIZATION && GENERIC_BODIES.contains(m.text()));
        // 区人大常委会主任高峰: an organ without its body, before a title, is part of the title.
        candidates.removeIf(m -> m.type() == EntityType.ORGANIZATION && organBeforeTitle(text, m));
        candidates.replaceAll(m -> villageForItsPartyCell(text, m));
        candidates.replaceAll(placeContext::withoutDescriptor);
        candidates.replaceAll(PlaceContextRules::withoutLeadingVerb);
        candidates.replaceAll(placeContext::withoutLeadingConjunction);
        candidates.replaceAll(DocumentAnalyzer::withoutLeadingTime);
        candidates.replaceAll(DocumentAnalyzer::withoutStudents);
        candidates.replaceAll(DocumentAnalyzer::cityForItsCentre);
        // a listed person's name stays whole: 查尔斯·达尔文 ends in no glued 文, 是枝裕和 in no 和
        candidates.replaceAll(m -> famousPeople.isListed(m) ? m : PersonRules.withoutFollowingVerb(m, text));
        candidates.replaceAll(m -> famousPeople.isListed(m) ? m : PersonRules.withoutGluedEdges(m, text, words, AnsjEntityFinder::isWord));
        candidates.replaceAll(m -> PersonRules.withRegnalNumber(m, text));
        candidates.replaceAll(m -> PersonRules.withItsLastSound(m, text, words));
        // 北京及天津 read as one place, but not 埃及, which the lists name
        candidates.removeIf(m -> m.type() == EntityType.LOCATION && (m.text().contains("及") || m.text().contains("与"))
                && !gazetteer.isKnownName(m.text()));
        candidates.replaceAll(m -> organizationShapes.withService(text, m));
        candidates.replaceAll(DepartmentNames::withoutLeadingVerb);
        candidates.replaceAll(m -> organizationShapes.withFirstWord(m, words));
        List<Mention> abbreviated = new ArrayList<>(placeAbbreviations.find(text, tokens, gazetteer::isKnownName));
        abbreviated.addAll(placeAbbreviations.countriesInWords(text, tokens));
        candidates = withAbbreviatedPlaces(candidates, abbreviated);
        candidates.removeIf(m -> placeAbbreviations.namesAThing(m, text));
        candidates = placeContext.placesReadAsNames(text, candidates);
        List<Mention> first = placeContext.divisionPaths(organizationShapes.countriesBeforeBodies(
                OrganizationShapes.splitOrganPairs(OrganizationShapes.withCentralCommittees(text,
                        withoutOverlaps(organizationShapes.withTheirCountry(text, candidates))))));

        // Names known now show where the others are: list items, every later mention of a name, and the
        // distinctive first word of a place used alone (丽泽 after 丽泽金融商务区).
        List<Mention> more = new ArrayList<>(first);
        more.addAll(people.listItems(text, first));
        more.addAll(PersonRules.engineNamesBesideKnownNames(text, tokens, first));
        more.addAll(PersonRules.familyNamesBeforeAddresses(text, tokens, first));
        more.addAll(PersonRules.givenNamesOfKnownPeople(tokens, first, AnsjEntityFinder::isWord));
        more.addAll(PlaceContextRules.communitiesInStreets(text, first));
        more.addAll(people.otherOccurrences(text, first, AnsjEntityFinder::isWordOtherThanAName));
        Set<String> placeFirstWords = placeFirstWords(words, first);
        more.addAll(placeShortForms(tokens, placeFirstWords));
        more.addAll(organizationShapes.abbreviations(text, words, first));
        more.addAll(CompanyNames.shortNames(text, first, gazetteer::isKnownName));
        more.addAll(organizationShapes.enumeratedKinds(text, words));
        List<Mention> facilities = placeContext.facilities(text, first);
        more.addAll(facilities);
        List<Mention> knownAndFacilities = new ArrayList<>(first);
        knownAndFacilities.addAll(facilities);
        more.addAll(placeContext.listItems(text, words, withoutOverlaps(knownAndFacilities)));
        // 通讯员 关林 on a page that also names 关林庙: the credit's slot holds the name, not the place's short form
        more.removeIf(m -> m.type() == EntityType.LOCATION && slotNameStarts.contains(m.start()));
        more.replaceAll(m -> PersonRules.withoutTheWordItEndsIn(m, words));
        more.replaceAll(m -> famousPeople.isListed(m) ? m : PersonRules.withoutFollowingVerb(m, text)); // list items too (、陈中等人)
        more.replaceAll(placeContext::withoutLeadingConjunction); // list items too
        more = placeContext.placesReadAsNames(text, more); // and list items of people that are places (卡特、南非大|主教)
        more = placeContext.splitIntoTheirPlaces(more);
        List<Mention> known = withoutOverlaps(more);
        known.addAll(recurrences(text, known));
        List<Mention> resolved = PersonRules.joinedAcrossDashes(text, withoutOverlaps(known));
        resolved.removeIf(m -> m.type() == EntityType.LOCATION && (usedAsModifier(text, m) || usedAsADirection(text, words, m)
                || startsWithACount(m, text, words)));
        Set<String> places = new HashSet<>();
        resolved.stream().filter(m -> m.type() == EntityType.LOCATION && m.length() >= 2).forEach(m -> places.add(m.text()));
        places.addAll(placeFirstWords); // 丽泽新 (丽泽新/nrf 天地) on a page about 丽泽金融商务区
        // the shapes of places, things and words (张之洞, 郑板桥, 杨小楼 end like places) do not undo a listed person
        resolved.removeIf(m -> m.type() == EntityType.PERSON && !famousPeople.isListed(m) && (startsWithAPlace(m, places)
                && !slotNameStarts.contains(m.start()) // 通讯员 西门晓雪
                || insideAPlaceName(m, text)
                || PersonRules.endsWithAnAddress(m.text()) || PersonRules.endsLikeAPlace(m.text()) || PersonRules.endsLikeAThing(m.text())
                || PersonRules.namesATree(m, text) || PersonRules.countedLikeAThing(m, text)
                || PersonRules.cutFromAWord(m, text)
                || m.text().endsWith("队") // 万达队/nr: a team
                || TitleLexicon.isOrgan(m.text()) // 、区政协/nw 主席: the body of a title in a list, no person
                || PersonRules.familyNameAndDescription(m.text()) || PersonRules.aPhraseNoName(m.text())
                // 鲁甘, 蒙汉: the short names of two provinces, read as a name
                || m.length() == 2 && placeAbbreviations.madeOfProvinceNames(m.text())));
        resolved.removeIf(m -> m.type() == EntityType.PERSON && (PersonRules.roundsANumber(m, text) || PersonRules.namesAPrize(m, words)
                || PersonRules.comesToAPlace(m, text, gazetteer::isKnownName) || PersonRules.insideAWorksTitle(m, text)));
        resolved.replaceAll(DocumentAnalyzer::withoutColumnLabel);
        riversAndMountainsByTheirNeighbours(resolved, text);
        // again: a column label taken off can leave a generic word (民生周刊|社区)
        resolved.removeIf(m -> m.type() == EntityType.LOCATION && GENERIC_PLACES.contains(m.text()));
        withoutNamesInShortQuotes(resolved, text);
        withoutNamesInASlogan(resolved, text);
        List<String> ownPlaces = gazetteer.mastheadsPlaces(text);
        // 碧江/nr 新闻, 南阳/nr 的油茶: the paper's district and its city
        resolved.removeIf(m -> m.type() == EntityType.PERSON && ownPlaces.contains(m.text()));
        if (familiarForms) {
            resolved.replaceAll(m -> FamiliarForms.withoutTheTitle(m, text));
            resolved.replaceAll(m -> Objects.requireNonNullElse(FamiliarForms.formWithAWordGlued(m, text), m));
            resolved.addAll(FamiliarForms.find(text, words, resolved));
        } else {
            resolved.removeIf(m -> FamiliarForms.formWithAWordGlued(m, text) != null); // 老郗常/nr: a familiar form, untagged here
        }
        return resolved;
    }

    /** 绿水青山就是金山银山: the hills and waters of a saying are no places, nor 金山 a person. */
    private static final List<String> SLOGANS = List.of("绿水青山", "青山绿水", "金山银山");

    private static void withoutNamesInASlogan(List<Mention> mentions, String text) {
        for (String slogan : SLOGANS) {
            for (int at = text.indexOf(slogan); at >= 0; at = text.indexOf(slogan, at + 1)) {
                int start = at;
                mentions.removeIf(m -> m.start() >= start && m.end() <= start + slogan.length());
            }
        }
    }

    /**
     * 涪江、安昌河、木龙河沿线: each river found as a place makes its neighbour in the list one, so the list converts
     * over a few passes.
     */
    private static void riversAndMountainsByTheirNeighbours(List<Mention> mentions, String text) {
        for (int pass = 0; pass < 4; pass++) {
            List<Mention> places = mentions.stream().filter(m -> m.type() == EntityType.LOCATION).toList();
            boolean changed = false;
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                if (waterOrMountainByItsNeighbours(m, text, places)) {
                    mentions.set(i, new Mention(EntityType.LOCATION, m.text(), m.start(), m.end(), null));
                    changed = true;
                }
            }
            if (!changed) {
                return;
            }
        }
    }

    /**
     * “梁溪春韵”, “扎西德勒”: no name in a slogan or a greeting, unless the text names the person outside quotes
     * (“志刚” beside 郑志刚, “卫东神探” beside 王卫东).
     */
    private static void withoutNamesInShortQuotes(List<Mention> mentions, String text) {
        Set<String> namedOutsideQuotes = new HashSet<>();
        mentions.stream().filter(m -> m.type() == EntityType.PERSON && !PersonRules.inAShortQuote(m, text, AnsjEntityFinder::isKnownPerson))
                .forEach(m -> namedOutsideQuotes.add(m.text()));
        mentions.removeIf(m -> m.type() == EntityType.PERSON && PersonRules.inAShortQuote(m, text, AnsjEntityFinder::isKnownPerson)
                && namedOutsideQuotes.stream().noneMatch(n -> n.endsWith(m.text())));
    }

    /**
     * 中美, 港澳台: each character is its own place, so a place the engine read over the series alone gives way;
     * a longer name that holds the series (粤港澳大湾区) still wins.
     */
    private static List<Mention> withAbbreviatedPlaces(List<Mention> candidates, List<Mention> abbreviations) {
        if (abbreviations.isEmpty()) {
            return candidates;
        }
        BitSet series = new BitSet();
        abbreviations.forEach(m -> series.set(m.start()));
        List<Mention> result = new ArrayList<>(candidates);
        result.removeIf(m -> m.type() == EntityType.LOCATION && series.get(m.start(), m.end()).cardinality() == m.length());
        result.addAll(abbreviations);
        return result;
    }

    /**
     * Adds a better reading of some words to the candidates, after dropping each candidate that one of them replaces
     * ({@code replaces} is asked of the better reading and the candidate).
     */
    private static void addReplacing(List<Mention> candidates, List<Mention> better, BiPredicate<Mention, Mention> replaces) {
        if (better.isEmpty()) {
            return;
        }
        // a loop, not a stream per candidate: this runs for every candidate of every page, a dozen times
        candidates.removeIf(m -> {
            for (Mention b : better) {
                if (replaces.test(b, m)) {
                    return true;
                }
            }
            return false;
        });
        candidates.addAll(better);
    }

    /** 每周二齐鲁医院 → 齐鲁医院: a time the model glued to the name after it. */
    private static Mention withoutLeadingTime(Mention m) {
        if (m.type() == EntityType.DATE || m.type() == EntityType.PERSON || LEADING_TIME_OPENINGS.indexOf(m.text().charAt(0)) < 0) {
            return m;
        }
        Matcher time = LEADING_TIME.matcher(m.text());
        return time.lookingAt() && m.length() - time.end() >= 2
                ? new Mention(m.type(), m.text().substring(time.end()), m.start() + time.end(), m.end(), null) : m;
    }

    /** Last characters of rivers and mountains; given names end in some of them too (长河, 李长江, 王青山). */
    private static final String WATER_OR_MOUNTAIN_ENDS = "河江湖溪水山";
    private static final String WATERS = "河江湖溪水";
    /** Words after a river or a mountain (涪江边, 木龙河沿线, 伊通河边). */
    private static final List<String> AFTER_WATERS = List.of("沿线", "沿岸", "两岸", "河道", "流域", "边", "畔", "脚下", "交汇");

    /**
     * 涪江、安昌河、木龙河沿线, 象鼻山和伏波山: a "name" that ends as rivers and mountains do is one where the text
     * lists it with another such place or puts it by its banks.
     */
    private static boolean waterOrMountainByItsNeighbours(Mention m, String text, List<Mention> places) {
        if (m.type() != EntityType.PERSON || m.length() < 2 || m.length() > 4
                || WATER_OR_MOUNTAIN_ENDS.indexOf(m.text().charAt(m.length() - 1)) < 0) {
            return false;
        }
        char end = m.text().charAt(m.length() - 1);
        // 邵水沿岸; but 苏金水边走边说: 水 ends many given names, so its waters need more than a word of a side
        if (AFTER_WATERS.stream().anyMatch(w -> text.startsWith(w, m.end()) && (end != '水' || w.length() > 1))) {
            return true;
        }
        for (Mention p : places) {
            char placeEnd = p.text().charAt(p.length() - 1);
            boolean sameKind = placeEnd == end || WATERS.indexOf(placeEnd) >= 0 && WATERS.indexOf(end) >= 0; // 涪江、安昌河
            boolean after = p.start() == m.end() + 1 && "、和与及至".indexOf(text.charAt(m.end())) >= 0;
            boolean before = p.end() == m.start() - 1 && "、和与及至".indexOf(text.charAt(p.end())) >= 0;
            if (sameKind && (after || before)) {
                return true;
            }
        }
        return false;
    }

    /** A column's label that the page prints on a line of its own before the first headline (民生周刊, 社区周刊). */
    private static final Pattern COLUMN_LABEL = Pattern.compile("\\p{IsHan}{2}周刊");

    /** 民生周刊|县医院: the column label a joined line glued to the name after it. */
    private static Mention withoutColumnLabel(Mention m) {
        if (m.type() == EntityType.DATE || m.type() == EntityType.PERSON || m.length() < 6) {
            return m;
        }
        Matcher label = COLUMN_LABEL.matcher(m.text());
        return label.lookingAt() && m.length() - label.end() >= 2
                ? new Mention(m.type(), m.text().substring(label.end()), m.start() + label.end(), m.end(), null) : m;
    }

    /** 西科大|学生, 赣南师大|学生: a university's short form with the students after it. */
    private static Mention withoutStudents(Mention m) {
        return m.type() == EntityType.ORGANIZATION && m.text().endsWith("大学生") && m.length() >= 5
                ? new Mention(m.type(), m.text().substring(0, m.length() - 2), m.start(), m.end() - 2, null) : m;
    }

    private static final List<String> LEADING_TIMES = List.of(
            "每周[一二三四五六日天]", "每[天日月年]", "今天", "昨天", "明天", "近日", "日前", "目前", "今年", "去年", "明年");
    private static final Pattern LEADING_TIME = Pattern.compile("(?:" + String.join("|", LEADING_TIMES) + ")");
    /** The first characters of the leading times: most mentions start with none, and need no matcher. */
    private static final String LEADING_TIME_OPENINGS = LEADING_TIMES.stream().map(t -> t.substring(0, 1)).distinct()
            .reduce("", String::concat);

    /** The word before the i-th is a title or says what a person is (总理|科尔, 作家|冰心). */
    private static boolean afterTitle(List<Token> tokens, int i) {
        Token before = i > 0 ? tokens.get(i - 1) : null;
        return before != null && before.end() == tokens.get(i).start()
                && (TitleLexicon.endsWithTitle(before.text()) || PersonRules.describesAPerson(before.text()));
    }

    /** Parts of a body that are named after the body: a police station, a branch, a team. */
    private static final List<String> SUB_UNITS = List.of("派出所", "支行", "分行", "分公司", "营业部", "中队", "大队", "分院", "分理处");
    private static final List<String> PARENT_ENDS = List.of("局", "公司", "集团", "银行", "医院", "支队", "总队");

    /**
     * 乌鲁木齐市公安局天山区分局|二道桥派出所: a unit written right after the body it belongs to is one organization
     * with it (only the outer name is tagged), where the model read the two as two bodies.
     */
    private static List<Mention> unitsWithTheirParent(List<Mention> candidates) {
        List<Mention> joined = new ArrayList<>();
        Map<Integer, Mention> byStart = new HashMap<>();
        for (Mention m : candidates) {
            if (m.type() == EntityType.ORGANIZATION && SUB_UNITS.stream().anyMatch(m.text()::endsWith)) {
                byStart.merge(m.start(), m, (a, b) -> a.length() >= b.length() ? a : b);
            }
        }
        if (byStart.isEmpty()) {
            return joined;
        }
        for (Mention parent : candidates) {
            Mention unit = parent.type() == EntityType.ORGANIZATION ? byStart.get(parent.end()) : null;
            if (unit != null && PARENT_ENDS.stream().anyMatch(parent.text()::endsWith)) {
                joined.add(new Mention(EntityType.ORGANIZATION, parent.text() + unit.text(), parent.start(), unit.end(), null));
            }
        }
        return joined;
    }

    /** What a university's or college's name ends in (苏州大学, 河西学院, 山西农大). */
    private static final List<String> SCHOOL_ENDS = List.of("大学", "学院", "农大", "师大", "工大", "财大", "医大");
    /** A faculty named by two fields (纺织与服装工程学院, 农业与生态工程学院). */
    private static final Pattern FACULTY_OF_TWO_FIELDS = Pattern.compile("\\p{IsHan}{2,8}?[与和]\\p{IsHan}{2,10}?(?:学院|系)");

    /**
     * 苏州大学|纺织与服装工程学院, 温州大学美术/nw 与/p 设计学院/nt: a faculty named by two fields, written right after its
     * school, is one organization with it; the model reads them apart across the 与 of the two fields.
     */
    private static List<Mention> facultiesWithTheirSchool(String text, List<Token> tokens) {
        List<Mention> joined = new ArrayList<>();
        for (Token token : tokens) {
            if (!NAME_WORD_NATURES.contains(token.nature())) {
                continue;
            }
            for (String end : SCHOOL_ENDS) {
                int at = token.text().indexOf(end, 2);
                if (at < 0) {
                    continue;
                }
                int schoolEnd = token.start() + at + end.length();
                Matcher faculty = FACULTY_OF_TWO_FIELDS.matcher(text).region(schoolEnd, Math.min(text.length(), schoolEnd + 24));
                if (faculty.lookingAt()) {
                    String name = text.substring(token.start(), faculty.end());
                    joined.add(new Mention(EntityType.ORGANIZATION, name, token.start(), faculty.end(), null));
                    break;
                }
            }
        }
        return joined;
    }

    private static final Set<String> NAME_WORD_NATURES = Set.of("nt", "nw", "nz", "ns");

    private static final Pattern POLICE_STATION = Pattern.compile("(公安局|公安分局)(?:\\p{IsHan}{1,6}?分局)?\\p{IsHan}{1,5}?派出所");

    /**
     * 延吉市公安局|进学|派出所, 喀什市|公安局西公园|派出所: a police station written after its city's bureau is one
     * organization, from the city or bureau the text names before it, whatever the segmenter made of the station's
     * name (a place, a new word).
     */
    private static List<Mention> policeStations(String text, List<Mention> candidates) {
        List<Mention> found = new ArrayList<>();
        Matcher m = POLICE_STATION.matcher(text);
        while (m.find()) {
            int start = -1;
            for (Mention c : candidates) {
                // the city (喀什市), the bureau (延吉市公安局, …岳阳楼分局) or what the segmenter glued (喀什市公安局西公园/ns)
                boolean before = c.start() < m.start() && c.end() >= m.start() && c.end() < m.end()
                        && (c.type() == EntityType.LOCATION || c.type() == EntityType.ORGANIZATION);
                if (before && (start < 0 || c.start() < start)) {
                    start = c.start();
                }
            }
            if (start >= 0) {
                found.add(new Mention(EntityType.ORGANIZATION, text.substring(start, m.end()), start, m.end(), null));
            }
        }
        return found;
    }

    private static final Set<String> NATURES_OF_STATION_NAMES = Set.of("n", "ns", "nz", "nw", "nr", "nrf", "j", "vn", "s");
    /** What stands before a police station without naming it: 辖区派出所, 当地派出所. */
    private static final Set<String> NOT_STATION_NAMES = Set.of(
            "辖区", "当地", "附近", "属地", "所在", "基层", "乡镇", "社区", "街道", "城区", "农村", "公安", "边境", "铁路", "交通", "水上", "机场");

    /**
     * 胜利/vn 派出所, 地角/n 派出所: a station named by its street or town without the bureau before it; the name is
     * the whole word or two (two to four characters) before 派出所.
     */
    private static List<Mention> stationsByTheirName(String text, TokenIndex words, List<Mention> candidates) {
        List<Mention> found = new ArrayList<>();
        for (int at = text.indexOf("派出所"); at >= 0; at = text.indexOf("派出所", at + 1)) {
            final int stationAt = at;
            if (candidates.stream().anyMatch(c -> c.type() == EntityType.ORGANIZATION && c.end() == stationAt + 3 && c.length() > 3)) {
                continue; // 东关派出所/nt, 延吉市公安局进学派出所: found already
            }
            Token last = words.endingAt(at);
            if (last == null || !NATURES_OF_STATION_NAMES.contains(last.nature()) || NOT_STATION_NAMES.contains(last.text())
                    || !TextNormalizer.allHan(text, last.start(), at)) {
                continue;
            }
            int start = last.start();
            if (at - start < 2) {
                Token before = words.endingAt(start);
                if (before == null || at - before.start() > 4 || !NATURES_OF_STATION_NAMES.contains(before.nature())
                        || !TextNormalizer.allHan(text, before.start(), start)) {
                    continue;
                }
                start = before.start();
            }
            if (at - start <= 4) {
                found.add(new Mention(EntityType.ORGANIZATION, text.substring(start, at + 3), start, at + 3, null));
            }
        }
        return found;
    }

    /** Kinds of bodies that every neighbourhood has, which name none by themselves (居民协商会, 小区业委会). */
    private static final Set<String> GENERIC_BODIES = Set.of("协商会", "业委会", "商协会", "三甲医院", "居委会", "村委会", "党支部");

    /** The party committee's departments, named without the committee before their heads' titles. */
    private static final Set<String> PARTY_DEPARTMENTS = Set.of("统战部", "宣传部", "组织部");

    private static final List<String> PARTY_CELLS = List.of("党支部", "党总支", "党委");
    private static final Pattern VILLAGE_OR_COMMUNITY = Pattern.compile("\\p{IsHan}{2,6}(村|社区)");

    /**
     * 柳湾村党支部/nt 书记: before a title the village's party cell is part of the title (党支部书记), and the village is
     * the place the secretary serves, as a town's 党委 is in 古城镇党委书记.
     */
    private static Mention villageForItsPartyCell(String text, Mention m) {
        if (m.type() != EntityType.ORGANIZATION || !TitleLexicon.titleFollows(text, m.end())) {
            return m;
        }
        for (String cell : PARTY_CELLS) {
            if (m.text().endsWith(cell) && VILLAGE_OR_COMMUNITY.matcher(m.text().substring(0, m.length() - cell.length())).matches()) {
                return new Mention(EntityType.LOCATION, m.text().substring(0, m.length() - cell.length()), m.start(), m.end() - cell.length(), null);
            }
        }
        return m;
    }

    /** 人大常委会 or 区人大 (of 区人大常委会) starting an organ that a title follows: 区人大常委会主任. */
    private static boolean organBeforeTitle(String text, Mention m) {
        if (PARTY_DEPARTMENTS.contains(m.text()) && TitleLexicon.titleFollows(text, m.end())) {
            return true; // 区委常委、统战部部长X: the department is part of the title, like 宣传部部长
        }
        if (m.length() <= 3 && m.text().endsWith("部") && m.start() >= 2 && text.startsWith("公司", m.start() - 2)
                && TitleLexicon.titleFollows(text, m.end())) {
            return true; // 公司外贸部经理X: the company's department is part of the title, no body of its own
        }
        for (int end = m.end(); end <= Math.min(text.length(), m.end() + 4); end++) {
            if (TitleLexicon.isOrgan(text.substring(m.start(), end)) && TitleLexicon.titleFollows(text, end)) {
                return true;
            }
        }
        return false;
    }

    /** A particle, preposition, conjunction, adverb or verb: 的, 在, 和, 也, 视察 — a word that never continues a name. */
    private static boolean isFunctionWordOrVerb(Token token) {
        String n = token.nature();
        // and a time: 姚明今晚 (not a verbal noun: 苏式/nr 生活/vn is a style)
        return n.startsWith("u") || n.startsWith("p") || n.startsWith("c") || n.startsWith("d") || n.equals("v") || n.equals("t");
    }

    /**
     * Every other place a body or place of three or more characters is written, once the page names it
     * (中国通号 in 支持中国通号申报, where the segmenter reads 中国 alone). Shorter names are too often part of
     * words to be tagged wherever they occur.
     */
    private static List<Mention> recurrences(String text, List<Mention> mentions) {
        Map<String, EntityType> names = new HashMap<>();
        for (Mention m : mentions) {
            if ((m.type() == EntityType.ORGANIZATION || m.type() == EntityType.LOCATION) && m.length() >= 3) {
                names.putIfAbsent(m.text(), m.type());
            }
        }
        List<Mention> found = new ArrayList<>();
        names.forEach((name, type) -> {
            boolean organ = type == EntityType.ORGANIZATION && name.endsWith("委");
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                if (!(organ && TitleLexicon.titleFollows(text, at + name.length()))) { // 丰台区委书记: 区委书记 is the title
                    found.add(new Mention(type, name, at, at + name.length(), null));
                }
            }
        });
        return found;
    }

    /** Places whose names are also words: the morning sun (朝阳), facing the sea or a river (临海建筑), all over town. */
    private static final Set<String> PLACES_THAT_ARE_WORDS = Set.of("朝阳", "临海", "临河", "满城"); // 临江, 临湖: GENERIC_PLACES
    private static final List<String> OF_THE_MORNING_SUN = List.of("的映照", "映照", "染红", "照耀", "的照耀", "升起", "的光");

    /**
     * 中国式现代化, 中国特色社会主义: the place names a style, not a place. 在朝阳的映照下, 临海建筑: a word, not the
     * district or the city (朝阳区, 临海市) of the same name.
     */
    private static boolean usedAsModifier(String text, Mention m) {
        if (PLACES_THAT_ARE_WORDS.contains(m.text())) {
            if (m.text().equals("朝阳")) {
                return OF_THE_MORNING_SUN.stream().anyMatch(w -> text.startsWith(w, m.end()));
            }
            if (m.text().equals("满城")) { // 菊香满城: all over the town; the county is 保定满城, 满城区
                return !text.startsWith("区", m.end()) && !text.startsWith("县", m.end()) && !text.startsWith("保定", Math.max(0, m.start() - 2));
            }
            return m.end() < text.length() && TextNormalizer.isHan(text.charAt(m.end())) && "市区县".indexOf(text.charAt(m.end())) < 0;
        }
        // 黄梅戏: a kind of opera named after the place
        return text.startsWith("式", m.end()) || text.startsWith("特色", m.end()) || text.startsWith("戏", m.end());
    }

    private static final Set<String> COMPASS_REGIONS = Set.of("东北", "西北", "西南", "东南");

    /**
     * 古城西北, 城市的西南、正南: a compass point of something named before it is a direction, not the region of
     * China it also names (到东北, 东北三省).
     */
    private static boolean usedAsADirection(String text, TokenIndex words, Mention m) {
        if (!COMPASS_REGIONS.contains(m.text()) || m.start() == 0) {
            return false;
        }
        Token before = words.endingAt(m.start());
        char previous = text.charAt(m.start() - 1);
        return previous == '的' || previous == '、' || text.startsWith("、", m.end())
                || before != null && (before.nature().startsWith("n") || before.nature().startsWith("s"));
    }

    /** 悉尼|奥运会/nt: the place a gathering the model took for a body is named after. */
    private List<Mention> placesOfGatherings(List<Token> tokens) {
        List<Mention> found = new ArrayList<>();
        for (Token token : tokens) {
            if (!token.nature().startsWith("nt")) {
                continue;
            }
            String gathering = gatheringEnding(token.text());
            String place = gathering == null ? "" : token.text().substring(0, token.text().length() - gathering.length());
            if (place.length() >= 2 && gazetteer.isKnownName(place)) {
                found.add(new Mention(EntityType.LOCATION, place, token.start(), token.start() + place.length(), null));
            }
        }
        return found;
    }

    /** The kind of gathering a word ends with (奥运会 of 悉尼奥运会), or null. */
    private static String gatheringEnding(String word) {
        return EVENTS.stream().filter(word::endsWith).findFirst().orElse(null);
    }

    private static final List<String> EVENTS = List.of(
            "奥运会", "亚运会", "冬奥会", "残奥会", "运动会", "博览会", "世博会", "交易会", "洽谈会", "展销会", "联欢会", "晚会");

    /** The last characters of short names of bodies: 安委会, 数研所, 新华社, 国务院, 机床厂, 大使馆, 历史系. */
    private static final String BODY_LAST_CHARACTERS = "会所院局处署社团队部厅委办厂馆系";

    /**
     * The engine's organization says what kind of body it is (数研所, 区安委会), is a known name, or holds a proper
     * word (中国中铁); 施产业 and 人才科 (of 人才科创走廊) are pieces of phrases.
     */
    private boolean namesItsKind(String word) {
        if (word.endsWith("会馆") || word.endsWith("排队") || word.endsWith("交会处") || word.endsWith("交汇处")) {
            return false; // 湖广会馆: a guild hall of old, now a landmark; 行李箱排队: people queueing; 鲁迅路交会处: a corner
        }
        if (gatheringEnding(word) != null) {
            return false; // 悉尼奥运会, 广州交易会: a gathering, held by bodies but none itself
        }
        if (BODY_LAST_CHARACTERS.indexOf(word.charAt(word.length() - 1)) >= 0 || CompoundNameRule.typeByEnd(word) != null
                || gazetteer.isKnownName(word)) {
            return true;
        }
        // 渝中区营商, 思南县农特产品: a place and a common noun name no body; 中国中铁 is a known one
        return organizations.holdsAProperWord(word) && !gazetteer.startsWithKnownName(word);
    }

    /**
     * 榆林地区, 西南地区: a known place and 地区, a prefecture's name or the area of the place; which of them, and so
     * whether 地区 stays in the name, is {@link PlaceContextRules#withoutDescriptor}'s to say.
     */
    private boolean isAnAreaOfAKnownPlace(String word) {
        return word.length() >= 4 && word.endsWith("地区") && gazetteer.isKnownName(word.substring(0, word.length() - 2));
    }

    private static final String COUNTING = "一二两三四五六七八九十几多每各";

    /** 一处/mq 社区, 几/m 处/n 名人故居: a count of places, no place's name. */
    private static boolean startsWithACount(Mention m, String text, TokenIndex words) {
        Token first = words.startingAt(m.start());
        return first != null && first.nature().equals("mq") && "处座个条片所家".indexOf(first.text().charAt(first.text().length() - 1)) >= 0
                || "处座".indexOf(text.charAt(m.start())) >= 0 && m.start() > 0 && COUNTING.indexOf(text.charAt(m.start() - 1)) >= 0;
    }

    /** Kinds of places the model's place words end in, which name no body: 墨园古村/ns, 双林寺/ns. */
    private static final List<String> SETTLEMENTS_AND_SIGHTS = List.of("古村", "古镇", "村", "寺", "山", "岭", "洞");

    /** 墨园古村/ns: a place word of the model that ends in its kind after two or more characters of no common word. */
    private static boolean namedSettlementOrSight(String word) {
        for (String kind : SETTLEMENTS_AND_SIGHTS) {
            if (!word.endsWith(kind) || word.length() - kind.length() < 2) {
                continue;
            }
            String name = word.substring(0, word.length() - kind.length());
            // not 义务教村, 街道湾底村: the name starts with no common word
            if (!AnsjEntityFinder.isWord(name) && !AnsjEntityFinder.isWord(name.substring(0, 2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name says what kind of thing it is by its ending, is in the gazetteer, names a settlement or sight by its kind
     * (墨园古村), runs from one known place to another (黔南州荔波县, split into its divisions later), or holds a proper
     * word.
     */
    private boolean typedKnownOrProper(String word) {
        return CompoundNameRule.typeByEnd(word) != null || gazetteer.isKnownName(word) || namedSettlementOrSight(word)
                || gazetteer.startsWithKnownName(word) && gazetteer.endsWithKnownName(word) || organizations.holdsAProperWord(word);
    }

    private boolean plausible(Mention m, String nature, String text, boolean beforeAnotherName, boolean beforeFunctionWord) {
        if (!TextNormalizer.isHan(m.text().charAt(0))) {
            return false;
        }
        return switch (m.type()) {
            case PERSON -> PersonRules.plausibleName(m, nature, text, beforeAnotherName)
                    || PersonRules.commonNameBeforeFunctionWord(m, text, beforeFunctionWord);
            case ORGANIZATION -> organizations.isOrganizationName(m.text()) && organizations.namesABody(m.text())
                    && namesItsKind(m.text()) && !learnedSomething(m, text);
            // 锚定/ns, 稳固我区/ns: the engine's place must be typed, known or hold a proper word.
            case LOCATION -> !isGenericPlaceWord(m.text()) && (typedKnownOrProper(m.text()) || isAnAreaOfAKnownPlace(m.text()));
            default -> true;
        };
    }

    /** 在公司学会/nt 了装配: to learn, not a society. */
    private static boolean learnedSomething(Mention m, String text) {
        return m.text().endsWith("学会") && m.end() < text.length() && "了到过".indexOf(text.charAt(m.end())) >= 0;
    }

    /** 丽泽新, 丽泽办岛: a "name" that begins with a place the page names is a phrase about the place. */
    private static boolean startsWithAPlace(Mention person, Set<String> places) {
        for (int length = 2; length < person.length(); length++) {
            if (places.contains(person.text().substring(0, length))) {
                return true;
            }
        }
        return false;
    }

    /** 长辛店 → 辛店: two characters that complete a known place with the character before them are no name. */
    private boolean insideAPlaceName(Mention person, String text) {
        return person.length() == 2 && person.start() > 0
                && gazetteer.isKnownName(text.substring(person.start() - 1, person.end()));
    }

    /**
     * A place named by several words whose first word is a proper name (丽泽/金融/商务区) may be called by that
     * word alone in the same document; where the segmenter reads that word as a word of its own, it is the place.
     */
    private static List<Mention> placeShortForms(List<Token> tokens, Set<String> firstWords) {
        List<Mention> found = new ArrayList<>();
        for (Token token : tokens) {
            if (firstWords.contains(token.text())) {
                found.add(new Mention(EntityType.LOCATION, token.text(), token.start(), token.end(), null));
            }
        }
        return found;
    }

    /** The distinctive first words of the page's places: 丽泽 of 丽泽/金融/商务区, a proper word of two characters or more. */
    private static Set<String> placeFirstWords(TokenIndex words, List<Mention> mentions) {
        Set<String> firstWords = new HashSet<>();
        for (Mention m : mentions) {
            Token first = words.startingAt(m.start());
            if (m.type() == EntityType.LOCATION && first != null && first.end() < m.end() && first.text().length() >= 2
                    && (first.nature().startsWith("nr") || first.nature().equals("nw") || first.nature().equals("nz"))
                    && !namedAfterAPerson(m.text(), first.text())) {
                firstWords.add(first.text());
            }
            // 地角 of 地角街道, 金积 of 金积镇: a town's name that is no word of the dictionary, used alone
            String town = townName(m);
            if (town != null && !AnsjEntityFinder.isWord(town)) {
                firstWords.add(town);
            }
        }
        return firstWords;
    }

    private static String townName(Mention m) {
        if (m.type() != EntityType.LOCATION) {
            return null;
        }
        for (String suffix : List.of("街道", "镇", "乡")) {
            int length = m.length() - suffix.length();
            if (m.text().endsWith(suffix) && length >= 2 && length <= 3) {
                return m.text().substring(0, length);
            }
        }
        return null;
    }

    /** Places that keep a person's memory, whose first word is the person (鲁迅故居, 司马迁祠). */
    private static final List<String> MEMORIALS = List.of("故居", "旧居", "纪念馆", "纪念堂", "纪念碑", "墓", "祠", "陵", "铜像", "雕像");

    /** 鲁迅 of 鲁迅故居 is the writer wherever else the page names him, not a short name of the place. */
    private static boolean namedAfterAPerson(String place, String firstWord) {
        return MEMORIALS.stream().anyMatch(place::endsWith) || AnsjEntityFinder.isKnownPerson(firstWord);
    }

    /**
     * 城区, 核心区, 功能区, 街道, 城中村: words for kinds of places, which the engine tags as place names. A short
     * word ending in one counts only when the gazetteer knows it (丰台区, 房山区).
     */
    private boolean isGenericPlaceWord(String word) {
        if (GENERIC_PLACES.contains(word)) {
            return true;
        }
        boolean shortGeneric = word.length() <= 3 && (word.endsWith("区") || word.endsWith("村") || word.endsWith("镇") || word.endsWith("路"));
        // 容桂镇/ns, a town the model knows by its shape, names a place whose name is no word (新农村, 示范村 are words)
        boolean namedTown = word.length() == 3 && word.endsWith("镇") && !AnsjEntityFinder.isWord(word)
                && !AnsjEntityFinder.isWord(word.substring(0, 2));
        return shortGeneric && !namedTown && !gazetteer.endsWithKnownName(word) && !AnsjEntityFinder.isKnownPlace(word);
    }

    private static final Set<String> GENERIC_PLACES = Set.of(
            "街道", "社区", "城区", "郊区", "园区", "片区", "地区", "老镇", "城中村", "断头路", "背街小巷", "小巷", "老城区", "新城区", "警务站",
            "老城", "古城", "两岸", "滨河", "滨江", "沿江", "沿湖", "沿河", "沿海", "临湖", "临江", "步行街", "美食街", "商业街", "古城景区",
            // kinds of buildings and sites, not their names
            "换热站", "骑楼", "瞭望塔", "石板路", "办公楼", "冬泳池", "游泳池", "故城");

    /**
     * The engine calls stations and business districts organizations, and customs places; to an analyst they are
     * places and bodies. And it sometimes swallows the first character of a title (首都师范大学校|长), which belongs
     * to the title, unless a title follows whole (外交通商部|长官).
     */
    private Mention reclassified(Mention m, String text) {
        Mention result = m;
        if (m.type() == EntityType.ORGANIZATION && m.length() > 3 && m.end() < text.length()
                && TitleLexicon.endsWithTitle(text.substring(m.end() - 1, m.end() + 1)) && !TitleLexicon.titleAt(text, m.end())) {
            result = new Mention(m.type(), m.text().substring(0, m.length() - 1), m.start(), m.end() - 1, null);
        }
        if (result.type() == EntityType.ORGANIZATION && CompoundNameRule.typeByEnd(result.text()) == EntityType.LOCATION) {
            result = new Mention(EntityType.LOCATION, result.text(), result.start(), result.end(), null);
        } else if (result.type() == EntityType.LOCATION && CompoundNameRule.typeByEnd(result.text()) == EntityType.ORGANIZATION) {
            result = new Mention(EntityType.ORGANIZATION, result.text(), result.start(), result.end(), null); // 宁波海关/ns
        }
        return gazetteer.asListed(result); // 山海关 a pass, as its list says, though it ends like 宁波海关
    }

    /** 阿拉木图市中心: the middle of a city is the city, no centre that is a body. */
    private static Mention cityForItsCentre(Mention m) {
        if (m.type() != EntityType.ORGANIZATION || !m.text().endsWith(CITY_CENTRE) || m.length() < CITY_CENTRE.length() + 2) {
            return m;
        }
        int end = m.end() - CITY_CENTRE.length();
        return new Mention(EntityType.LOCATION, m.text().substring(0, m.length() - CITY_CENTRE.length()), m.start(), end, null);
    }

    private static final String CITY_CENTRE = "市中心";

    /**
     * Where spans overlap the longer wins; on ties dates first and people last (金水 of 金水区 is the district, not
     * a name the model guessed): one character belongs to one mention.
     */
    static List<Mention> withoutOverlaps(List<Mention> candidates) {
        List<Mention> byPriority = new ArrayList<>(candidates);
        byPriority.sort(Comparator.comparingInt(Mention::length).reversed()
                .thenComparing(m -> m.type() == EntityType.DATE ? 0 : m.type() == EntityType.PERSON ? 2 : 1)
                .thenComparingInt(Mention::start));
        List<Mention> kept = new ArrayList<>();
        BitSet taken = new BitSet();
        for (Mention candidate : byPriority) {
            if (taken.get(candidate.start(), candidate.end()).isEmpty()) {
                taken.set(candidate.start(), candidate.end());
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }
}
