package org.wenshu.nlp.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Short forms, organs and the phrases that only look like names, on sentences from the seeds. */
class ShortFormsAndOrgansTest {
    private static final DocumentAnalyzer ANALYZER = new DocumentAnalyzer();

    @Test
    void regionsAndRoadsWrittenInProvincesShortNamesArePlaces() {
        Set<String> places = names("同时我们还有京雄、京沪、京港澳、京开、京台以及大兴机场高速,打造“轨道上的京津冀”。", EntityType.LOCATION);
        assertTrue(places.containsAll(Set.of("京雄", "京沪", "京港澳", "京津冀")), places.toString());
    }

    @Test
    void countriesNamedByOneCharacterInASeriesAreEachTheirPlace() {
        Analysis a = ANALYZER.analyze("中美关系稳定发展，中日韩三国领导人会晤，美英联军空袭伊拉克。");
        List<String> places = a.mentions().stream().filter(m -> m.type() == EntityType.LOCATION).map(a::canonicalName).toList();
        assertEquals(List.of("中国", "美国", "中国", "日本", "韩国", "美国", "英国", "伊拉克"), places);
    }

    @Test
    void aSeriesNamingAThingIsNoPlaceAndATimeIsNoPartOfAName() {
        // development pages
        Analysis a = ANALYZER.analyze("中欧班列从兰州出发，经霍尔果斯口岸出境。现在每周二齐鲁医院的专家就在家门口坐诊。");
        assertFalse(names(a, EntityType.LOCATION).stream().anyMatch(p -> p.equals("中") || p.equals("欧") || p.equals("中欧")),
                names(a, EntityType.LOCATION).toString());
        assertTrue(names(a, EntityType.ORGANIZATION).contains("齐鲁医院"), names(a, EntityType.ORGANIZATION).toString());
    }

    @Test
    void aSeriesOfProvincesIsOneRegionAndADistrictIsNoSeries() {
        Set<String> places = names("推进京津冀青年“双创”会客厅建设。渝中区以商兴区，在渝中，处处有烟火气。", EntityType.LOCATION);
        assertTrue(places.containsAll(Set.of("京津冀", "渝中区")), places.toString());
        assertFalse(places.contains("京") || places.contains("青") || places.contains("中") || places.contains("渝"), places.toString());
    }

    @Test
    void teamsCommandsAndBodiesAfterTheirCountryAreNamedAsNewsNamesThem() {
        // sentences of the newswire development set
        Analysis a = ANALYZER.analyze("梅西率领阿根廷队在卡塔尔世界杯决赛中经点球大战击败法国队夺冠。东部战区新闻发言人表示，战区部队组织了联合演训。");
        assertTrue(names(a, EntityType.ORGANIZATION).containsAll(Set.of("阿根廷队", "法国队", "东部战区")), names(a, EntityType.ORGANIZATION).toString());
        Analysis bodies = ANALYZER.analyze("巴拿马运河管理权今天正式移交巴拿马政府。国务院副总理钱其琛会见了韩国外交通商部长官洪淳瑛。");
        assertTrue(names(bodies, EntityType.LOCATION).contains("巴拿马"), names(bodies, EntityType.LOCATION).toString());
        assertEquals(Set.of("国务院", "韩国外交通商部"), names(bodies, EntityType.ORGANIZATION));
        // development page: a company's legal name keeps its country
        assertTrue(names("与新加坡星汇资本管理有限公司签约。", EntityType.ORGANIZATION).contains("新加坡星汇资本管理有限公司"));
    }

    @Test
    void bankBranchesDepartmentsWorkingTogetherAndListedBodiesAreBodies() {
        // development pages
        Analysis a = ANALYZER.analyze("富滇银行五华支行行长和晓梅说，支行将加大信贷投放。今年4月，区退役军人事务局联合区委组织部开展活动。"
                + "区卫生健康局局长牟思恒介绍，中国—东盟博览会期间，东盟各国客商云集。");
        Set<String> bodies = names(a, EntityType.ORGANIZATION);
        assertTrue(bodies.containsAll(Set.of("富滇银行五华支行", "区退役军人事务局", "区委组织部", "区卫生健康局", "东盟")), bodies.toString());
        assertFalse(bodies.contains("区退役军人事务局联合区委组织部"), bodies.toString());
        // development pages d19–d22: a court's tribunal in a town, a district's federation of industry and commerce
        Set<String> courts = names("鄞州区人民法院钟公庙人民法庭的法官走进社区，区工商联组织企业家座谈。", EntityType.ORGANIZATION);
        assertTrue(courts.containsAll(Set.of("鄞州区人民法院钟公庙人民法庭", "区工商联")), courts.toString());
        Set<String> joined = names("推动东港商务区和大连中山城市发展集团有限公司合作，区文化和广电旅游体育局组织开展活动。", EntityType.ORGANIZATION);
        assertTrue(joined.containsAll(Set.of("大连中山城市发展集团有限公司", "区文化和广电旅游体育局")), joined.toString());
        assertFalse(joined.stream().anyMatch(b -> b.startsWith("东港")), joined.toString());
        assertFalse(names(a, EntityType.LOCATION).contains("东盟"), names(a, EntityType.LOCATION).toString());
    }

