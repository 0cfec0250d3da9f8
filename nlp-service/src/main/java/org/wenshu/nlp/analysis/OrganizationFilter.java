package org.wenshu.nlp.analysis;

import java.util.List;

/**
 * An organization name ends in the word for a kind of body (公司, 大学, 管委会, 政府 …) and does not start
 * with a preposition or verb that HanLP glued onto it (对首都师范大学, 为学生).
 */
public final class OrganizationFilter {
    private static final List<String> SUFFIXES = List.of(
            "公司", "集团", "银行", "大学", "学院", "学校", "中学", "小学", "幼儿园", "医院", "研究院", "研究所",
            "科学院", "设计院", "委员会", "管委会", "工委", "党委", "政府", "政协", "人大", "法院", "检察院",
            "协会", "学会", "联合会", "商会", "基金会", "中心", "办公室", "局", "厅", "部", "署", "处", "所",
            "委", "办", "会", "社", "院", "队", "站", "台", "报", "馆", "团");
    private static final String BAD_FIRST = "为对在与和及从向把被将让使给于由促推拓加";

    public boolean isOrganizationName(String word) {
        if (word.length() < 3 || BAD_FIRST.indexOf(word.charAt(0)) >= 0) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!TextNormalizer.isHan(c) && !Character.isLetterOrDigit(c) && c != '（' && c != '）') {
                return false;
            }
        }
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}
