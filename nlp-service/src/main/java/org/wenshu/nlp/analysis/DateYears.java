package org.wenshu.nlp.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gives dates written without a year (5月17日) the year they most likely mean: the publication date's when
 * it is known (the year before, for a date more than a month after publication), else the latest year of
 * the dates on the page that are not the targets of plans — a page reports on recent days, and plans
 * name future years (至2027年).
 */
final class DateYears {
    private static final int DAYS_AHEAD_ALLOWED = 31;

    List<Mention> withYears(String text, List<Mention> mentions, LocalDate publishedAt) {
        Integer pageYear = publishedAt == null ? pageYear(text, mentions) : null;
        List<Mention> result = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.type() != EntityType.DATE || m.value() != null) {
                result.add(m);
                continue;
            }
            Integer offset = m.length() > 2 ? RELATIVE_YEARS.get(m.text().substring(0, 2)) : null;
            if (offset != null) {
                Integer year = publishedAt != null ? Integer.valueOf(publishedAt.getYear()) : pageYear;
                result.add(thisYear(m, year == null ? null : year + offset));
                continue;
            }
            int[] monthDay = monthDay(m.text());
            Integer year = publishedAt != null ? yearNear(publishedAt, monthDay) : pageYear;
            if (monthDay == null || year == null) {
                result.add(m);
            } else {
                result.add(new Mention(m.type(), m.text(), m.start(), m.end(),
                        DateFinder.iso(year, monthDay[0], monthDay[1] == NO_DAY ? null : monthDay[1])));
            }
        }
        return result;
    }

    private static Integer yearNear(LocalDate publishedAt, int[] monthDay) {
        if (monthDay == null) {
            return null;
        }
        int year = publishedAt.getYear();
        LocalDate candidate = LocalDate.of(year, monthDay[0], Math.min(monthDay[1], 28));
        return candidate.isAfter(publishedAt.plusDays(DAYS_AHEAD_ALLOWED)) ? year - 1 : year;
    }

    /**
     * The latest year the page speaks of as now: dates with a month, and years that are not targets of a
     * plan (至2027年, 2026年,将…; 到…年, …年前, …年底).
     */
    private static Integer pageYear(String text, List<Mention> mentions) {
        Integer latest = null;
        for (Mention m : mentions) {
            if (m.type() == EntityType.DATE && m.value() != null && (m.value().length() >= 7 || !isTarget(text, m))) {
                int year = Integer.parseInt(m.value().substring(0, 4));
                latest = latest == null ? year : Math.max(latest, year);
            }
        }
        return latest;
    }

    private static boolean isTarget(String text, Mention m) {
        String before = text.substring(Math.max(0, m.start() - 2), m.start());
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 3));
        return before.endsWith("到") || before.endsWith("至") || before.endsWith("截至") || after.startsWith("前")
                || after.startsWith("底") || after.startsWith("末") || after.contains("将");
    }

    /** Years named from this year, by their offset from it. */
    private static final Map<String, Integer> RELATIVE_YEARS = Map.of("前年", -2, "去年", -1, "今年", 0, "明年", 1);

    /** 今年3月 → 2025-03, 今年4月16日 → 2025-04-16, 今年10月下旬 → 2025-10 on a page of 2025. */
    private static Mention thisYear(Mention m, Integer year) {
        if (year == null) {
            return m;
        }
        String rest = m.text().substring(2);
        int month = rest.indexOf('月');
        // 今年4月16日 has a day; 今年10月下旬 and 今年3月 only a month
        boolean withDay = rest.endsWith("日") || rest.endsWith("号");
        Integer day = withDay ? Integer.valueOf(rest.substring(month + 1, rest.length() - 1)) : null;
        return new Mention(m.type(), m.text(), m.start(), m.end(), DateFinder.iso(year, Integer.valueOf(rest.substring(0, month)), day));
    }

    private static final int NO_DAY = -1;

    /** Month and day of "5月17日" / "5月17号", and of "5月" with day {@link #NO_DAY}; null for other shapes. */
    private static int[] monthDay(String text) {
        int month = text.indexOf('月');
        if (month <= 0 || text.indexOf('年') >= 0) {
            return null;
        }
        try {
            int m = Integer.parseInt(text.substring(0, month));
            if (month == text.length() - 1) {
                return new int[]{m, NO_DAY};
            }
            int d = Integer.parseInt(text.substring(month + 1, text.length() - 1));
            return new int[]{m, d};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
