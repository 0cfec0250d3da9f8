package org.wenshu.nlp.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A district's or city's departments, named by their level and what they do (区住房和城乡建设局, 区科技创新局,
 * 区委社会工作部, 市委党校), which the segmenter cuts into ordinary words.
 */
final class DepartmentNames {
    private DepartmentNames() {
    }

    /** The level a local government's department is named by. */
    private static final Set<String> LEVELS = Set.of("区", "市", "县", "区委", "市委", "县委");
    /** Verbs the segmenter glues to the level after them: 联合区/ns 民政局 is 联合 区民政局. */
    private static final List<String> LEADING_VERBS = List.of("联合", "会同", "配合", "协调", "组织", "指导", "督促", "依托", "牵头");
    /** Verbs inside departments' names: 区科技创新局, 区投资促进中心, 区住房和城乡建设局. */
    private static final Set<String> DEPARTMENT_VERBS = Set.of(
            "创新", "促进", "建设", "发展", "管理", "服务", "保障", "改革", "监督", "执法", "规划", "保护", "投资", "综合",
            "应急", "审批", "治理", "转化", "合作", "交流", "监管", "统筹");
    private static final List<String> DEPARTMENT_ENDS = List.of(
            "局", "委员会", "委", "中心", "办公室", "办", "部", "党校", "管委会", "服务站", "执法队", "大队",
            "工商联", "妇联", "文联", "科协", "残联", "侨联", "总工会", "人民法院", "人民检察院", "法院", "检察院");
    private static final int LONGEST_DEPARTMENT = 20;
    private static final String DIVISION_ENDS = "区市县旗";
    /** Parts of a place, not departments of it (海淀区西部, 南岗区中心). */
    private static final Set<String> PARTS_OF_A_PLACE = Set.of("东部", "西部", "南部", "北部", "中部", "全部", "内部", "外部", "中心");

    /**
     * A district's or city's department named by its level and what it does, words the segmenter cuts apart and
     * joins with 和 or a verb: 区/住房/和/城乡/建设局, 区/科技/创新/局, 区委/社会工作部, 市委/党校.
     */
    static List<Mention> find(String text, TokenIndex words) {
        List<Token> tokens = words.all();
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token opener = tokens.get(i);
            int start = LEVELS.contains(opener.text()) ? opener.start() : -1;
            // 南岗区/ns 住房/和/城乡/建设局, 哈尔滨市南岗区/ns 人力/资源/和/社会/保障局: a named district's department
            boolean namedDivision = opener.nature().equals("ns") && opener.text().length() >= 3 && DIVISION_ENDS.indexOf(opener.text().charAt(opener.text().length() - 1)) >= 0;
            if (namedDivision) {
                start = opener.start();
            }
            for (String verb : LEADING_VERBS) {
                if (opener.text().length() == verb.length() + 1 && opener.text().startsWith(verb) && LEVELS.contains(opener.text().substring(verb.length()))) {
                    start = opener.end() - 1;
                }
            }
            if (start < 0) {
                continue;
            }
            Mention best = null;
            for (int j = i + 1; j < tokens.size(); j++) {
                Token token = tokens.get(j);
                String word = token.text();
                if (token.start() == tokens.get(j - 1).end() && word.length() >= 3 && DEPARTMENT_ENDS.contains(word.substring(0, 1))
                        && TitleLexicon.endsWithTitle(word.substring(1)) && token.start() + 1 - start >= 4) {
                    // 区/发展/和/改革/局局长: the segmenter gave the department's last character to the title
                    best = new Mention(EntityType.ORGANIZATION, text.substring(start, token.start() + 1), start, token.start() + 1, null);
                    break;
                }
                if (token.start() != tokens.get(j - 1).end() || token.end() - start > LONGEST_DEPARTMENT
                        || TitleLexicon.endsWithTitle(word) || !fitsADepartment(token, tokens, j)) {
                    break;
                }
                String candidate = text.substring(start, token.end());
                // not 海淀区|西部, 岳麓区|援疆|干部, 丰台区|第十三届|委员会 (the full name is longer)
                boolean named = !namedDivision || j >= i + 2 && !PARTS_OF_A_PLACE.contains(word) && !word.endsWith("干部") && !candidate.contains("届");
                if (named && DEPARTMENT_ENDS.stream().anyMatch(candidate::endsWith) && candidate.length() >= 4) {
                    best = new Mention(EntityType.ORGANIZATION, candidate, start, token.end(), null);
                }
            }
            if (best != null) {
                found.add(best);
            }
        }
        return found;
    }

    /** 联合区民政局 → 区民政局: the verb the segmenter glued to the department's level is not part of its name. */
    static Mention withoutLeadingVerb(Mention m) {
        if (m.type() != EntityType.ORGANIZATION) {
            return m;
        }
        for (String verb : LEADING_VERBS) {
            if (m.text().startsWith(verb) && m.length() > verb.length() + 2 && LEVELS.contains(m.text().substring(verb.length(), verb.length() + 1))) {
                return new Mention(m.type(), m.text().substring(verb.length()), m.start() + verb.length(), m.end(), null);
            }
        }
        return m;
    }

    private static boolean fitsADepartment(Token token, List<Token> tokens, int j) {
        String n = token.nature();
        if (token.text().equals("和")) {
            // 住房和城乡; not 和辖区, nor the 和 between two bodies (…领导小组和区委…)
            Token before = tokens.get(j - 1);
            Token after = j + 1 < tokens.size() ? tokens.get(j + 1) : null;
            return after != null && (after.nature().startsWith("n") || after.nature().equals("vn") || after.nature().equals("j"))
                    && !LEVELS.contains(after.text())
                    && DEPARTMENT_ENDS.stream().noneMatch(before.text()::endsWith);
        }
        boolean nounLike = (n.startsWith("n") && !n.startsWith("nr") && !n.equals("ns")) || n.equals("vn") || n.equals("an")
                || n.equals("j") || n.equals("b") || n.equals("a") && token.text().length() == 2 // 区/卫生/健康/局
                || n.equals("l") && token.text().length() == 4; // 区/自然资源/l 局, 区/人民法院/l
        return nounLike || n.startsWith("v") && DEPARTMENT_VERBS.contains(token.text());
    }

}
