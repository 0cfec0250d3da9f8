package org.wenshu.nlp.analysis;

/**
 * Rejects organization candidates that are verb phrases with a preposition or verb glued on
 * (对首都师范大学, 为学生, 促进学生) or that run across punctuation.
 */
public final class OrganizationFilter {
    private static final String BAD_FIRST = "为对在与和及从向把被将让使给于由促推拓加";
    private static final String NUMERALS = "一二三四五六七八九十两";

    public boolean isOrganizationName(String word) {
        if (word.length() < 2 || BAD_FIRST.indexOf(word.charAt(0)) >= 0) {
            return false;
        }
        if (word.length() == 2 && NUMERALS.indexOf(word.charAt(0)) >= 0) {
            return false; // 一环, 一区: counted things, not bodies
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
