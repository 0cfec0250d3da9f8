package org.wenshu.nlp.analysis;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Articles, dates' years and the names a page uses for one place, on pieces of the seeds. */
class PageStructureTest {
    private static final DocumentAnalyzer ANALYZER = new DocumentAnalyzer();
    private static final String PAGE = """
            ## 区领导围绕“贯彻全市金融工作会议精神加快推动丽泽金融商务区高质量发展”调研丽泽金融商务区

            # 全面提升核心竞争力 增强区域发展动能

            本报讯(记者 郭晓妍)5月17日,区委书记王少峰,区委副书记、代理区长张艳林调研丽泽金融商务区。

            随后召开座谈会,听取丽泽路网优化及交通体系整体提升计划汇报。

            本报讯(通讯员 张猛)5月16日下午,我区举行2025年“首都发展大讲堂”专题辅导报告会。

            ## 丰台创新辞典

            乐学公园是“教育+公园+治理”的创新实践,2023年9月开放。

            (区委改革办、区园林绿化局供稿)
            """;

    @Test
    void splitsAPageIntoArticlesWithHeadlineBylineAndDateline() {
        Analysis a = ANALYZER.analyze(PAGE);
        List<Article> articles = a.articles();
        assertEquals(3, articles.size(), articles.toString());
        Article first = articles.get(0);
        assertEquals("全面提升核心竞争力 增强区域发展动能", first.headline());
        assertEquals("记者 郭晓妍", first.byline());
        assertEquals("5月17日", first.date());
        assertTrue(a.text().substring(first.start(), first.end()).contains("听取丽泽路网优化"));
        Article second = articles.get(1);
        assertNull(second.headline());
        assertEquals("通讯员 张猛", second.byline());
        assertEquals("5月16日", second.date());
        Article third = articles.get(2);
        assertEquals("丰台创新辞典", third.headline());
        assertEquals("区委改革办、区园林绿化局供稿", third.byline());
        assertFalse(a.text().substring(second.start(), second.end()).contains("乐学公园"));
    }

    @Test
    void numberedSectionHeadingsStayInsideTheirArticle() {
        Analysis a = ANALYZER.analyze("## 建设更具创新活力的中关村丰台园\n\n中关村科技园区丰台园是首批国家级高新区之一。\n\n"
                + "## 一、统筹园区产业空间规划\n\n推动园区产业空间优化布局。\n\n## 二、推动平台公司转型升级\n\n推动平台公司市场化转型。");
        assertEquals(1, a.articles().size());
        assertEquals("建设更具创新活力的中关村丰台园", a.articles().get(0).headline());
    }

    @Test
    void titleLinesAboveAnotherHeadlineOrLastOnThePageAreHeadlines() {
        // seeds/001 and 003: a column name, a headline, the next article's headline; a headline closing the page
        Analysis a = ANALYZER.analyze("（致公党丰台区工委）\n\n政协委员话发展\n\n促进丰台区经济社会高质量发展\n\n"
                + "丰台、石景山、房山三区开展“京蒙劳务协作”线上招聘会\n\n本报讯（通讯员 唐诺仪）近日，丰台区、石景山区、房山区三区联合开展线上招聘会。"
                + "\n\n樱桃满枝头 尝鲜正当时 走一线\n\n本报讯（实习记者 张馨予）5月24日，记者来到位于北宫镇的中华名枣庄园。"
                + "\n\n聚焦﹃四项行动﹄推动京蒙东西部协作走深走实");
        List<String> headlines = a.articles().stream().map(Article::headline).toList();
        assertTrue(headlines.containsAll(List.of("促进丰台区经济社会高质量发展", "丰台、石景山、房山三区开展“京蒙劳务协作”线上招聘会",
                "樱桃满枝头 尝鲜正当时", "聚焦﹃四项行动﹄推动京蒙东西部协作走深走实")), headlines.toString());
        assertFalse(headlines.contains("政协委员话发展"), headlines.toString());
        // seeds/001: a line the column cut inside a quotation is a sentence, not a headline
        Analysis cut = ANALYZER.analyze("区委教育工作领导小组召开2023年第二次会议\n\n会议听取《中共北京市丰台区委教育工作领导小\n\n"
                + "组2023年工作要点》等内容汇报，研究部署下一步工作。会议强调，要坚持教育优先发展，办好人民满意的教育，"
                + "加快建设教育强区，推动基础教育优质均衡发展。");
        assertFalse(cut.articles().stream().anyMatch(x -> x.headline() != null && x.headline().startsWith("会议听取")),
                cut.articles().toString());
    }

    @Test
    void aSubtitleOrACreditLineIsNoHeadline() {
        // development pages
        Analysis a = ANALYZER.analyze("小巷微循环 出行大变样\n\n——金阊街道破解古城停车和出行难题\n\n本报讯（记者 沈慕白）近日，金阊街道启用微循环。"
                + "\n\n荔枝红了 文旅火了\n\n文/于果 图/祝之韵\n\n6月8日上午，第十届南山荔枝文化旅游节开幕。");
        List<String> headlines = a.articles().stream().map(Article::headline).toList();
        assertTrue(headlines.containsAll(List.of("小巷微循环 出行大变样", "荔枝红了 文旅火了")), headlines.toString());
        assertFalse(headlines.contains("文/于果 图/祝之韵"), headlines.toString());
    }

    @Test
    void aShortTitleAboveTheWritersSignatureIsAHeadline() {
        // development page d14: a seven-character title after the last sentence of the article before
        Analysis a = ANALYZER.analyze("代表团还乘坐沈阳\n地铁1号线，从中街站出发前往青年大街站，察看了地下商业空间改造情况。\n"
                + "浑河岸边春光好\n文/乔木\n4月以来，沈阳迎来踏青赏花季。沿着浑河北岸，五里河公园\n的连翘、杏花竞相开放。");
        List<String> headlines = a.articles().stream().map(Article::headline).toList();
        assertTrue(headlines.contains("浑河岸边春光好"), headlines.toString());
        assertFalse(ANALYZER.analyze("沿着浑河北岸散步的市民\n越来越多，大家都说春光好。").articles().stream()
                .anyMatch(article -> article.headline() != null), "wrapped prose is no headline");
    }

    @Test
    void datesWithoutAYearTakeThePagesYearOrThePublicationDatesYear() {
        Analysis fromPage = ANALYZER.analyze(PAGE);
        assertEquals("2025-05-17", value(fromPage, "5月17日"));
        assertEquals("2023-09", value(fromPage, "2023年9月"));
        Analysis published = ANALYZER.analyze("本报讯 12月30日,区委召开会议。", LocalDate.parse("2025-01-02"));
        assertEquals("2024-12-30", value(published, "12月30日"));
    }

    @Test
    void groupsShortFormsUnderTheFullestName() {
        Analysis a = ANALYZER.analyze("丰台区与首都师范大学深化合作。丰台将支持首都师大建设。");
        Mention shortPlace = a.mentions().stream().filter(m -> m.text().equals("丰台")).findFirst().orElseThrow();
        assertEquals("丰台区", a.canonicalName(shortPlace));
        assertTrue(Aliases.isAbbreviation("首都师大", "首都师范大学"));
        assertFalse(Aliases.isAbbreviation("北京市人民政府", "北京市丰台区人民政府"));
    }

    private static String value(Analysis a, String date) {
        return a.mentions().stream().filter(m -> m.type() == EntityType.DATE && m.text().equals(date))
                .findFirst().orElseThrow(() -> new AssertionError(date + " not found")).value();
    }
}
