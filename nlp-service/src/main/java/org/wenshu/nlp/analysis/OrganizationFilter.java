package org.wenshu.nlp.analysis;

import org.ansj.domain.Term;
import org.ansj.splitWord.analysis.ToAnalysis;

import java.util.List;

/**
 * Rejects organization candidates that are verb phrases with a preposition or verb glued on
 * (对首都师范大学, 为学生, 促进学生) or that run across punctuation.
 */
public final class OrganizationFilter {
    private static final String BAD_FIRST = "为对在与和及从向把被将让使给于由促推拓加我你他她的"; // and 我们|的家/nt
    private static final String NUMERALS = "一二三四五六七八九十两";

    /** Endings that kinds of bodies share with generic phrases (消费中心, 平台公司, 义务教育学校). */
    private static final List<String> WEAK_ENDS = List.of("中心", "公司", "学校", "网络", "院所", "机构", "商");

    /**
     * A name with a weak ending must contain a proper word — a place, a name, a brand — when segmented plainly:
     * 丰台体育中心 (丰台) is a body, 消费中心 and 国家工程研究中心 are kinds of bodies.
     */
    public boolean namesABody(String word) {
        if (WEAK_ENDS.stream().noneMatch(word::endsWith)) {
            return true;
        }
        return holdsAProperWord(word);
    }

    /** Endings that kinds of places share with names of places (老旧小区, 城市社区). */
    private static final List<String> WEAK_PLACE_ENDS = List.of("社区", "小区", "商圈");

    /** A place name with a weak ending must contain a proper word, as {@link #namesABody} asks of bodies. */
    public boolean namesAPlace(String word) {
        if (WEAK_PLACE_ENDS.stream().noneMatch(word::endsWith)) {
            return true;
        }
        return holdsAProperWord(word);
    }

    /** Whether plain segmentation finds a place, a name, a body or another proper word in {@code word}. */
    public boolean holdsAProperWord(String word) {
        for (Term term : ToAnalysis.parse(word).getTerms()) {
            String n = String.valueOf(term.getNatureStr());
            if (n.startsWith("ns") || n.startsWith("nr") || n.startsWith("nt") || n.equals("nz") || n.equals("nw")) {
                return true;
            }
        }
        return false;
    }

    public boolean isOrganizationName(String word) {
        if (word.length() < 2 || BAD_FIRST.indexOf(word.charAt(0)) >= 0) {
            return false;
        }
        if (word.length() == 2 && NUMERALS.indexOf(word.charAt(0)) >= 0) {
            return false; // 一环, 一区: counted things, not bodies
        }
        if (word.endsWith("通办")) {
            return false; // 一网通办, 跨省通办: how government services are offered, not an office (办)
        }
        if (word.length() >= 2 && word.endsWith("部") && "东南西北中".indexOf(word.charAt(word.length() - 2)) >= 0) {
            return false; // 京蒙东西部, 中西部: parts of a country, not a department
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!TextNormalizer.isHan(c) && !Character.isLetterOrDigit(c) && c != '（' && c != '）') {
                return false;
            }
        }
        return true;
    }
}
