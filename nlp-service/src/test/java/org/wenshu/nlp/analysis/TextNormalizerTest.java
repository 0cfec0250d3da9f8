package org.wenshu.nlp.analysis;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextNormalizerTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void joinsAWordBrokenAcrossABlankLineByPdfExtraction() {
        // seeds/000: the page break falls inside 发展
        String raw = "王少峰对丽泽金融商务区的工作给予充分肯定。他指出,丽泽金融商务区已步入全新发\n\n"
                + "展阶段,作为新兴金融的重要增长极和首都金融业的关键组成部分,需珍惜现有发展成果并持续巩固提升。";
        String text = normalizer.normalize(raw);
        assertTrue(text.contains("全新发展阶段"), text);
        assertEquals(-1, text.indexOf('\n'), text);
    }

    @Test
    void joinsNarrowColumnLinesAndDigitSpacesInDates() {
        // seeds/002: a narrow column, one line per few words, and "2月 11日" split by a space
        String raw = "本报讯（记者 付善元）\n2月 11日上午，内蒙古自治\n区兴安盟党政代表团到丰\n台区就深化京蒙协作进行对接交流。";
        assertEquals("本报讯（记者 付善元）2月11日上午，内蒙古自治区兴安盟党政代表团到丰台区就深化京蒙协作进行对接交流。",
                normalizer.normalize(raw));
    }

    @Test
    void joinsADottedNameBrokenAfterItsDotAcrossABlankLine() {
        // d147, a page with a blank line after every line
        assertEquals("，海面被染成一片金红。来自俄罗斯圣彼得堡的游客叶卡捷琳娜·索洛维约娃一边拍照一边感叹，“在河海交汇的地方看日落，太美了”。",
                normalizer.normalize("，海面被染成一片金红。来自俄罗斯圣彼得堡的游客叶卡捷琳娜·\n\n索洛维约娃一边拍照一边感叹，“在河海交汇的地方看日落，太美了”。"));
    }

    @Test
    void joinsALineThatOpensWithAPauseAfterABlankLine() {
        // d99: a page with a blank line after every line breaks a title chain before its 、
        String raw = "平，区委副书记、区长史卫东带队调研防台防汛和古城保护工作。区委常委\n\n"
                + "、常务副区长俞海明，副区长夏雅萍一同调研。";
        assertEquals("平，区委副书记、区长史卫东带队调研防台防汛和古城保护工作。区委常委、常务副区长俞海明，副区长夏雅萍一同调研。",
                normalizer.normalize(raw));
    }

    @Test
    void keepsHeadingsBylinesAndParagraphBreaks() {
        String raw = "## 打造产业聚焦、北联南拓的金融新区\n\n丽泽金融商务区工委书记、管委会主任 李国龙\n\n"
                + "2022年7月9日，区委理论学习中心组举行“首都发展大讲堂”专题辅导报告会。\n\n"
                + "## 一、学习体会\n\n市第十三次党代会是在我国开启全面建设社会主义现代化国家新征程。";
        assertEquals("## 打造产业聚焦、北联南拓的金融新区\n\n丽泽金融商务区工委书记、管委会主任 李国龙\n\n"
                + "2022年7月9日，区委理论学习中心组举行“首都发展大讲堂”专题辅导报告会。\n\n"
                + "## 一、学习体会\n\n市第十三次党代会是在我国开启全面建设社会主义现代化国家新征程。", normalizer.normalize(raw));
    }

    @Test
    void keepsSpacesBetweenNamesAndMapsFullWidthDigitsWithoutChangingLength() {
        assertEquals("责编/曹言湖 霍秋蕊 美编/白杨", normalizer.normalize("责编/曹言湖 霍秋蕊 美编/白杨"));
        assertEquals("2024年5月17日", normalizer.normalize("２０２４年５月１７日"));
    }

    @Test
    void readsAHeadlineDrawnTwiceByPdfBoldOnceAndStartsDatelinesOnTheirOwnParagraph() {
        // seeds/001: fake-bold headlines come out doubled; the dateline below a narrow column starts an article
        String raw = "区委常委会召开第68次会议区委常委会召开第68次会议\n本报讯（记者 王蕾蕾）5月24日下午，区委常委\n会召开第68次会议。";
        assertEquals("区委常委会召开第68次会议\n\n本报讯（记者 王蕾蕾）5月24日下午，区委常委会召开第68次会议。", normalizer.normalize(raw));
    }

    @Test
    void readsPiecesOfALineDrawnTwiceOnceAndKeepsAShortTail() {
        // seeds/001: a caption and its credit, and a headline with its column label, each drawn twice
        assertEquals("游客采摘樱桃。赵智和 摄", normalizer.normalize("游客采摘樱桃。游客采摘樱桃。赵智和 摄赵智和 摄"));
        assertEquals("樱桃满枝头 尝鲜正当时 走一线", normalizer.normalize("樱桃满枝头 尝鲜正当时樱桃满枝头 尝鲜正当时 走一线"));
        String prose = "会议强调会议强调不是常见写法，但一行正文里的重复在长尾之前出现时不动它。";
        assertEquals(prose, normalizer.normalize(prose));
    }

    @Test
    void neverJoinsCreditLinesAndReadsLetterSpacedHeadlinesAsWords() {
        // development pages: a headline, its credit line, the text; a supplier's credit, the next headline
        String raw = "书香满麓山 全民共阅读\n文/殷若水\n4月 23日是第30个世界读书日。\n（区委社会工作部供稿）\n豫疆情深 共谋协作新篇\n\n"
                + "一 梯 一 坎 皆 风 景";
        assertEquals("书香满麓山 全民共阅读\n\n文/殷若水\n\n4月23日是第30个世界读书日。\n\n（区委社会工作部供稿）\n\n豫疆情深 共谋协作新篇"
                + "\n\n一梯一坎皆风景", normalizer.normalize(raw));
    }

    @Test
    void joinsANumberCutFromItsUnitAcrossABlankLine() {
        // development page: 今年4 | 月 with a blank line between the column's lines
        String raw = "企业研发的巡检机器人已在全国20多个城市投入使用，今年4\n\n月又与多家电力企业签订了订单。";
        assertEquals("企业研发的巡检机器人已在全国20多个城市投入使用，今年4月又与多家电力企业签订了订单。", normalizer.normalize(raw));
    }

    @Test
    void doesNotJoinAcrossASentenceEnd() {
        String raw = "会议强调，要持续深化京蒙协作，推动两地在产业、消费、人才等领域合作取得更大成效。\n\n下一步，双方将继续加强对接。";
        assertEquals(raw, normalizer.normalize(raw));
    }
}
