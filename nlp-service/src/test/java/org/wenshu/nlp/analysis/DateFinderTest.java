package org.wenshu.nlp.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DateFinderTest {
    private final DateFinder dates = new DateFinder();

    @Test
    void findsAFullDateWithItsIsoValue() {
        String text = "丽泽金融商务区工委书记、管委会主任 李国龙2022年7月9日，区委理论学习中心组举行";
        List<Mention> found = dates.find(text);
        assertEquals(1, found.size());
        Mention m = found.get(0);
        assertEquals("2022年7月9日", m.text());
        assertEquals("2022-07-09", m.value());
        assertEquals(m.text(), text.substring(m.start(), m.end()));
    }

    @Test
    void findsAMonthDayWithoutYearAndLeavesTheValueOpen() {
        List<Mention> found = dates.find("本报讯(记者 郭晓妍)5月17日,区委书记王少峰");
        assertEquals(1, found.size());
        assertEquals("5月17日", found.get(0).text());
        assertNull(found.get(0).value());
    }

    @Test
    void findsYearMonthAndYearOnlyButNotDecadesOrMonthsWorth() {
        List<Mention> found = dates.find("自2023年9月开学以来，计划于2026年完成；上世纪2020年代；5月份以来");
        assertEquals(List.of("2023年9月", "2026年"), found.stream().map(Mention::text).toList());
        assertEquals(List.of("2023-09", "2026"), found.stream().map(Mention::value).toList());
    }

    @Test
    void findsABareMonthAndAPartOfAMonthOfThisYear() {
        // development pages: 5月的大连, 今年10月下旬
        Analysis a = new DocumentAnalyzer().analyze("2026年10月20日 星期二\n\n5月的大连，槐花满城。今年10月下旬，项目将投产。");
        List<Mention> found = a.mentions().stream().filter(m -> m.type() == EntityType.DATE).toList();
        assertEquals(List.of("2026年10月20日", "5月", "今年10月下旬"), found.stream().map(Mention::text).toList());
        assertEquals(List.of("2026-10-20", "2026-05", "2026-10"), found.stream().map(Mention::value).toList());
    }

    @Test
    void findsAPartOfAMonthOrYear() {
        // seeds/001: 樱桃园于5月18日正式开园 … 将持续到6月初
        List<Mention> found = dates.find("将持续到6月初；计划2024年底完工，5月中旬启动；5月17日初步完成。");
        assertEquals(List.of("6月初", "2024年底", "5月中旬", "5月17日"), found.stream().map(Mention::text).toList());
        assertEquals("2024", found.get(1).value());
    }

    @Test
    void findsAMonthOfThisYearDatedByThePage() {
        // development pages: 今年3月, and 3月 下旬 with the space PDF extraction left
        Analysis a = new DocumentAnalyzer().analyze("2025年5月12日 星期一\n\n今年3月，这栋老楼装上了电梯。3月 下旬，社区花园正式开放。");
        List<Mention> found = a.mentions().stream().filter(m -> m.type() == EntityType.DATE).toList();
        assertEquals(List.of("2025年5月12日", "今年3月", "3月下旬"), found.stream().map(Mention::text).toList());
        assertEquals("2025-03", found.get(1).value());
    }

    @Test
    void findsAMonthOfLastOrNextYearDatedByThePage() {
        // development pages d38–d40: 去年9月起, 明年6月底前交付, 明年3月
        Analysis a = new DocumentAnalyzer().analyze("2025年11月3日 星期一\n\n去年9月起，社区开展助餐服务。项目预计明年6月底前交付，明年3月投入使用。");
        List<Mention> found = a.mentions().stream().filter(m -> m.type() == EntityType.DATE).toList();
        assertEquals(List.of("2025年11月3日", "去年9月", "明年6月底", "明年3月"), found.stream().map(Mention::text).toList());
        assertEquals(List.of("2024-09", "2026-06", "2026-03"), found.subList(1, 4).stream().map(Mention::value).toList());
    }

    @Test
    void readsDatesInChineseNumerals() {
        List<Mention> found = dates.find("二〇二四年五月十七日印发");
        assertEquals(1, found.size());
        assertEquals("2024-05-17", found.get(0).value());
    }

    @Test
    void rejectsImpossibleMonthsAndDays() {
        assertEquals(List.of(), dates.find("编号13月45日"));
    }
}
