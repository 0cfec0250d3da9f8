package org.wenshu.nlp.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Reads the titles written in front of a person's name, as official news writes them:
 * {@code [organization][title]、[organization][title]…name}. Competing tools drop exactly this.
 */
final class RoleFinder {
    private static final String CLAUSE_BREAKS = "，,。；;：:（(）)“”\"《》!！?？\n";
    private static final String LEADING_FUNCTION_WORDS = "在由据经和与及的到赴向对为是";

    private final Gazetteer gazetteer;

    RoleFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Role> find(String text, List<Mention> mentions) {
        // Mentions never overlap, so an end offset names at most one mention.
        Map<Integer, Mention> peopleByEnd = new HashMap<>();
        Map<Integer, Mention> bodiesByEnd = new HashMap<>();
        Map<Integer, Mention> placesByEnd = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON) {
                peopleByEnd.put(m.end(), m);
            } else if (m.type() == EntityType.ORGANIZATION) {
                bodiesByEnd.put(m.end(), m);
            } else if (m.type() == EntityType.LOCATION) {
                placesByEnd.put(m.end(), m);
            }
        }
        Map<String, Role> roles = new LinkedHashMap<>();
        List<Role> previous = List.of();
        Mention previousPerson = null;
        for (Mention person : mentions) {
            if (person.type() == EntityType.PERSON) {
                List<Role> own = rolesOf(text, person, peopleByEnd, bodiesByEnd, placesByEnd);
                if (own.isEmpty() && previousPerson != null && previousPerson.end() + 1 == person.start()
                        && text.charAt(previousPerson.end()) == '、') {
                    // 副区长舒红英、邱建明出席: a name listed after a title's holder, with no title of its own, holds it too
                    own = previous.stream().map(r -> new Role(person.text(), r.title(), r.organization(), person.start())).toList();
                }
                for (Role role : own) {
                    roles.putIfAbsent(role.person() + '\u0000' + role.title() + '\u0000' + role.organization(), role);
                }
                previous = own;
                previousPerson = person;
            }
        }
        return new ArrayList<>(roles.values());
    }

    /** Levels an organ is named by (区委, 盟委, 镇党委), as in TitleLexicon's organ pattern. */
    private static final String LEVELS = "区市县省州盟旗镇";

    private boolean knownName(String phrase) {
        return CompoundNameRule.typeByEnd(phrase) != null || gazetteer.endsWithKnownName(phrase);
    }

    private List<Role> rolesOf(String text, Mention person, Map<Integer, Mention> peopleByEnd,
                               Map<Integer, Mention> bodiesByEnd, Map<Integer, Mention> placesByEnd) {
        List<Role> chain = new ArrayList<>();
        int clauseEnd = person.start();
        if (clauseEnd > 0 && text.charAt(clauseEnd - 1) == ' ') {
            clauseEnd--;
        }
        boolean crossedComma = false;
        List<Integer> segments = new ArrayList<>();
        int segment = 0;
        // Credit lines name several people after one title: 责编/曹言湖 霍秋蕊 — read the title before the first.
        int listStart = person.start();
        while (listStart > 1 && text.charAt(listStart - 1) == ' ') {
            Mention previous = peopleByEnd.get(listStart - 1);
            if (previous == null) {
                break;
            }
            listStart = previous.start();
        }
        if (listStart != person.start() && listStart > 0 && text.charAt(listStart - 1) == '/') {
            clauseEnd = listStart;
        }
        while (clauseEnd > 0) {
            int clauseStart = clauseEnd;
            while (clauseStart > 0 && CLAUSE_BREAKS.indexOf(text.charAt(clauseStart - 1)) < 0
                    && text.charAt(clauseStart - 1) != '、' && text.charAt(clauseStart - 1) != ' ') {
                clauseStart--;
            }
            String clause = text.substring(clauseStart, clauseEnd);
            if (clause.endsWith("/")) {
                clause = clause.substring(0, clause.length() - 1); // credits: 美编/白杨
            }
            Matcher title = TitleLexicon.titleAtEnd(clause);
            if (title == null) {
                break;
            }
            String titleText = title.group();
            String before = clause.substring(0, title.start());
            // 中关村丰台园管委会主任: the named body includes its organ, so the title is 主任. In 管委会主任 alone, or
            // 丽泽金融商务区工委书记, the organ names no body of its own and stays in the title.
            String organ = title.group(1);
            int organEnd = clauseStart + title.start() + organ.length();
            Mention body = organ.isEmpty() ? null : bodiesByEnd.get(organEnd);
            if (body != null && body.length() > organ.length()) {
                before = clause.substring(0, title.start() + organ.length());
                titleText = titleText.substring(organ.length());
            } else if (organ.length() > 2 && LEVELS.indexOf(organ.charAt(0)) >= 0 && !before.isEmpty()
                    && knownName(before + organ.charAt(0))) {
                // 丽泽金融商务区工委书记: the 区 ends 商务区; the organ is 工委.
                before = before + organ.charAt(0);
                titleText = titleText.substring(1);
            }
            Mention named = bodiesByEnd.get(clauseStart + before.length());
            if (named != null && named.start() >= clauseStart) {
                before = named.text(); // 邀请中国科学院大学讲席教授: the body is the name, not the verb before it
            }
            String organization = organization(before, titleText);
            Mention place = placesByEnd.get(clauseStart + before.length());
            if (place != null && place.start() >= clauseStart && (organization == null
                    || organization.length() < place.length() && place.text().endsWith(organization))) {
                // 柳湾村党支部书记: the village found on the page (博后村, not the known 后村 that ends it)
                organization = place.text();
            }
            if (isBareDepartment(before)) {
                // 区委常委、宣传部部长: a department named without its body is part of the title.
                titleText = before + titleText;
                organization = null;
            }
            if (crossedComma && (organization == null || peopleByEnd.containsKey(clauseEnd))) {
                break;
            }
            chain.add(new Role(person.text(), titleText, organization, person.start()));
            segments.add(segment);
            if (clauseStart == 0 || "、,，".indexOf(text.charAt(clauseStart - 1)) < 0) {
                break;
            }
            // Across a comma only a title with its body continues the chain (中国科学院大学讲席教授、人居科学院院长,
            // 北京市建筑设计研究院总建筑师、总规划师吴晨), never a clause that ends with someone else's name.
            crossedComma = text.charAt(clauseStart - 1) != '、';
            if (crossedComma) {
                segment++;
            }
            clauseEnd = clauseStart - 1;
        }
        // Titles of a chain that name no body belong to the body named further back (丽泽金融商务区工委书记、管委会主任),
        // never to one named after them, and a district's own organ (区委书记) to no other body.
        String namedBefore = null;
        for (int i = chain.size() - 1; i >= 0; i--) {
            Role role = chain.get(i);
            String organ = TitleLexicon.titleAtEnd(role.title()).group(1);
            if (role.organization() != null) {
                namedBefore = role.organization();
            } else if (namedBefore != null && !organ.isEmpty() && LEVELS.indexOf(organ.charAt(0)) < 0) {
                chain.set(i, new Role(role.person(), role.title(), namedBefore, role.personStart()));
            }
        }
        // 首都师范大学党委书记、校长方复全: a bare title after a title with its body, in one run of 、, is of that body.
        for (int i = chain.size() - 2; i >= 0; i--) {
            Role role = chain.get(i);
            Role further = chain.get(i + 1);
            if (role.organization() == null && further.organization() != null && segments.get(i).equals(segments.get(i + 1))
                    && TitleLexicon.titleAtEnd(role.title()).group(1).isEmpty()) {
                chain.set(i, new Role(role.person(), role.title(), further.organization(), role.personStart()));
            }
        }
        // A title right after the name: 习近平总书记, 王少峰书记.
        int after = TitleLexicon.titleLengthAt(text, person.end());
        if (after > 0) {
            chain.add(new Role(person.text(), text.substring(person.end(), person.end() + after), null, person.start()));
        }
        return chain;
    }

    /** 宣传部, 组织部, 教育局: a department named without the body it belongs to. */
    private boolean isBareDepartment(String words) {
        return words.matches("\\p{IsHan}{1,3}[部局办处科厅]") && LEVELS.indexOf(words.charAt(0)) < 0
                && !gazetteer.endsWithKnownName(words.substring(0, words.length() - 1));
    }

    /**
     * The known place that ends {@code words}, with the places written before it (内蒙古自治区兴安盟), but without
     * the words of the sentence before it (专访丰台区 → 丰台区); null if no known place ends them.
     */
    private String knownPlaceAtEnd(String words) {
        for (int start = 0; start <= words.length() - 2; start++) {
            String place = words.substring(start);
            if (gazetteer.isKnownName(place)) {
                String before = words.substring(0, start);
                return before.isEmpty() || gazetteer.endsWithKnownName(before) ? words : place;
            }
        }
        return null;
    }

    /** The body named before a title, or null when the words before it do not name one. */
    private String organization(String before, String title) {
        String candidate = before;
        while (!candidate.isEmpty() && LEADING_FUNCTION_WORDS.indexOf(candidate.charAt(0)) >= 0) {
            candidate = candidate.substring(1);
        }
        if (candidate.length() < 2 || candidate.length() > 20) {
            return null;
        }
        // 兴安盟委书记: the 盟 of 兴安盟 doubles as the 盟 of 盟委.
        if (title.length() >= 2 && title.charAt(1) == '委' && LEVELS.indexOf(title.charAt(0)) >= 0
                && candidate.charAt(candidate.length() - 1) != title.charAt(0)) {
            String place = knownPlaceAtEnd(candidate + title.charAt(0));
            if (place != null) {
                return place;
            }
        }
        if (CompoundNameRule.typeByEnd(candidate) != null) {
            return candidate;
        }
        return knownPlaceAtEnd(candidate);
    }
}
