package org.wenshu.nlp.analysis;

import java.util.regex.Pattern;

/**
 * Repairs text extracted from PDF pages before analysis.
 *
 * <p>PDF extraction breaks lines at the column edge, often inside a word ("全新发" / "展阶段"), and sometimes
 * leaves a blank line there, which would otherwise look like a paragraph break. A break is joined when the
 * line before it is running prose cut off mid-sentence and the next line continues it; headings (lines
 * starting with '#', or short lines without sentence punctuation) and sentence ends keep their breaks.
 * Full-width digits and Latin letters become half-width so that dates and codes match one pattern.
 */
public final class TextNormalizer {
    /** A paragraph cut by a blank line is column-wide; shorter lines are headings, bylines or captions. */
    private static final int MIN_WRAPPED_LINE = 20;

    public String normalize(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < lines.length) {
            String line = cleanLine(lines[i]);
            if (line.isEmpty()) {
                i++;
                continue;
            }
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(line);
            String current = line;
            int next = i + 1;
            while (true) {
                int blankLines = 0;
                int j = next;
                while (j < lines.length && cleanLine(lines[j]).isEmpty()) {
                    blankLines++;
                    j++;
                }
                if (j >= lines.length) {
                    break;
                }
                String following = cleanLine(lines[j]);
                if (!continues(current, following, blankLines)) {
                    break;
                }
                out.append(following);
                current = following;
                next = j + 1;
            }
            i = next;
        }
        return out.toString();
    }

    private static boolean continues(String before, String after, int blankLines) {
        if (isHeading(before) || isHeading(after) || startsParagraph(after)) {
            return false;
        }
        if (CLOSING_PUNCTUATION.indexOf(after.charAt(0)) >= 0) {
            return true; // 区委常委 / (blank) / 、常务副区长: no paragraph opens with a pause or a closing mark
        }
        char last = before.charAt(before.length() - 1);
        if (endsSentence(last)) {
            return false;
        }
        if (last == '·') {
            return true; // 叶卡捷琳娜· / (blank) / 索洛维约娃: no paragraph ends inside a dotted name
        }
        if (blankLines == 0) {
            // A single line break inside a block of text is always a wrap in extracted PDF text.
            return true;
        }
        return before.length() >= MIN_WRAPPED_LINE
                && hasSentencePunctuation(before)
                && (isHan(last) || Character.isDigit(last) || last == '，' || last == '、' || last == ',')
                && startsProse(after.charAt(0));
    }

    /** The labels of credits, before a slash and a name: 文/于果, 图/祝之韵, 责编/缪思琪. */
    static final String CREDIT_LABELS = "文|图|摄影|责编|美编|校对|编辑";
    /** Credit lines of an article or a page: 文/于果 图/祝之韵, 责编/缪思琪 美编/庹亮, （区委社会工作部供稿）. */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^(?:(?:" + CREDIT_LABELS + ")/.*|[（(][^（()）]{2,30}(?:供稿|供图|摄)[）)]|.*第\\s*\\d+\\s*版.*)$");
    /** 3月 下旬: a part of a month set apart from it by the extraction. */
    private static final Pattern SPACED_MONTH_PART = Pattern.compile("月 (初|底|末|上旬|中旬|下旬)");

    private static boolean isHeading(String line) {
        return line.startsWith("#") || CREDIT_LINE.matcher(line).matches();
    }

    /** A dateline (本报讯) or an interview question (记者：) always opens a paragraph. */
    private static boolean startsParagraph(String line) {
        return line.startsWith("本报讯") || line.startsWith("记者:") || line.startsWith("记者：");
    }

    private static final String CLOSING_PUNCTUATION = "，、。；：！？）》”,;:!?)";

    private static boolean endsSentence(char c) {
        return "。！？!?；;".indexOf(c) >= 0;
    }

    private static boolean hasSentencePunctuation(String line) {
        for (int k = 0; k < line.length(); k++) {
            // Not 、 or ：, which bylines and headlines use too ("工委书记、管委会主任 李国龙").
            if ("，。；,;".indexOf(line.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsProse(char c) {
        return isHan(c) || Character.isDigit(c);
    }

    static boolean isHan(char c) {
        // asked of nearly every character the rules read: answer the common cases without the script table's search
        if (c < '\u2E80') {
            return false; // no Han script below the CJK radicals
        }
        if (c >= '\u4E00' && c <= '\u9FEF') {
            return true; // CJK Unified Ideographs, all assigned
        }
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Whether {@code text[from, to)} is all Chinese characters (true when empty). */
    static boolean allHan(CharSequence text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isHan(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Trims the line and maps full-width digits and letters to half-width; length-preserving per character. */
    private static String cleanLine(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return trimmed;
        }
        String cleaned = withoutLetterSpacing(removeSpacesAroundDigits(undoubled(halfWidth(trimmed))));
        return cleaned.indexOf(' ') < 0 ? cleaned : SPACED_MONTH_PART.matcher(cleaned).replaceAll("月$1");
    }

    /** 一 梯 一 坎 皆 风 景 → 一梯一坎皆风景, where every gap is between two single characters; 荔枝红了 文旅火了 stays. */
    static String withoutLetterSpacing(String line) {
        if (line.indexOf(' ') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            int run = letterSpacedRunEnd(line, i);
            if (run > i) {
                for (int k = i; k < run; k++) {
                    if (line.charAt(k) != ' ') {
                        out.append(line.charAt(k));
                    }
                }
                i = run;
            } else {
                out.append(line.charAt(i++));
            }
        }
        return out.toString();
    }

    /** The end of a run of at least four single Han characters, each but the last followed by one space, at {@code i}. */
    private static int letterSpacedRunEnd(String line, int i) {
        if (i > 0 && isHan(line.charAt(i - 1))) {
            return i;
        }
        int characters = 0;
        int k = i;
        while (k < line.length() && isHan(line.charAt(k)) && (k + 1 == line.length() || !isHan(line.charAt(k + 1)))) {
            characters++;
            if (k + 2 < line.length() && line.charAt(k + 1) == ' ' && isHan(line.charAt(k + 2))) {
                k += 2;
            } else {
                k++;
                break;
            }
        }
        return characters >= 4 ? k : i;
    }

    /** Full-width digits and Latin letters as half-width, and the ideographic space as a space; same length. */
    public static String halfWidth(String text) {
        char[] chars = text.toCharArray();
        for (int k = 0; k < chars.length; k++) {
            char c = chars[k];
            if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
                chars[k] = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                chars[k] = ' ';
            }
        }
        return new String(chars);
    }

    /**
     * PDF "fake bold" draws a headline twice, and extraction reads both: 区委常委会召开第68次会议区委常委会召开第68次会议.
     * A line made of strings each written twice is read once, and a short tail after them (a column label, 走一线)
     * is kept: 游客采摘樱桃。游客采摘樱桃。赵智和 摄赵智和 摄 → 游客采摘樱桃。赵智和 摄.
     */
    static String undoubled(String line) {
        StringBuilder once = new StringBuilder(line.length());
        int at = 0;
        while (true) {
            int doubled = doubledAt(line, at);
            if (doubled == 0) {
                break;
            }
            once.append(line, at, at + doubled);
            at += 2 * doubled;
        }
        if (at == 0 || line.length() - at > MAX_TAIL) {
            return line;
        }
        return once.append(line, at, line.length()).toString();
    }

    private static final int MIN_DOUBLED = 4;
    private static final int MAX_TAIL = 8;

    /** The length of the longest string starting at {@code at} that is written twice in a row there, or 0. */
    private static int doubledAt(String line, int at) {
        for (int length = (line.length() - at) / 2; length >= MIN_DOUBLED; length--) {
            if (line.charAt(at) == line.charAt(at + length) && line.regionMatches(at, line, at + length, length)) {
                return length;
            }
        }
        return 0;
    }

    /** "2月 11日" is one date: drop spaces between a digit and a Han character, never between two names. */
    private static String removeSpacesAroundDigits(String line) {
        if (line.indexOf(' ') < 0) {
            return line;
        }
        StringBuilder sb = new StringBuilder(line.length());
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == ' ' && sb.length() > 0) {
                int end = k;
                while (end < line.length() && line.charAt(end) == ' ') {
                    end++;
                }
                if (end < line.length()) {
                    char prev = sb.charAt(sb.length() - 1);
                    char next = line.charAt(end);
                    boolean digitHan = (Character.isDigit(prev) && isHan(next)) || (isHan(prev) && Character.isDigit(next));
                    if (digitHan) {
                        k = end - 1;
                        continue;
                    }
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