    @Test
    void factoriesEmbassiesDepartmentsAndCommitteesOfOlderNewsAreBodies() {
        // sentences of the second newswire development set
        Analysis a = ANALYZER.analyze("中共河北省委、河北省人民政府近日发出通知。石家庄第一棉纺织厂的女工参加了比赛。中国驻日本大使馆举行招待会。"
                + "复旦大学历史系教授出席。九三学社中央主席出席会议。国家计委和外经贸部联合发文。");
        Set<String> bodies = names(a, EntityType.ORGANIZATION);
        assertTrue(bodies.containsAll(Set.of("中共河北省委", "河北省人民政府", "石家庄第一棉纺织厂", "中国驻日本大使馆", "复旦大学历史系",
                "九三学社中央", "国家计委", "外经贸部")), bodies.toString());
        Set<String> more = names("民建中央、民进中央联合召开座谈会。中国驻肯尼亚大使馆举行招待会。WTO总干事表示欢迎。", EntityType.ORGANIZATION);
        assertTrue(more.containsAll(Set.of("民建中央", "民进中央", "中国驻肯尼亚大使馆", "WTO")), more.toString());
        // development page: a guild hall is a landmark
        assertFalse(names("游客参观了湖广会馆。", EntityType.ORGANIZATION).contains("湖广会馆"));
    }

    @Test
    void organsNamedByTheirLevelAreBodiesUnlessATitleFollows() {
        Analysis a = ANALYZER.analyze("区委理论学习中心组举行专题辅导报告会。区人大常委会主任高峰,区政协主席李岚参加。");
        Set<String> bodies = names(a, EntityType.ORGANIZATION);
        assertTrue(bodies.contains("区委理论学习中心组"), bodies.toString());
        assertFalse(bodies.contains("区人大常委会"), bodies.toString());
        assertFalse(bodies.contains("人大常委会") || bodies.contains("区人大"), bodies.toString());
        Set<String> roles = a.roles().stream().map(r -> r.person() + "|" + r.title()).collect(Collectors.toSet());
        assertTrue(roles.containsAll(Set.of("高峰|区人大常委会主任", "李岚|区政协主席")), roles.toString());
    }

    @Test
    void theFirstWordOfAPlaceUsedAloneIsThePlace() {
        Set<String> places = names("丽泽金融商务区已步入全新发展阶段。推动丽泽与金融街一体化联动发展。", EntityType.LOCATION);
        assertTrue(places.containsAll(Set.of("丽泽金融商务区", "丽泽")), places.toString());
    }

    @Test
    void kindsOfBodiesAndPiecesOfPlacesAreNoNames() {
        Analysis a = ANALYZER.analyze("建设国家工程研究中心和消费中心,为游客带来长辛店老镇的新体验。");
        assertFalse(names(a, EntityType.ORGANIZATION).contains("消费中心"), names(a, EntityType.ORGANIZATION).toString());
        // development pages: a word of the trade and 中心 name a kind of centre
        Set<String> centres = names("投资15亿元建设区域算力中心，建成肉羊产业园和冷链物流中心。", EntityType.ORGANIZATION);
        assertFalse(centres.contains("算力中心") || centres.contains("冷链物流中心"), centres.toString());
        Set<String> routes = names("打造了三条研学线路，推出夜间游船线路，建成电商实训基地。", EntityType.LOCATION);
        assertTrue(routes.isEmpty(), routes.toString());
        Analysis city = ANALYZER.analyze("企业在哈萨克斯坦阿拉木图市中心开设了门店，游客拖着行李箱排队拍照。");
        assertTrue(names(city, EntityType.ORGANIZATION).isEmpty(), names(city, EntityType.ORGANIZATION).toString());
        assertTrue(names(city, EntityType.LOCATION).containsAll(Set.of("哈萨克斯坦", "阿拉木图")), names(city, EntityType.LOCATION).toString());
        assertFalse(names(a, EntityType.PERSON).contains("辛店"), names(a, EntityType.PERSON).toString());
    }

