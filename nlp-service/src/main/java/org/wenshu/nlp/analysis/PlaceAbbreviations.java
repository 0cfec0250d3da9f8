package org.wenshu.nlp.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Countries, provinces and regions named by one character in a series: 中美关系 (中国, 美国), 中俄边境, 新马泰,
 * 京津冀. News writes them so all the time. In a series of countries each character is a mention of its place,
 * with the full name as its value, so that a search for 美国 finds 中美合作; a series of provinces is one name.
 * A series counts only where the segmenter reads the characters as an abbreviation (ansj's nature j), never a
 * single character alone (美 in 美丽 is no place).
 */
final class PlaceAbbreviations {
    private static final String TABLE = "gazetteer/place-abbreviations.tsv";
    private static final int LONGEST_SERIES = 6;

    /** @param domestic a province or city of China (京, 粤, 深), not a country or world region */
    private record Reading(String fullName, boolean domestic) {
    }



    private final Map<Character, List<Reading>> readings = new HashMap<>();

    PlaceAbbreviations() {
        Gazetteer.forEachLine(TABLE, line -> {
            if (line.isBlank()) {
                return;
            }
            String[] fields = line.split("\t");
            if (fields.length != 3 || fields[0].length() != 1) {
                throw new IllegalStateException(TABLE + ": bad line '" + line + "'");
            }
            readings.computeIfAbsent(fields[0].charAt(0), c -> new ArrayList<>())
                    .add(new Reading(fields[1], fields[2].equals("province") || fields[2].equals("city")));
        });
    }

    /**
     * One LOCATION mention per character of every series, its value the place's full name; a series that is a
     * name of its own (拉美, 亚太) is left to the lists.
     */
    List<Mention> find(String text, List<Token> tokens, Predicate<String> knownName) {
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int end = i;
            boolean abbreviated = false;
            while (end < tokens.size() && isPart(tokens.get(end), text)
                    && (end == i || tokens.get(end).start() == tokens.get(end - 1).end() && !centralPartOf(tokens.get(end - 1), tokens.get(end)))) {
                abbreviated |= !tokens.get(end).nature().equals("f") && !tokens.get(end).nature().equals("ns");
                end++;
            }
            if (end > i) {
                int start = tokens.get(i).start();
                int stop = tokens.get(end - 1).end();
                boolean namesAThing = thingAt(text, stop);
                // 拉美 is Latin America; 中欧 read as an abbreviation is China and Europe, not Central Europe
                boolean aName = text.charAt(start) != '中' && knownName.test(text.substring(start, stop));
                if (abbreviated && stop - start >= 2 && stop - start <= LONGEST_SERIES && !namesAThing && !aName) {
                    found.addAll(series(text, start, stop));
                }
                i = end;
            } else {
                i++;
            }
        }
        return found;
    }

    /** What news does to or in a country written by one character: 驻华, 访美, 来华, 对日, 侵华. */
    private static final String TO_A_COUNTRY = "驻来访对在赴旅援侵离抵返使";

    /**
     * Countries written by one character inside a word (驻华, 访美, 中方, 美方) and 中 with a neighbour the model
     * reads as another word before what two countries share (中/f 越/d 边界): each is the country, its full name the
     * mention's value. 华 is China here only, never in 华人 or 华侨 (an ethnicity).
     */
    List<Mention> countriesInWords(String text, List<Token> tokens) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = t.text();
            if (w.length() == 2 && TO_A_COUNTRY.indexOf(w.charAt(0)) >= 0 && !t.nature().startsWith("n")) {
                String country = w.charAt(1) == '华' ? "中国" : foreignCountry(w.charAt(1));
                if (country != null) {
                    found.add(new Mention(EntityType.LOCATION, w.substring(1), t.start() + 1, t.end(), country));
                }
            } else if (w.length() == 2 && w.charAt(1) == '方' && (w.charAt(0) == '中' || foreignCountry(w.charAt(0)) != null)) {
                String country = w.charAt(0) == '中' ? "中国" : foreignCountry(w.charAt(0));
                found.add(new Mention(EntityType.LOCATION, w.substring(0, 1), t.start(), t.start() + 1, country));
            } else if (w.equals("中") && i + 1 < tokens.size()) {
                Token next = tokens.get(i + 1);
                String other = next.text().length() == 1 && next.start() == t.end() ? foreignCountry(next.text().charAt(0)) : null;
                // 中越|边界, and a border's stretch between (中俄|东段|边界)
                if (other != null && (RELATIONS.stream().anyMatch(r -> text.startsWith(r, next.end())) || text.startsWith("边界", next.end() + 2))) {
                    found.add(new Mention(EntityType.LOCATION, "中", t.start(), t.end(), "中国"));
                    found.add(new Mention(EntityType.LOCATION, next.text(), next.start(), next.end(), other));
                }
            }
        }
        return found;
    }

    /** The country a character stands for (美 → 美国), or null when it stands for none. */
    private String foreignCountry(char c) {
        return readings.getOrDefault(c, List.of()).stream().filter(r -> !r.domestic() && !r.fullName().endsWith("洲"))
                .map(Reading::fullName).findFirst().orElse(null);
    }

    /** 中欧 of 中欧班列 as the model reads it: short names of places that name a thing, and no place. */
    boolean namesAThing(Mention m, String text) {
        return m.type() == EntityType.LOCATION && m.length() >= 2 && m.length() <= LONGEST_SERIES && thingAt(text, m.end())
                && madeOfShortNames(m.text());
    }

    private static boolean thingAt(String text, int at) {
        return THINGS.stream().anyMatch(t -> text.startsWith(t, at));
    }

    /** Every character of the word is the short name of a province or region of China (鲁甘, 蒙汉). */
    boolean madeOfProvinceNames(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (readings.getOrDefault(word.charAt(k), List.of()).stream().noneMatch(Reading::domestic)) {
                return false;
            }
        }
        return true;
    }

    /** Every character of the word is in the table. */
    private boolean madeOfShortNames(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (!readings.containsKey(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Things named after the places they join, not mentions of them: 中欧班列, 中俄博览会, 中非合作论坛. */
    private static final List<String> THINGS = List.of("班列", "博览会", "论坛", "合作论坛", "峰会", "铁路", "高铁", "航线", "商会");

    /**
     * A word the segmenter reads as an abbreviation or a place (京/j, 港澳台/j) made of the table's characters; 中,
     * which it reads as a direction word (中/f 美/j); or a pair of countries it takes for a name before what two
     * countries share (坦赞/nr 三国, 墨秘/nr 两国).
     */
    private boolean isPart(Token token, String text) {
        boolean countriesAsAName = token.nature().startsWith("nr") && token.text().length() >= 2 && onlyCountries(token.text())
                && RELATIONS.stream().anyMatch(r -> text.startsWith(r, token.end()));
        return (token.nature().equals("j") || token.nature().equals("ns") || token.text().equals("中") || countriesAsAName)
                && madeOfShortNames(token.text());
    }

    private static final List<String> RELATIONS = List.of(
            "两国", "三国", "四国", "双方", "边境", "边界", "关系", "合作", "友谊", "友好", "贸易", "建交", "会谈", "之间", "联合", "陆地");

    private boolean onlyCountries(String word) {
        for (int k = 0; k < word.length(); k++) {
            List<Reading> options = readings.get(word.charAt(k));
            if (options == null || options.stream().anyMatch(Reading::domestic)) {
                return false;
            }
        }
        return true;
    }

    /** 渝中, 鄂中: 中 after a province is the middle of that province, not China (柬中 is Cambodia and China). */
    private boolean centralPartOf(Token before, Token next) {
        return next.text().equals("中") && readings.getOrDefault(before.text().charAt(before.text().length() - 1), List.of())
                .stream().allMatch(Reading::domestic);
    }

    /**
     * A series is read as China's provinces and cities when more of its characters can only be those than only
     * countries; such a series names a region (京津冀, 川渝, 港澳台) or a route (京沪, 京港澳) and stays one name.
     * A series of countries is a relation between them (中美关系, 美英联军): each is its own place.
     */
    private List<Mention> series(String text, int start, int stop) {
        int provincesOnly = 0;
        int othersOnly = 0;
        for (int k = start; k < stop; k++) {
            List<Reading> options = readings.get(text.charAt(k));
            boolean anyProvince = options.stream().anyMatch(Reading::domestic);
            boolean anyOther = options.stream().anyMatch(r -> !r.domestic());
            provincesOnly += anyProvince && !anyOther ? 1 : 0;
            othersOnly += anyOther && !anyProvince ? 1 : 0;
        }
        if (provincesOnly > othersOnly) {
            return List.of(new Mention(EntityType.LOCATION, text.substring(start, stop), start, stop, null));
        }
        List<Mention> mentions = new ArrayList<>();
        for (int k = start; k < stop; k++) {
            List<Reading> options = readings.get(text.charAt(k));
            Reading chosen = options.stream().filter(r -> !r.domestic()).findFirst().orElse(options.get(0));
            mentions.add(new Mention(EntityType.LOCATION, text.substring(k, k + 1), k, k + 1, chosen.fullName()));
        }
        return mentions;
    }
}
