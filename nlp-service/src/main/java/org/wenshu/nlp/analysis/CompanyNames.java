package org.wenshu.nlp.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Companies, read from their legal form back to the place their registered name opens with. */
final class CompanyNames {
    private final Gazetteer gazetteer;

    CompanyNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    private static final Pattern COMPANY_END = Pattern.compile("(?:集团)?(?:股份)?有限(?:责任)?公司|集团|专业合作社|股份经济合作社");
    private static final int LONGEST_COMPANY_NAME = 24;

    /**
     * Companies are registered as place, trade name, business and form: 南京润川数智科技有限公司,
     * 重庆渝都城市更新投资集团有限公司. The name runs back from its form to the place that opens it, within the
     * clause and without a preposition, conjunction or particle in between (园区运营方南京… starts at 南京,
     * 由重庆两江游轮… at 重庆).
     */
    List<Mention> find(String text, TokenIndex words) {
        boolean[] breaks = new boolean[text.length() + 1];
        // A group without 有限公司 is often a kind (医疗集团): its name must not run over verbs, adverbs or numbers.
        boolean[] groupBreaks = new boolean[text.length() + 1];
        for (Token token : words.all()) {
            String n = token.nature();
            // not 和, which company names hold (天津和悦物业服务有限公司); the scan stops at another company instead
            boolean clauseWord = n.startsWith("p") || n.startsWith("c") && !token.text().equals("和") || n.startsWith("u") || n.equals("w");
            boolean phraseWord = n.equals("v") || n.equals("d") || n.equals("r") || n.equals("m") || n.equals("t");
            for (int k = token.start(); k < token.end(); k++) {
                breaks[k] = clauseWord;
                groupBreaks[k] = clauseWord || phraseWord;
            }
        }
        List<Mention> found = new ArrayList<>();
        Matcher end = COMPANY_END.matcher(text);
        while (end.find()) {
            if (text.startsWith("化", end.end())) {
                continue; // 集团化办学
            }
            boolean[] stops = end.group().equals("集团") ? groupBreaks : breaks;
            int earliest = end.start();
            while (earliest > 0 && end.start() - earliest < LONGEST_COMPANY_NAME && TextNormalizer.isHan(text.charAt(earliest - 1))
                    && !stops[earliest - 1] && !text.startsWith("公司", earliest - 2) && !text.startsWith("集团", earliest - 2)) {
                earliest--;
            }
            for (int start = earliest; start <= end.start() - 2; start++) {
                if (startsAName(words, start) && opensWithAPlace(text, words, start, end.start())) {
                    start = afterAnotherPlace(text, words, start, end.start());
                    Token first = words.startingAt(start);
                    if (first != null && first.text().equals("和") && first.nature().startsWith("c") && words.startsWord(start + 1)
                            && opensWithAPlace(text, words, start + 1, end.start())) {
                        start++; // 和|新疆天山惠农供应链有限公司: the conjunction the model read alone is no part of the name
                    }
                    found.add(new Mention(EntityType.ORGANIZATION, text.substring(start, end.end()), start, end.end(), null));
                    break;
                }
            }
        }
        return found;
    }

    /**
     * 东港商务区和大连中山城市发展集团有限公司: where 和 joins a place to a company that opens with a place of its own,
     * the company starts after 和 (天津和悦物业服务有限公司 has no place after its 和).
     */
    private int afterAnotherPlace(String text, TokenIndex words, int start, int limit) {
        for (int at = start + 2; at <= limit - 2; at++) {
            if (text.charAt(at - 1) == '和' && words.startsWord(at) && opensWithAPlace(text, words, at, limit)) {
                return at;
            }
        }
        return start;
    }

    /** An organization that runs on before the company's place (运营方南京润川… of 方|南京润川…) gives way to the company. */
    static List<Mention> preferCompanies(List<Mention> candidates, List<Mention> companies) {
        List<Mention> kept = new ArrayList<>(candidates);
        kept.removeIf(m -> m.type() == EntityType.ORGANIZATION && companies.stream()
                .anyMatch(c -> c.end() == m.end() && m.start() < c.start() && c.start() - m.start() <= 2));
        return kept;
    }

    /**
     * A word starts here, or the engine glued one character to the front of a long name (方|南京润川…有限公司/nt);
     * 华中 inside 耀华/中学 starts nothing.
     */
    private static boolean startsAName(TokenIndex words, int start) {
        if (words.startsWord(start)) {
            return true;
        }
        Token glued = start > 0 ? words.startingAt(start - 1) : null;
        return glued != null && glued.text().length() > 4;
    }

    private boolean opensWithAPlace(String text, TokenIndex words, int start, int limit) {
        Token word = words.startingAt(start);
        for (int length = Math.min(6, limit - start); length >= 2; length--) {
            boolean ordinaryWord = word != null && word.end() == start + length && word.isOrdinary(); // 联合 (联合乡) the verb
            if (!ordinaryWord && gazetteer.isKnownName(text.substring(start, start + length))) {
                return start + length + 2 <= limit; // a trade name follows the place
            }
        }
        return false;
    }
    /** The legal forms a company's name ends with, longest first. */
    private static final List<String> FORMS = List.of("科技股份有限公司", "科技有限公司", "集团股份有限公司", "集团有限公司",
            "股份有限公司", "有限责任公司", "有限公司");

    /**
     * 涪芯显示 beside 四川涪芯显示科技有限公司: a company is called by its trade name and business, the four characters
     * between the place and the form, wherever the text writes them again.
     */
    static List<Mention> shortNames(String text, List<Mention> known, Predicate<String> isPlace) {
        List<Mention> found = new ArrayList<>();
        for (Mention m : known) {
            if (m.type() != EntityType.ORGANIZATION) {
                continue;
            }
            String form = FORMS.stream().filter(m.text()::endsWith).findFirst().orElse(null);
            if (form == null) {
                continue;
            }
            String body = m.text().substring(0, m.length() - form.length());
            for (int place = 3; place >= 2; place--) {
                if (body.length() == place + 4 && isPlace.test(body.substring(0, place))) {
                    String shortName = body.substring(place);
                    for (int at = text.indexOf(shortName); at >= 0; at = text.indexOf(shortName, at + 1)) {
                        if (at < m.start() || at >= m.end()) {
                            found.add(new Mention(EntityType.ORGANIZATION, shortName, at, at + shortName.length(), null));
                        }
                    }
                    break;
                }
            }
        }
        return found;
    }
}
