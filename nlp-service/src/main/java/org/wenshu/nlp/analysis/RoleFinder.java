package org.wenshu.nlp.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Reads the titles written in front of a person's name, as official news writes them:
 * {@code [organization][title]、[organization][title]…name}. Competing tools drop exactly this.
 */
final class RoleFinder {
    private static final String CLAUSE_BREAKS = "，,。；;：:（(）)“”\"《》!！?？\n";
    private static final String LEADING_FUNCTION_WORDS = "在由据经和与及的到赴向对为是";
    /** Organs that name their body only together with the place before them (丽泽金融商务区 … 管委会主任). */
    private static final Set<String> BARE_ORGANS = Set.of("管委会", "党委", "工委", "党工委", "区委", "市委", "县委", "政府", "人民政府");
    private static final String ORGAN_LEVELS = "区市县省州盟旗";

    private final Gazetteer gazetteer;

    RoleFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Role> find(String text, List<Mention> mentions) {
        Map<String, Role> roles = new LinkedHashMap<>();
        for (Mention person : mentions) {
            if (person.type() == EntityType.PERSON) {
                for (Role role : rolesOf(text, person)) {
                    roles.putIfAbsent(role.person() + '\u0000' + role.title() + '\u0000' + role.organization(), role);
                }
            }
        }
        return new ArrayList<>(roles.values());
    }

    private List<Role> rolesOf(String text, Mention person) {
        List<Role> chain = new ArrayList<>();
        int clauseEnd = person.start();
        if (clauseEnd > 0 && text.charAt(clauseEnd - 1) == ' ') {
            clauseEnd--;
        }
        String chainOrganization = null;
        while (clauseEnd > 0) {
            int clauseStart = clauseEnd;
            while (clauseStart > 0 && CLAUSE_BREAKS.indexOf(text.charAt(clauseStart - 1)) < 0
                    && text.charAt(clauseStart - 1) != '、' && text.charAt(clauseStart - 1) != ' ') {
                clauseStart--;
            }
            String clause = text.substring(clauseStart, clauseEnd);
            Matcher title = TitleLexicon.titleAtEnd(clause);
            if (title == null) {
                break;
            }
            String organization = organization(clause.substring(0, title.start()), title.group());
            if (organization != null && BARE_ORGANS.contains(organization) && chainOrganization != null) {
                organization = chainOrganization + organization;
            }
            chain.add(new Role(person.text(), title.group(), organization, person.start()));
            if (organization != null && !BARE_ORGANS.contains(organization)) {
                chainOrganization = organization;
            }
            if (clauseStart == 0 || text.charAt(clauseStart - 1) != '、') {
                break;
            }
            clauseEnd = clauseStart - 1;
        }
        // Bare organs earlier in the chain take the body named further back (丽泽金融商务区工委书记、管委会主任).
        if (chainOrganization != null) {
            for (int i = 0; i < chain.size(); i++) {
                Role role = chain.get(i);
                if (role.organization() != null && BARE_ORGANS.contains(role.organization())) {
                    chain.set(i, new Role(role.person(), role.title(), chainOrganization + role.organization(), role.personStart()));
                }
            }
        }
        return chain;
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
        if (title.length() >= 2 && title.charAt(1) == '委' && ORGAN_LEVELS.indexOf(title.charAt(0)) >= 0
                && candidate.charAt(candidate.length() - 1) != title.charAt(0)) {
            String withLevel = candidate + title.charAt(0);
            if (gazetteer.endsWithKnownName(withLevel)) {
                return withLevel;
            }
        }
        if (BARE_ORGANS.contains(candidate) || CompoundNameRule.typeByEnd(candidate) != null
                || gazetteer.endsWithKnownName(candidate)) {
            return candidate;
        }
        return null;
    }
}