    private static Set<String> names(String text, EntityType type) {
        return names(ANALYZER.analyze(text), type);
    }

    private static Set<String> names(Analysis a, EntityType type) {
        return a.mentions().stream().filter(m -> m.type() == type).map(Mention::text).collect(Collectors.toSet());
    }

    @Test
    void gatheringsAndPronounsAreNoBodies() {
        // newswire development sets: the model takes games and fairs, and 我的, for organizations
        Analysis a = new DocumentAnalyzer().analyze("在悉尼奥运会上，他夺得金牌。曼谷亚运会开幕。编辑同志：我的儿子韦小军在部队立了功。");
        Set<String> bodies = a.mentions().stream().filter(m -> m.type() == EntityType.ORGANIZATION).map(Mention::text)
                .collect(Collectors.toSet());
        assertTrue(bodies.isEmpty(), bodies.toString());
        assertTrue(a.mentions().stream().anyMatch(m -> m.type() == EntityType.LOCATION && m.text().equals("悉尼")), a.mentions().toString());
    }
    @Test
    void aUnitAfterItsBodyIsOneOrganizationAndServicesDepartmentsInTitlesAndKindsOfBodiesAreNone() {
        // development pages (d28): a police station written after its district bureau; a company after 和
        assertEquals(Set.of("乌鲁木齐市公安局天山区分局二道桥派出所", "新疆天山惠农供应链有限公司"),
                names("乌鲁木齐市公安局天山区分局二道桥派出所民警走访商户，与和新疆天山惠农供应链有限公司签约。", EntityType.ORGANIZATION));
        // d41–d46: a police station after its city's bureau, whatever the segmenter made of the station's name
        assertEquals(Set.of("延吉市公安局进学派出所", "喀什市公安局西公园派出所", "岳阳市公安局岳阳楼分局洞庭派出所"),
                names("延吉市公安局进学派出所民警巡逻。喀什市公安局西公园派出所民警。岳阳市公安局岳阳楼分局洞庭派出所民警。", EntityType.ORGANIZATION));
        // a district's court, and a department whose last character the segmenter gave to the title (局|局长)
        assertEquals(Set.of("区人民法院", "区自然资源局"), names("审议了区人民法院关于行政审判工作的报告。座谈会上，区自然资源局局长龚建国汇报了。",
                EntityType.ORGANIZATION));
        // cooperatives are registered like companies: place, trade name, business, form
        assertEquals(Set.of("延吉稻香农业专业合作社", "大理蓝韵扎染专业合作社"),
                names("延吉稻香农业专业合作社理事长全永吉介绍。在大理蓝韵扎染专业合作社，理事长段玉芬正在染布。", EntityType.ORGANIZATION));
        // d47–d52: a company called by its trade name and business, the four characters between place and form
        Analysis company = ANALYZER.analyze("在位于赭山街道的安徽镜联数智科技有限公司，几条产线正在调试。安徽工程大学与镜联数智共建了工业软件实验室。");
        assertEquals(Set.of("安徽镜联数智科技有限公司", "镜联数智", "安徽工程大学"), names(company, EntityType.ORGANIZATION));
        assertEquals(1, company.mentions().stream().filter(m -> m.type() == EntityType.ORGANIZATION && m.text().equals("镜联数智")).count());
        // a university's short form with the students after it; a column label glued to a body by the joined lines
        Set<String> bodies = names("西南科技大学（西科大）的志愿者走进社区，西科大学生为老人讲解防诈骗知识。", EntityType.ORGANIZATION);
        assertTrue(bodies.contains("西科大") && !bodies.contains("西科大学生"), bodies.toString());
        // 和 inside a company's own name stays
        assertEquals(Set.of("天津和悦物业服务有限公司"), names("天津和悦物业服务有限公司进驻小区。", EntityType.ORGANIZATION));
        // a slogan of government services, a party department inside its head's title, kinds of bodies every
        // neighbourhood has
        assertEquals(Set.of(), names("推进政务服务“一网通办”。区委常委、统战部部长金英哲一同调研。先后召开居民协商会60余场，物业企业、业委会和驻区单位共同参与。",
                EntityType.ORGANIZATION));
        // the department standing as a body is still one
        assertTrue(names("中共中央统战部举行座谈会。", EntityType.ORGANIZATION).stream().anyMatch(n -> n.endsWith("统战部")));
    }
}
