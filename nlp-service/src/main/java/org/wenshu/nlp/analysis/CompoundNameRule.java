package org.wenshu.nlp.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names the segmenter splits into words: a run of words that starts with a named word (a place, an
 * organization, an unknown proper word) and ends in the word for a kind of body or place is one name
 * (中关村/丰台/园/管委会, 丰台区委/组织部, 丽泽/金融/商务区, 雄安/新区).
 */
final class CompoundNameRule {
    private static final List<String> ORGANIZATION_ENDS = List.of(
            "大学", "学院", "学校", "中学", "小学", "幼儿园", "医院", "研究院", "研究所", "研究室", "科学院", "设计院",
            "委员会", "管委会", "工委", "党委", "政府", "政协", "人大", "法院", "检察院", "公司", "集团", "银行", "协会",
            "学会", "联合会", "商会", "基金会", "中心", "办公室", "组织部", "宣传部", "统战部", "武装部", "人武部", "局",
            "博物馆", "图书馆", "美术馆", "报社", "电视台", "出版社", "总队", "支队", "大队");
    private static final List<String> LOCATION_ENDS = List.of(
            "商务区", "新区", "开发区", "园区", "科技园", "产业园", "街道", "公园", "广场", "大街", "大道", "火车站",
            "南站", "北站", "西站", "东站", "机场", "港");
    /** Natures of words that can open a name: places, organizations, unknown proper words, abbreviations. */
    private static final Set<String> OPENERS = Set.of("ns", "nt", "nw", "nz", "nr", "nrf", "j", "nsf");
    private static final int MAX_WORDS = 6;
    private static final int MAX_CHARS = 16;

    List<Mention> find(String text, List<Token> tokens) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!OPENERS.contains(tokens.get(i).nature())) {
                continue;
            }
            Mention best = null;
            for (int j = i; j < Math.min(tokens.size(), i + MAX_WORDS); j++) {
                Token token = tokens.get(j);
                boolean contiguous = j == i || tokens.get(j - 1).end() == token.start();
                if (!contiguous || !joinable(token) || token.end() - tokens.get(i).start() > MAX_CHARS) {
                    break;
                }
                EntityType type = typeByEnd(token.text());
                if (type != null && j > i && !splitsATitle(text, token.end())) {
                    int start = tokens.get(i).start();
                    best = new Mention(type, text.substring(start, token.end()), start, token.end(), null);
                }
            }
            if (best != null) {
                found.add(best);
            }
        }
        return found;
    }

    private static boolean joinable(Token token) {
        String n = token.nature();
        boolean nounLike = n.startsWith("n") && !n.startsWith("nr") || n.equals("j") || n.equals("b") || n.equals("ng");
        return nounLike && !TitleLexicon.endsWithTitle(token.text()) && TextNormalizer.isHan(token.text().charAt(0));
    }

    /** The type a name ending so has; a one-character end (局) counts only as a word of its own. */
    static EntityType typeByEnd(String word) {
        for (String end : LOCATION_ENDS) {
            if (word.endsWith(end) && (end.length() > 1 || word.length() == 1)) {
                return EntityType.LOCATION;
            }
        }
        for (String end : ORGANIZATION_ENDS) {
            if (word.endsWith(end) && (end.length() > 1 || word.length() == 1)) {
                return EntityType.ORGANIZATION;
            }
        }
        return null;
    }

    /** 首都师范大学校长: the 校 belongs to 校长, so 首都师范大学校 is no name. */
    private static boolean splitsATitle(String text, int end) {
        return end < text.length() && TitleLexicon.endsWithTitle(text.substring(end - 1, end + 1));
    }
}
