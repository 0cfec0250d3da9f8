package org.wenshu.nlp.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates written the way Chinese news writes them: 2022年7月9日, 5月17日, 2024年3月, 2023年,
 * and in Chinese numerals (二〇二四年五月十七日). Expects normalized (half-width) digits.
 */
public final class DateFinder {
    private static final String CN_DIGITS = "〇零一二三四五六七八九十";
    private static final Pattern ARABIC = Pattern.compile(
            "(?<![\\d.])(?=\\d)(?:(\\d{4})年)?(?:(\\d{1,2})月(?:(\\d{1,2})[日号])?)?(初|底|末|上旬|中旬|下旬)?");
    private static final Pattern CHINESE = Pattern.compile(
            "([〇零一二三四五六七八九]{4})年(?:([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})日)?)?");

    /**
     * 今年3月, 今年4月16日, 去年9月, 明年6月底: a month of the current, last or next year, dated by the page's year or
     * the publication date.
     */
    private static final Pattern THIS_YEAR = Pattern.compile("(?:今年|去年|明年|前年)(\\d{1,2})月(?:(\\d{1,2})[日号]|初|底|末|上旬|中旬|下旬)?");

    public List<Mention> find(String text) {
        List<Mention> found = new ArrayList<>();
        Matcher thisYear = THIS_YEAR.matcher(text);
        while (thisYear.find()) {
            int month = Integer.parseInt(thisYear.group(1));
            if (month >= 1 && month <= 12) {
                found.add(new Mention(EntityType.DATE, thisYear.group(), thisYear.start(), thisYear.end(), null));
            }
        }
        Matcher m = ARABIC.matcher(text);
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            Integer year = m.group(1) == null ? null : Integer.valueOf(m.group(1));
            Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
            Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
            // 6月初, 2024年底, 5月中旬: a part of a month or year. After a day (5月17日初…) or as 上旬 of a year, the
            // word belongs to what follows.
            int end = m.end();
            boolean period = m.group(4) != null;
            if (period && (day != null || month == null && m.group(4).endsWith("旬"))) {
                end = m.start(4);
                period = false;
            }
            add(found, text, m.start(), end, year, month, day, period);
        }
        Matcher c = CHINESE.matcher(text);
        while (c.find()) {
            add(found, text, c.start(), c.end(), chineseYear(c.group(1)), chineseNumber(c.group(2)), chineseNumber(c.group(3)), false);
        }
        return found;
    }

    private static void add(List<Mention> found, String text, int start, int end, Integer year, Integer month, Integer day,
                            boolean period) {
        if (month == null && year == null) {
            return;
        }
        if (month == null && end < text.length() && (text.charAt(end) == '代' || text.charAt(end) == '度')) {
            return; // 2020年代 is a decade, 2023年度 a fiscal year: not calendar dates
        }
        if (month != null && (month < 1 || month > 12)) {
            return;
        }
        if (day != null && (day < 1 || day > 31)) {
            return;
        }
        if (year == null && day == null && !period && text.startsWith("份", end)) {
            return; // 5月 is a month (a count of months is 5个月), 5月份 a month's worth as often as a date
        }
        found.add(new Mention(EntityType.DATE, text.substring(start, end), start, end, iso(year, month, day)));
    }

    /** ISO-8601 as far as the text tells: 2022-07-09, 2024-03, 2023; null when the year is unknown. */
    static String iso(Integer year, Integer month, Integer day) {
        if (year == null) {
            return null;
        }
        if (month == null) {
            return String.format("%04d", year);
        }
        if (day == null) {
            return String.format("%04d-%02d", year, month);
        }
        return String.format("%04d-%02d-%02d", year, month, day);
    }

    private static Integer chineseYear(String digits) {
        int year = 0;
        for (char ch : digits.toCharArray()) {
            year = year * 10 + digit(ch);
        }
        return year;
    }

    /** 五 → 5, 十 → 10, 十七 → 17, 二十 → 20, 三十一 → 31. */
    private static Integer chineseNumber(String s) {
        if (s == null) {
            return null;
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digit(s.charAt(0));
        }
        int tens = ten == 0 ? 1 : digit(s.charAt(0));
        int units = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
        return tens * 10 + units;
    }

    private static int digit(char ch) {
        int i = CN_DIGITS.indexOf(ch);
        return i <= 0 ? 0 : i - 1;
    }
}
