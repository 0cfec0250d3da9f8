package org.wenshu.nlp.analysis;

import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The newswire convention's familiar forms of people, on sentences of the newswire development sets. */
class FamiliarFormsTest {
    private static final DocumentAnalyzer PAGES = new DocumentAnalyzer();
    private static final DocumentAnalyzer NEWSWIRE = PAGES.newswireConvention();

    @Test
    void tagsFamiliarFormsAndFamilyNamesBeforeATitleOnlyInTheNewswireConvention() {
        // newswire-dev-14: 老 and a family name; a compound family name before a form of address
        String pupils = "徒弟们都叫他老郗，老郗常说，下井前多看一眼，就少一分危险。";
        assertEquals(List.of("老郗", "老郗"), people(NEWSWIRE, pupils));
        assertEquals(List.of(), people(PAGES, pupils));
        assertEquals(List.of("澹台"), people(NEWSWIRE, "澹台先生一生走访过两百多个县，记下的方言材料装满了十几个木箱。"));
        // newswire-dev-14: 于, a preposition too, is a family name where a clause opens with it
        assertEquals(List.of("于"), people(NEWSWIRE, "于大哥说，庄稼人靠天吃饭，也得靠科学种田。"));
        // newswire-dev-14: the model's name of a family name and a title (厉会计/nr) is the family name alone
        assertEquals(List.of("刘玉芹", "厉"), people(NEWSWIRE, "农民刘玉芹说，她家养猪的本钱，就是厉会计给贷的。"));
        // newswire-dev-3: forms the model reads as new words (老张/nz, 小王/nz) beside the full names
        List<String> mates = people(NEWSWIRE, "在太原钢铁公司炼钢厂，老张和小王是一对师徒，老张叫张福林，干了三十年炉前工，"
                + "小王叫王亮，是去年从太原理工大学毕业分来的大学生。");
        assertTrue(mates.containsAll(List.of("老张", "小王", "张福林", "王亮")), mates.toString());
    }

    @Test
    void noFamiliarFormInOldThingsOrOfficesServed() {
        // newswire-dev-3, -5: old buildings counted, an old pomegranate tree
        assertEquals(List.of(), people(NEWSWIRE, "编辑同志：我们黑龙江省双鸭山市宝山区七星街有十几栋老楼，冬天暖气不热，住户多次向双鸭山市热力公司反映，至今没有解决。"));
        assertEquals(List.of("宋庆龄"), people(NEWSWIRE, "宋庆龄同志晚年住在北京后海北沿，院子里那棵老石榴树至今还年年开花。"));
        // newswire-dev-4, -6: 任 is to serve as an office, no family name
        assertEquals(List.of("罗格"), people(NEWSWIRE, "罗格当选国际奥委会第八任主席，他是比利时人，曾三次参加奥运会帆船比赛。"));
        assertEquals(List.of("伍绍祖"), people(NEWSWIRE, "国家体育总局今天在北京正式挂牌，伍绍祖任局长。"));
    }

    @Test
    void theNewswireConventionMarksItsVersion() {
        assertEquals(DocumentAnalyzer.VERSION, PAGES.version());
        assertEquals(DocumentAnalyzer.VERSION + "+newswire", NEWSWIRE.version());
        assertEquals(NEWSWIRE.version(), NEWSWIRE.analyze("老郗常说。").analyzer());
    }

    private static List<String> people(DocumentAnalyzer analyzer, String text) {
        return analyzer.extract(text).stream().filter(m -> m.type() == EntityType.PERSON)
                .sorted(Comparator.comparingInt(Mention::start)).map(Mention::text).collect(Collectors.toList());
    }
}
