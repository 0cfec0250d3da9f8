package org.wenshu.nlp.analysis;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names found from the company they keep (PlaceContextRules, OrganizationShapes, the newer PersonRules and the
 * gazetteer's short town names), each on a sentence from the seeds, with the near miss each rule must leave alone.
 */
class ContextRulesTest {
    private static final DocumentAnalyzer ANALYZER = new DocumentAnalyzer();

    @Test
    void unknownItemsOfAListOfPlacesArePlaces() {
        Set<String> places = names("北京市丰台区花乡、方庄、五里店、大红门、右安门、东铁匠营街道党委书记作表态发言。", EntityType.LOCATION);
        assertTrue(places.containsAll(Set.of("方庄", "五里店", "大红门", "右安门")), places.toString());
        Set<String> roads = names("同时我们还有京雄、京沪、京港澳、京开、京台、京昆以及大兴机场高速等密集的高速路网。", EntityType.LOCATION);
        assertTrue(roads.containsAll(Set.of("京开", "京昆")), roads.toString());
    }

    @Test
    void aListOfWordsOrOfThingsNamedAfterPeopleIsNoListOfPlaces() {
        assertEquals(Set.of(), names("整合交通、生态、文化资源。", EntityType.LOCATION));
        Set<String> places = names("樱桃的品种包括红灯、红蜜、布鲁克斯、红丰、艳阳等十多个种类。", EntityType.LOCATION);
        assertEquals(Set.of(), places);
    }

    @Test
    void aClauseRunningOnPastTheListIsNoPlace() {
        Set<String> places = names("推动丰台、大兴、经开区融入京津冀协同发展。", EntityType.LOCATION);
        assertFalse(places.contains("经开区融入"), places.toString());
    }

    @Test
    void aPlaceWithAStationOrTerminalWordIsThatFacility() {
        Set<String> places = names("加快推进丽泽城市航站楼建设，推动丽泽与金融街联动发展。", EntityType.LOCATION);
        assertTrue(places.contains("丽泽城市航站楼"), places.toString());
        Set<String> towns = names("丰台区要全力抓好宛平城、分钟寺、花乡中部组团等重点地区街区控规编制。", EntityType.LOCATION);
        assertTrue(towns.containsAll(Set.of("宛平城", "分钟寺", "花乡")), towns.toString());
        assertFalse(towns.contains("宛平"), towns.toString());
    }

    @Test
    void aTownWrittenWithoutSuffixIsAPlaceWhereThePageNamesItsDistrict() {
        String sentence = "要整合卢沟桥-宛平城-长辛店地区历史文化生态资源。";
        assertTrue(names("丰台区" + sentence, EntityType.LOCATION).contains("长辛店"));
        assertFalse(names(sentence, EntityType.LOCATION).contains("长辛店"), "no district named, 长/a 辛店/nr stays unread");
    }

    @Test
    void townsVillagesAndPrefecturesOfNewsArePlacesOfTheirOwn() {
        // sentences of the newswire development sets
        Set<String> places = names("湖南桑植县洪家关乡是贺龙的故乡，山西省大寨村和江阴市华西村闻名全国，陕西榆林地区风沙大。", EntityType.LOCATION);
        assertTrue(places.containsAll(Set.of("桑植县", "洪家关乡", "山西省", "大寨村", "江阴市", "华西村", "榆林地区")), places.toString());
        Set<String> paths = names("陕西省榆林地区今年治沙造林。海南省琼中县和广东省佛山市顺德市的干部参加了培训。", EntityType.LOCATION);
        assertTrue(paths.containsAll(Set.of("陕西省", "榆林地区", "海南省", "琼中县", "广东省", "佛山市", "顺德市")), paths.toString());
        assertFalse(places.contains("丰台地区"));
        assertTrue(names("丰台地区的发展", EntityType.LOCATION).contains("丰台"));
        // development pages: a country before its city, "along" before a place, a street and the lanes around it
        Set<String> more = names("代表团访问了俄罗斯叶卡捷琳堡市。游客沿江滨公园漫步，察看了文林街街巷整治。", EntityType.LOCATION);
        assertTrue(more.containsAll(Set.of("俄罗斯", "叶卡捷琳堡市", "江滨公园", "文林街")), more.toString());
        // development pages d19–d22: wetland parks and ports by their kind, customs a body, Latin America one region
        Analysis d = new DocumentAnalyzer().analyze("游客来到阿哈湖国家湿地公园和小车河湿地公园。区商务局联合宁波海关开展活动，企业开拓了拉美和中东欧市场，"
                + "货物经满洲里口岸出境。");
        Set<String> kinds = d.mentions().stream().filter(m -> m.type() == EntityType.LOCATION).map(Mention::text).collect(Collectors.toSet());
        assertTrue(kinds.containsAll(Set.of("阿哈湖国家湿地公园", "小车河湿地公园", "拉美", "中东欧", "满洲里口岸")), kinds.toString());
        assertTrue(d.mentions().stream().anyMatch(m -> m.type() == EntityType.ORGANIZATION && m.text().equals("宁波海关")));
        Set<String> series = names("柬埔寨首相表示，柬中传统友谊源远流长。中坦赞三国签署协议。", EntityType.LOCATION);
        assertTrue(series.containsAll(Set.of("柬", "中", "坦", "赞")), series.toString());
    }

    @Test
    void roadsAndExpresswaysInPlansArePlaces() {
        Set<String> roads = names("确保六圈路等道路具备通车条件，加快梅市口路二期、山湖路、云岗路西延等重点道路建设，打通柳村路南延等8条断头路。",
                EntityType.LOCATION);
        assertTrue(roads.containsAll(Set.of("六圈路", "梅市口路", "山湖路", "云岗路", "柳村路")), roads.toString());
        Set<String> expressways = names("抓好周边区域及京港澳高速沿线绿化美化，以及大兴机场高速等密集的高速路网。", EntityType.LOCATION);
        assertTrue(expressways.containsAll(Set.of("京港澳高速", "大兴机场高速")), expressways.toString());
        assertEquals(Set.of(), names("走好新时代的赶考路，走出一条新路、这条路，共建一带一路。", EntityType.LOCATION));
        // development pages: roads named by a number, and a stretch of a road
        Set<String> numbered = names("推动经十路沿线楼宇经济提质，在大学路一侧施划临时停车位。", EntityType.LOCATION);
        assertTrue(numbered.containsAll(Set.of("经十路", "大学路")), numbered.toString());
    }

    @Test
    void aPlaceWrittenAfterItsDivisionIsItsOwnEntityAndSoIsTheDivision() {
        Set<String> places = names("5月24日，记者来到位于北京市丰台区北宫镇中华名枣庄园的樱桃园。", EntityType.LOCATION);
        assertTrue(places.containsAll(Set.of("北京市", "丰台区", "北宫镇", "中华名枣庄园")), places.toString());
        assertFalse(places.contains("北京市丰台区"), places.toString());
        // development pages: a province's short name and three levels; but 北京丰台站 is one station
        Set<String> path = names("甘肃省陇南市宕昌县代表团来访。双方与新疆吐鲁番市托克逊县签约。", EntityType.LOCATION);
        assertTrue(path.containsAll(Set.of("甘肃省", "陇南市", "宕昌县", "新疆", "吐鲁番市", "托克逊县")), path.toString());
        Set<String> shortPath = names("援疆干部扎根新疆和田，服务当地群众。", EntityType.LOCATION);
        assertTrue(shortPath.containsAll(Set.of("新疆", "和田")), shortPath.toString());
        assertTrue(names("积极牵头与金融街、北京丰台站和丰台科技园等周边重点区域形成联动。", EntityType.LOCATION).contains("北京丰台站")); // seeds/002
    }

    @Test
    void aDistrictsShortNameIsThePlaceOnAPageThatNamesTheDistrict() {
        // development page of 郑州市金水区: 金水 alone, which the model takes for a name
        Set<String> places = names("金水区召开会议。会议指出，金水要在全市发展中走在前列。", EntityType.LOCATION);
        assertTrue(places.contains("金水"), places.toString());
        assertFalse(names("金水要在全市发展中走在前列。", EntityType.LOCATION).contains("金水"));
    }

    @Test
    void aBodyOrPlaceNamedOnceIsTaggedWhereverItIsWrittenAndAStyleIsNoPlace() {
        Analysis a = ANALYZER.analyze("支持中国中铁、中国通号等重点企业发展。支持中国通号申报。为推进中国式现代化作出贡献。");
        long mentions = a.mentions().stream().filter(m -> m.text().equals("中国通号")).count();
        assertEquals(2, mentions, a.mentions().toString());
        assertEquals(Set.of(), names(a, EntityType.LOCATION));
    }

    @Test
    void communitiesCompoundsAndVenuesArePlacesButKindsOfThemAreNot() {
        Set<String> places = names("丰台区西罗园社区和马家堡东路小区的居民来到丰台体育中心参加活动。", EntityType.LOCATION);
        assertTrue(places.containsAll(Set.of("西罗园社区", "马家堡东路小区", "丰台体育中心")), places.toString());
        assertEquals(Set.of(), names("加快推进老旧小区综合整治工作。", EntityType.LOCATION));
    }

    @Test
    void theEnginesPlacesMustBeKnownSayWhatKindOfPlaceTheyAreOrHoldAProperWord() {
        // seeds/000 and 002: the model tags a verb and a clause as places
        Set<String> places = names("要深入贯彻全市金融工作会议精神,锚定新兴金融产业集聚区定位。积极引进企业机构，稳固我区第一大支柱产业金融业的发展势头。",
                EntityType.LOCATION);
        assertFalse(places.contains("锚定") || places.contains("稳固我区"), places.toString());
    }

    @Test
    void aPlaceCarriesNoDescriptorUnlessItIsPartOfTheOfficialName() {
        Set<String> places = names("丰台区将优化建设南中轴地区，方庄地区办事处参加。", EntityType.LOCATION);
        assertFalse(places.contains("南中轴地区"), places.toString());
    }

    @Test
    void aSpeakerOpeningAParagraphIsAPerson() {
        Set<String> people = names("为推进中国式现代化丰台篇章作出贡献。\n\n初军威强调,要牢记嘱托,在讲政治强化忠诚上带好头。", EntityType.PERSON);
        assertTrue(people.contains("初军威"), people.toString());
        assertEquals(Set.of(), names("会议强调，要牢记嘱托。\n\n双方表示，将深化合作。", EntityType.PERSON));
    }

    @Test
    void aTwoCharacterNameOfAFrequentFamilyNameEndsAtAFunctionWordOrVerb() {
        assertEquals(Set.of("李鹏"), names("李鹏的讲话引起各方关注。", EntityType.PERSON));
        assertEquals(Set.of("王刚"), names("会后王刚把材料交给了记者。", EntityType.PERSON));
        assertEquals(Set.of("李华"), names("李华参观了博物馆。", EntityType.PERSON));
        // seeds/003: words the model reads as names, starting with a rare family name
        assertEquals(Set.of(), names("加快发展普惠托育的服务体系。", EntityType.PERSON));
    }

    @Test
    void aWordAfterATitleOrAPhraseAboutAPlaceIsNoName() {
        assertEquals(Set.of(), names("来自驻华大使家庭、长辛店的居民、各界国潮主理人的热情参与。", EntityType.PERSON));
        assertEquals(Set.of(), names("推动丽泽金融商务区发展。依托丽泽新天地、城市航站楼、丰台站站城一体化等新地标。", EntityType.PERSON));
    }

    @Test
    void aDoubledPhotoCreditNamesItsPhotographerOnce() {
        Set<String> people = names("游客采摘樱桃。游客采摘樱桃。赵智和 摄赵智和 摄\n\n本报讯（实习记者 张馨予）5月24日，记者来到北宫镇。", EntityType.PERSON);
        assertTrue(people.contains("赵智和"), people.toString());
        assertFalse(people.contains("赵智"), people.toString());
    }

    @Test
    void numberedSchoolsAfterAPlaceOrExperimentalAreSchools() {
        Set<String> bodies = names("加快北大附中丰台学校等学校建设，做好北京四中、实验二小等学校引进工作。", EntityType.ORGANIZATION);
        assertTrue(bodies.containsAll(Set.of("北京四中", "实验二小")), bodies.toString());
        assertEquals(Set.of(), names("深入学习党的二十届三中全会精神。", EntityType.ORGANIZATION));
    }

    @Test
    void aDistrictsOrganWrittenAsOneWordIsABodyUnlessATitleFollows() {
        Set<String> bodies = names("他指出，丰台区委、区政府聚焦特色产业提升。", EntityType.ORGANIZATION);
        assertTrue(bodies.contains("丰台区委"), bodies.toString());
        Set<String> beforeTitle = names("丰台区委书记王少峰出席座谈会。", EntityType.ORGANIZATION);
        assertFalse(beforeTitle.contains("丰台区委"), beforeTitle.toString());
    }

    @Test
    void theItemsOfAListClosedByAKindOfBodyAreBodies() {
        Set<String> bodies = names("支持中国中铁、中国通号等重点企业向世界级跨国公司迈进。", EntityType.ORGANIZATION);
        assertTrue(bodies.containsAll(Set.of("中国中铁", "中国通号")), bodies.toString());
        Set<String> kinds = names("丰台区“小巨人”、专精特新、国高新等科技企业中,共有450多家科技企业在京津冀地区设立了分支机构。", EntityType.ORGANIZATION);
        assertFalse(kinds.contains("国高新") || kinds.contains("专精特新"), kinds.toString());
    }

    @Test
    void theEnginesBodiesMustSayWhatKindOfBodyTheyAreOrHoldAProperWord() {
        assertEquals(Set.of(), names("加快推进南区在施产业项目建设。", EntityType.ORGANIZATION));
        assertEquals(Set.of(), names("全力打造“北京—雄安人才科创走廊”建设先行区。", EntityType.ORGANIZATION));
    }

    @Test
    void anArmyServiceBelongsToItsAcademysName() {
        Set<String> bodies = names("学员座谈会在陆军装甲兵学院举行。", EntityType.ORGANIZATION);
        assertTrue(bodies.contains("陆军装甲兵学院"), bodies.toString());
        assertFalse(bodies.contains("装甲兵学院"), bodies.toString());
    }

    @Test
    void twoOrgansWrittenTogetherAreTwoBodies() {
        Set<String> bodies = names("要坚持区委区政府的统一部署。", EntityType.ORGANIZATION);
        assertEquals(Set.of("区委", "区政府"), bodies);
    }

    @Test
    void aLeadingGroupIsABodyEvenWhereTheSegmenterSplitsItsEnding() {
        Set<String> bodies = names("优化调整区委统战工作领导小组和区委对台工作领导小组运行机制。", EntityType.ORGANIZATION);
        assertTrue(bodies.containsAll(Set.of("区委统战工作领导小组", "区委对台工作领导小组")), bodies.toString());
        Set<String> longName = names("会议听取《中共北京市丰台区委教育工作领导小组2023年工作要点》。", EntityType.ORGANIZATION);
        assertTrue(longName.contains("中共北京市丰台区委教育工作领导小组"), longName.toString());
    }

    @Test
    void anAbbreviationOfABodyThePageNamesInFullIsThatBody() {
        Analysis a = ANALYZER.analyze("首都师范大学给予丰台区大力支持。他指出,首都师大作为培养首都中小学教师的摇篮,作用突出。");
        assertTrue(names(a, EntityType.ORGANIZATION).contains("首都师大"), names(a, EntityType.ORGANIZATION).toString());
        assertEquals("首都师范大学", a.canonical().get(new Analysis.NameKey(EntityType.ORGANIZATION, "首都师大")));
    }

    @Test
    void schoolsAreCalledByTheFirstCharactersOfTheirWords() {
        // development pages: the full name once, the short one after
        Analysis a = ANALYZER.analyze("调研组首先来到位于留仙大道旁的南方科技大学，参观了学校的实验平台。南科大副校长蔺启航介绍，学校孵化科技企业64家。"
                + "苏州大学和河海大学的专家出席。苏大、河海将共建实验室。苏州将提供支持。");
        assertTrue(names(a, EntityType.ORGANIZATION).containsAll(Set.of("南科大", "苏大", "河海")), names(a, EntityType.ORGANIZATION).toString());
        assertEquals("南方科技大学", a.canonical().get(new Analysis.NameKey(EntityType.ORGANIZATION, "南科大")));
        assertFalse(names(a, EntityType.ORGANIZATION).contains("苏州"), names(a, EntityType.ORGANIZATION).toString());
        assertTrue(Aliases.isSchoolAbbreviation("海大", "中国海洋大学"));
        assertTrue(Aliases.isSchoolAbbreviation("湖南师大附中", "湖南师范大学附属中学"));
        assertFalse(Aliases.isSchoolAbbreviation("科大", "南方科技大学"));
    }

    @Test
    void landmarksStreetsAndWatersAreNamedByTheirKindOfPlace() {
        // development pages
        Set<String> places = names("调研组沿着白象街、湖广会馆一线察看。游客在解放碑步行街拍照，又到东水门大桥观景。"
                + "家住成都道的居民常去桃子湖散步。", EntityType.LOCATION);
        assertTrue(places.containsAll(Set.of("白象街", "湖广会馆", "东水门大桥", "桃子湖")), places.toString());
        Set<String> sites = names("调研组还来到甬道街，察看了聂耳故居周边环境整治和光华街历史建筑修缮情况。", EntityType.LOCATION);
        assertTrue(sites.contains("聂耳故居"), sites.toString());
        // a feature of several words, a place after its street, two known places side by side
        Set<String> more = names("颐和路历史文化街区内，西丽街道留仙洞片区，北京石景山区域。", EntityType.LOCATION);
        assertTrue(more.containsAll(Set.of("颐和路历史文化街区", "西丽街道", "留仙洞")), more.toString());
        assertFalse(more.contains("北京石景山"), more.toString());
        // ordinary words that end like places, and descriptions before a name, are not places
        Set<String> none = names("打通区域道路，理清发展思路，建设门诊楼。依托精品乐学公园建设。", EntityType.LOCATION);
        assertFalse(none.stream().anyMatch(p -> p.endsWith("道路") || p.endsWith("思路") || p.endsWith("门诊楼") || p.startsWith("精品")),
                none.toString());
        // development pages d29–d34: temples and islands, also where the model reads a name (光孝寺/nr) or a town's
        // short form (大佛寺 of 大佛寺街道); a station for its square
        Set<String> temples = names("辖区有六榕寺、光孝寺、大佛寺、五仙观等古迹。游客可以到二沙岛走走。从石家庄站南广场出发。", EntityType.LOCATION);
        assertTrue(temples.containsAll(Set.of("六榕寺", "光孝寺", "大佛寺", "五仙观", "二沙岛", "石家庄站")), temples.toString());
        assertFalse(temples.contains("石家庄站南广场"), temples.toString());
        // d29–d34: a town the segmenter glues to its organ, nature reserves, old villages and pagodas
        Set<String> more29 = names("人民街道党工委书记邝伟明介绍。荔波县拥有茂兰国家级自然保护区和瑶山古寨等资源。傍晚的海宝塔。"
                + "要大力发展乡镇企业。", EntityType.LOCATION);
        assertTrue(more29.containsAll(Set.of("人民街道", "茂兰国家级自然保护区", "瑶山古寨", "海宝塔")), more29.toString());
        assertFalse(more29.contains("发展乡"), more29.toString());
        // a street by its direction in a list, and a creek the model reads as a name before 两岸
        Set<String> streets = names("公司在清和街、民族北街一带设立驿站。推进长堤路沿线和海甸溪两岸的滨水空间提升。", EntityType.LOCATION);
        assertTrue(streets.containsAll(Set.of("民族北街", "海甸溪")), streets.toString());
        // d35–d40: grottoes, waterfalls, springs and creeks as kinds of places; verbs the segmenter glues on
        Set<String> kinds = names("她专程去了龙门石窟和白马寺。壶口瀑布气势磅礴。兰州有甘露泉和掬月泉。惠山浜里的游船缓缓驶过。"
                + "调研组调研春熙路商圈。怒江两岸东依碧罗雪山，西靠高黎贡山。", EntityType.LOCATION);
        assertTrue(kinds.containsAll(Set.of("龙门石窟", "壶口瀑布", "甘露泉", "掬月泉", "惠山浜", "春熙路商圈", "碧罗雪山")), kinds.toString());
        assertTrue(kinds.stream().noneMatch(k -> k.startsWith("调研") || k.startsWith("东依")), kinds.toString());
        // d35–d40: a river's bank is the river; a verb before 社区 is no community's name
        Set<String> banks = names("拉萨河畔绿树成荫。全区今年将在南川东路街道推广社区食堂。", EntityType.LOCATION);
        assertEquals(Set.of("拉萨河", "南川东路街道"), banks);
        // d41–d46: ports, bays and gorges as kinds of places; not 香港 after the agency, not a project in quotes
        Set<String> ports = names("近年来，城陵矶港开通了至东盟的直达航线。货物在上海洋山港转运，运抵德班港。西陵峡两岸风光秀丽。新华社香港7月1日电。"
                + "深化“丰雄人才零界湾”创新项目。", EntityType.LOCATION);
        assertTrue(ports.containsAll(Set.of("城陵矶港", "上海洋山港", "德班港", "西陵峡", "香港")), ports.toString());
        assertTrue(ports.stream().noneMatch(p -> p.startsWith("运抵") || p.startsWith("新华社") || p.endsWith("零界湾")), ports.toString());
        // d47–d52: rivers and mountains the model reads as names, listed with others of their kind or by their banks
        Analysis waters = ANALYZER.analyze("要提前做好涪江、安昌河、木龙河沿线的防汛准备。她最喜欢象鼻山和伏波山。傍晚时分，涪江边的步道上跑步的人很多。");
        assertTrue(waters.mentions().stream().noneMatch(m -> m.type() == EntityType.PERSON), waters.mentions().toString());
        assertTrue(names("要提前做好涪江、安昌河、木龙河沿线的防汛准备。她最喜欢象鼻山和伏波山。", EntityType.LOCATION)
                .containsAll(Set.of("涪江", "木龙河", "伏波山")));
        // a person whose given name ends so stays a person
        assertTrue(names("李长江和王青山一同调研。", EntityType.PERSON).containsAll(Set.of("李长江", "王青山")));
        // along a river or a lake is no place's name
        assertTrue(names("沿湖一带新建步道，沿江布置了观景平台。", EntityType.LOCATION).isEmpty());
        // what a known place is like, and a platform's name in quotes, are no places of their own
        Set<String> notPlaces = names("开展老青岛民俗展演。充分发挥“丽泽办岛”平台作用。", EntityType.LOCATION);
        assertFalse(notPlaces.contains("老青岛") || notPlaces.contains("丽泽办岛"), notPlaces.toString());
        // a river of its own, though towns are called after it (珠江街道); an autonomous prefecture by its short name
        // and 州, before a county of it
        Set<String> rivers = names("调研组来到海珠广场，察看珠江沿岸滨水空间提升情况。黔南州荔波县代表团来访。", EntityType.LOCATION);
        assertTrue(rivers.containsAll(Set.of("珠江", "黔南州", "荔波县")), rivers.toString());
        // a compass point of something named before it is a direction; the region is a place
        Set<String> compass = names("金阊街道地处古城西北。从整个城市的西南、正南、东南展开。他到东北插过队。", EntityType.LOCATION);
        assertTrue(compass.contains("东北"), compass.toString());
        assertFalse(compass.contains("西北") || compass.contains("西南") || compass.contains("东南"), compass.toString());
        // a city's built-up part is the city; a district's name is not cut; old compounds are no place's name
        Set<String> parts = names("今年太原市区将于11月1日起正式供暖。北京市东城区代表团来访。察看了山西大学周边老旧小区改造。", EntityType.LOCATION);
        assertTrue(parts.contains("太原") && !parts.contains("太原市区"), parts.toString());
        assertFalse(parts.contains("北京市东") || parts.stream().anyMatch(p -> p.endsWith("老旧小区")), parts.toString());
    }

    @Test
    void aStreetNamedAfterAProvinceIsOnePlaceAndACommunityBeforeItsCommitteeIsAPlace() {
        // development pages
        Set<String> places = names("开学首日，江苏路街道在青岛市实验小学周边启用护学岗。金阊街道彩香社区党委书记方正说，大家一起商量。"
                + "调研组聚焦粤海街道的基层治理。", EntityType.LOCATION);
        assertTrue(places.containsAll(Set.of("江苏路街道", "金阊街道", "彩香社区", "粤海街道")), places.toString());
        assertFalse(places.contains("江苏") || places.contains("聚焦粤海街道"), places.toString());
    }

    @Test
    void stationsAfterAMetroLineAndVenuesArePlaces() {
        // development pages
        Set<String> places = names("并在地铁3号线五四广场站、中山公园站增设了引导员。大会在青岛国际会议中心召开。乘地铁2号线至大蜀山站。", EntityType.LOCATION);
        assertTrue(places.containsAll(Set.of("五四广场站", "中山公园站", "青岛国际会议中心", "大蜀山站")), places.toString());
        assertFalse(places.contains("至大蜀山站"), places.toString());
    }

    @Test
    void aParkACountyHostsKeepsTheCountyInItsName() {
        // development page; but seeds/001 北宫镇中华名枣庄园 is two places
        Set<String> places = names("代表团考察了康乐县鲁甘协作产业园。", EntityType.LOCATION);
        assertTrue(places.contains("康乐县鲁甘协作产业园"), places.toString());
    }

    @Test
    void theMarketOfACityIsNoPlace() {
        Set<String> places = names("希望两地在文旅互动、农产品进入南京市场等方面深化合作。新发地市场供应充足。", EntityType.LOCATION);
        assertFalse(places.contains("南京市场"), places.toString());
    }

    @Test
    void aDepartmentNamedByItsLevelIsOneBodyAcrossAndAndVerbs() {
        // development pages: the segmenter cuts these apart (区/住房/和/城乡/建设局) or glues a verb on (联合区/民政局)
        Set<String> bodies = names("据区住房和城乡建设局统计，街道还将联合区民政局和辖区物业企业推进。区科技创新局、区发展和改革局等单位负责人参加。"
                + "（区委社会工作部供稿）区投资促进中心主任蹇文博介绍。市委党校教授仉德林作辅导。", EntityType.ORGANIZATION);
        assertTrue(bodies.containsAll(Set.of("区住房和城乡建设局", "区民政局", "区科技创新局", "区发展和改革局", "区委社会工作部",
                "区投资促进中心", "市委党校")), bodies.toString());
        Set<String> offices = names("区委网信办、区委组织部有关负责同志参加。", EntityType.ORGANIZATION);
        assertTrue(offices.containsAll(Set.of("区委网信办", "区委组织部")), offices.toString());
        assertFalse(bodies.contains("联合区民政局"), bodies.toString());
        // seeds/003: two leading groups joined by 和 stay two
        Set<String> groups = names("会议审议了区委统战工作领导小组和区委对台工作领导小组有关文件。", EntityType.ORGANIZATION);
        assertFalse(groups.stream().anyMatch(g -> g.contains("和")), groups.toString());
        // 区发展和改革局局长: the segmenter gives the bureau's 局 to the title
        Analysis a = ANALYZER.analyze("区发展和改革局局长涂远航介绍，全区今年计划实施重点项目160个。");
        assertTrue(names(a, EntityType.ORGANIZATION).contains("区发展和改革局"), names(a, EntityType.ORGANIZATION).toString());
    }

    @Test
    void aKindOfCentreIsNoBodyButADistrictsHallIs() {
        // development pages
        Set<String> bodies = names("居民可以到社区党群服务中心办理。活动在鼓楼区文化馆举行。", EntityType.ORGANIZATION);
        assertTrue(bodies.contains("鼓楼区文化馆"), bodies.toString());
        assertFalse(bodies.contains("党群服务中心"), bodies.toString());
    }

    @Test
    void aCompanyRunsBackFromItsFormToThePlaceThatOpensIt() {
        Set<String> companies = names("园区运营方南京润川数智科技有限公司董事长邝思源介绍。“也增加了物业收入。”天津和悦物业服务有限公司经理屠晓峰说。"
                + "新航线由重庆两江游轮有限公司运营。全区中小学集团化办学覆盖率已达100%。", EntityType.ORGANIZATION);
        assertTrue(companies.containsAll(Set.of("南京润川数智科技有限公司", "天津和悦物业服务有限公司", "重庆两江游轮有限公司")),
                companies.toString());
        assertFalse(companies.stream().anyMatch(c -> c.startsWith("方") || c.contains("集团")), companies.toString());
        // development pages: a verb that is also a town's name (联合), and a group that is a kind (医疗集团)
        Set<String> more = names("区医保局联合厦门鹭康健康管理有限公司开设了服务点。历下区将实现每个街道至少有一个医疗集团。", EntityType.ORGANIZATION);
        assertTrue(more.contains("厦门鹭康健康管理有限公司"), more.toString());
        assertFalse(more.stream().anyMatch(c -> c.startsWith("联合") || c.endsWith("医疗集团")), more.toString());
    }

    @Test
    void splitsTwoPlacesReadAsOneNewWordAndDropsTheConjunctionOfAList() {
        // d59: a country and its city as one new word (葡萄牙里斯本/nw); the 和 of a list glued to a village (和|会同/v 村)
        Set<String> places = names("还会顺道去唐家湾镇的唐家古镇和会同村走走。在会同村，来自葡萄牙里斯本的游客正在拍照。", EntityType.LOCATION);
        assertEquals(Set.of("唐家湾镇", "唐家古镇", "会同村", "葡萄牙", "里斯本"), places);
        // a place that starts with 和 keeps it
        assertTrue(names("和平区与夏河县深化东西部协作。", EntityType.LOCATION).contains("和平区"));
        // newswire-dev-3 to -10: a province's short name and a place in it (新疆阿勒泰/nw 地区, 黑龙江牡丹江/nw), a native
        // of them (浙江兰溪人/nw), and the division's own suffix after the word
        Set<String> inside = names("新疆阿勒泰地区的牧民住进了定居点。他是黑龙江牡丹江的一名工人。我的老师是浙江兰溪人。", EntityType.LOCATION);
        assertIncludes(inside, Set.of("新疆", "阿勒泰地区", "黑龙江", "牡丹江", "浙江", "兰溪"));
        assertTrue(inside.stream().noneMatch(p -> p.equals("阿勒泰") || p.endsWith("人")), inside.toString());
        // d65–d70 and earlier pages: mountains and rivers before where around them (狼山/nw 脚下, 陡河/nw 沿线, 西/f 枝江/nr
        // 交汇处), a river named after a known town (义乌江/nr), an old village the model knows as a place (墨园古村/ns)
        Set<String> features = names("义乌江静静地从古镇边流过。周末一早，狼山脚下已是游人如织。区领导调研陡河沿线防汛工作。"
                + "调研组还来到东江和西枝江交汇处的合江楼。横沥镇的墨园古村迎来了一拨又一拨游客。", EntityType.LOCATION);
        assertIncludes(features, Set.of("狼山", "陡河", "西枝江", "义乌江", "墨园古村"));
        assertTrue(features.stream().noneMatch(f -> f.equals("枝江")), features.toString());
        // d25, d37, d65, d68, d70: no road named by what it is paved with, no count of places
        Set<String> none = names("青石板路两旁，一座座白墙黑瓦的老房子错落有致。城东街道一处社区的居民正在开会。几处名人故居也延长了开放时间。",
                EntityType.LOCATION);
        assertEquals(Set.of("城东街道"), none);
        // newswire-dev-2 and -4: a listed place that holds 及 (埃及, 阿尔及利亚 of -11) is no two places joined by it; the
        // Federal Republic of Yugoslavia by its short name, as 1990s news writes it
        Set<String> countries = names("埃及总统穆巴拉克在沙姆沙伊赫主持召开了中东和平首脑会议。"
                + "北约秘书长索拉纳下令对南联盟实施空中打击，贝尔格莱德、诺维萨德和尼什等城市相继遭到轰炸。", EntityType.LOCATION);
        assertIncludes(countries, Set.of("埃及", "南联盟", "贝尔格莱德"));
        // d67: the model's one place word over a city and a town's short name in it (北京中关村/ns)
        assertIncludes(names("北京中关村的企业来到路北区。", EntityType.LOCATION), Set.of("北京", "中关村", "路北区"));
    }

    @Test
    void readsTheGatesOfOldCityWallsLakesByTheirBanksAndStreetsNamedWithOrdinaryWords() {
        // d14, d33, d38, d41, d43: two characters and 门 before the gate's tower, a stretch of wall or another gate,
        // however the segmenter cut them (涌/v 金门/ns, 建/v 春门/nr, 怀远/nr 门/n); not 部门, nor 澳门 after 与
        Set<String> gates = names("公司今年对涌金门至建春门段的城墙步道进行了修缮。并在怀远门至大东门之间设置了休息点。察看南薰门城楼周边环境。"
                + "加强工商部门和人社部门的协作。珠海与澳门之间的大桥正式通车。", EntityType.LOCATION);
        assertIncludes(gates, Set.of("涌金门", "建春门", "怀远门", "大东门", "南薰门", "珠海", "澳门"));
        assertTrue(gates.stream().noneMatch(g -> g.equals("金门") || g.endsWith("城楼") || g.endsWith("部门") || g.startsWith("与")),
                gates.toString());
        // d63: a lake the segmenter cut before its kind, which it read into the word for its bank (甘棠/nr 湖畔)
        Set<String> lakes = names("甘棠湖畔的柳树吐出了新芽。上午在甘棠湖边走了一圈。", EntityType.LOCATION);
        assertEquals(Set.of("甘棠湖"), lakes);
        // d04, d42: ordinary words that name streets and parks in city after city
        Set<String> streets = names("夜幕降临，人民公园的广场上响起歌声。将完成邹容路、民族路、民权路沿街立面改造。", EntityType.LOCATION);
        assertIncludes(streets, Set.of("人民公园", "邹容路", "民族路", "民权路"));
    }

    @Test
    void readsForeignTownsTheModelTakesForPeople() {
        // newswire-dev, -4, -8, d25: after a word for a town or a verb of travel, on a route with a known place, in a
        // list of towns, where something is held
        Analysis towns = ANALYZER.analyze("贝尔格莱德、诺维萨德和尼什等城市相继遭到轰炸。利比亚领导人卡扎菲在家乡苏尔特附近遇袭身亡。"
                + "马里北部城市加奥的维和营地遭到袭击。由中国企业承建的蒙巴萨至内罗毕标准轨距铁路今天正式开通。");
        assertIncludes(names(towns, EntityType.LOCATION), Set.of("贝尔格莱德", "诺维萨德", "尼什", "苏尔特", "加奥", "蒙巴萨", "内罗毕"));
        assertEquals(Set.of("卡扎菲"), names(towns, EntityType.PERSON));
        // newswire-dev-4: a country read into a name with the conjunction before it or the title's first character
        // after it; newswire-dev: a time and speech after a title (外长时说)
        Analysis countries = ANALYZER.analyze("克林顿总统和约旦国王侯赛因出席了签字仪式。美国前总统卡特、南非大主教图图在奥斯陆聚会。"
                + "温总理在人民大会堂会见印度外长时说，中印是邻居。");
        assertIncludes(names(countries, EntityType.LOCATION), Set.of("约旦", "南非", "印度"));
        assertEquals(Set.of("克林顿", "侯赛因", "卡特", "图图", "温"), names(countries, EntityType.PERSON));
    }

    @Test
    void mountainsAndCanalsTheModelReadsAsPeople() {
        // development pages d72, d75, d72
        Analysis a = ANALYZER.analyze("黄河吴忠段水面开阔，对岸的牛首山在秋日的阳光下轮廓分明。要加强色季拉山、鲁朗林海等重点林区的巡查。"
                + "今年区里对秦渠、汉渠沿线30多公里的渠道进行了清淤。");
        assertIncludes(names(a, EntityType.LOCATION), Set.of("牛首山", "色季拉山", "秦渠", "汉渠"));
        assertFalse(names(a, EntityType.PERSON).stream().anyMatch(p -> p.endsWith("山") || p.endsWith("渠")), names(a, EntityType.PERSON).toString());
    }

    @Test
    void foreignTownsAndSeasTheModelReadsAsPeople() {
        // newswire-dev-11: a word of towns before or after the transliteration, a sea
        Analysis a = ANALYZER.analyze("扎伊尔反政府武装占领了东部重镇基桑加尼。诺维萨德市民米洛拉德·扬科维奇站在断桥边说，这座桥是他父亲修的。"
                + "大批难民乘船渡过亚得里亚海逃往意大利。");
        assertIncludes(names(a, EntityType.LOCATION), Set.of("基桑加尼", "诺维萨德", "亚得里亚海"));
        assertEquals(Set.of("米洛拉德·扬科维奇"), names(a, EntityType.PERSON));
    }

    @Test
    void desertsIsletsPagodasAndACountryBeforeItsCity() {
        // development pages d83, d85, d86 and newswire-dev-5: islets and pagodas are no people, a country and its city
        // are two places, an opera named after a place is no place
        Analysis a = ANALYZER.analyze("调研组登上江心屿，察看东塔和西塔的修缮。塔克拉玛干沙漠边缘的于田县种出了红枣。"
                + "来自韩国釜山的游客朴志勋说，一场黄梅戏演出正在进行。");
        assertIncludes(names(a, EntityType.LOCATION), Set.of("江心屿", "塔克拉玛干沙漠", "于田县", "韩国", "釜山"));
        assertEquals(Set.of("朴志勋"), names(a, EntityType.PERSON));
        assertFalse(names(a, EntityType.LOCATION).contains("黄梅"), names(a, EntityType.LOCATION).toString());
    }

    @Test
    void aTownTheGazetteerLacksIsAPlace() {
        // newswire-dev-8: 容桂镇 is a 街道 now, the model still reads the town
        assertIncludes(names("广东顺德市容桂镇的科龙电器股份有限公司，年产冰箱、空调三百多万台。", EntityType.LOCATION), Set.of("容桂镇"));
    }

    @Test
    void theItemsOfAListOfTownsArePlaces() {
        // development page d72; newswire-dev-2: a list of things that goes on with 村办 is none
        assertIncludes(names("像这样的邻里茶室30多个，明年还将在金积、上桥等乡镇推广。", EntityType.LOCATION), Set.of("金积", "上桥"));
        Set<String> things = names("山西省大寨村近年来发展起了水泥厂、服装厂等村办企业。", EntityType.LOCATION);
        assertFalse(things.contains("水泥厂"), things.toString());
    }

    @Test
    void wordsThatAreAlsoNamesOfPlaces() {
        // development pages d72, d73, d73: the morning sun, facing the sea, a count and a verb before the model's place
        Set<String> places = names("清晨，滨河大道旁的黄河楼在朝阳的映照下格外壮观。要做好海堤、渔港和临海建筑的安全隐患排查。"
                + "英国游客泰勒说，自己已经第三次来涠洲了。", EntityType.LOCATION);
        assertIncludes(places, Set.of("黄河楼", "涠洲"));
        assertFalse(places.contains("朝阳") || places.contains("临海") || places.contains("第三次来涠洲"), places.toString());
        // d79, d80, d78 and newswire-dev-10: all over the town, an old tower, an hour's walk on mountain paths
        Analysis words = ANALYZER.analyze("11月的开封，菊香满城。夜幕降临，镇远楼四周亮起了灯光，古楼在夜色中格外醒目。"
                + "每天都要走一个多小时山路去上学。");
        Set<String> wordPlaces = names(words, EntityType.LOCATION);
        assertTrue(wordPlaces.contains("开封") && !wordPlaces.contains("满城") && !wordPlaces.contains("小时山路"), wordPlaces.toString());
        assertEquals(Set.of(), names(words, EntityType.PERSON));
    }

    @Test
    void findsTemplesPagodasAndHallsTheModelCutOrReadAsNames() {
        // d25, d38, d88: 荐/vg 福寺/nr and 旋/d 螺殿/nw cut after the first character; 文峰塔/nr and 奎星阁/nr read as names
        assertIncludes(names("西安博物院推出了“唐代长安城”主题特展，荐福寺的古钟也吸引了游客驻足。", EntityType.LOCATION), Set.of("荐福寺"));
        assertIncludes(names("旋螺殿和奎星阁前，不少学生在老师的带领下研学。", EntityType.LOCATION), Set.of("旋螺殿", "奎星阁"));
        assertIncludes(names("调研组首先来到洛邑古城，察看文峰塔周边夜游项目和汉服体验街区运营情况。", EntityType.LOCATION), Set.of("文峰塔"));
        // d98: 游岱庙/nr is a verb of visiting and the temple, and the list item after it no place
        assertEquals(Set.of("泰安", "泰山", "岱庙"), names("欢迎各地游客来泰安登泰山、游岱庙、品美食。", EntityType.LOCATION));
        // d98, d12: a pool and a lane of an old quarter (王母池/nr, 金马碧鸡坊); d75, d91: but no workshop or swimming pool
        assertIncludes(names("不少游客下山后，还去王母池和普照寺走一走。", EntityType.LOCATION), Set.of("王母池", "普照寺"));
        assertIncludes(names("随后，调研组来到南屏街商圈。正义坊、金马碧鸡坊一带客流密集。", EntityType.LOCATION), Set.of("金马碧鸡坊"));
        assertEquals(Set.of(), names("走进非遗工坊，江边的冬泳池里，冬泳爱好者们在冰面上凿开的水道里游上几个来回。", EntityType.LOCATION));
        // newswire-dev-6, -10: but 肯雅塔 and 奥尔塔 spell people's names
        assertEquals(Set.of("肯雅塔"), names("肯尼亚总统肯雅塔出席通车仪式并乘坐首发列车。", EntityType.PERSON));
    }

    @Test
    void findsSightsWhereVisitorsGoToThem() {
        // d109, d111: a mountain the model cut into a number and a noun (千/m 山/n), one it made a new word of, and a
        // well cut before its kind (燊海/nw 井/n), after a verb of going
        assertIncludes(names("她说，从公园出来，第二天又去了千山，“山上的红叶太美了，明年还想再来”。", EntityType.LOCATION), Set.of("千山"));
        assertIncludes(names("还有不少游客去尖山登高,到飞龙峡镇的农家乐吃年饭。", EntityType.LOCATION), Set.of("尖山"));
        assertIncludes(names("不少游客还沿着釜溪河一路走到桓侯宫,或者坐车去大安区的燊海井,看盐工用古法熬盐。", EntityType.LOCATION),
                Set.of("大安区", "燊海井"));
        // d110: the county it lies in, with 的, and the mountain the model read as a name (涂山/nr)
        assertIncludes(names("从徐州自驾过来的游客鲁浩然一家还去了怀远的涂山，在山顶的禹王宫看大禹治水的传说。", EntityType.LOCATION),
                Set.of("怀远", "涂山"));
        // d108: a tomb, whose first characters the model read as a person (炎帝/nr 陵)
        Analysis tomb = ANALYZER.analyze("不少游客从石鼓山下来，又去神农镇拜谒炎帝陵。");
        assertIncludes(names(tomb, EntityType.LOCATION), Set.of("炎帝陵"));
        assertEquals(Set.of(), names(tomb, EntityType.PERSON));
        // newswire-dev-7: a summit of science is a word the model knows (高峰/n), no sight
        assertEquals(Set.of(), names("攀登科学高峰，需要一代又一代科技工作者的接力和奉献。", EntityType.LOCATION));
        // d118: a village, after 在 only in the town it lies in (在博尚镇的碗/q 窑/ng 村/n)
        assertIncludes(names("在博尚镇的碗窑村，百年龙窑依然在烧制土陶。", EntityType.LOCATION), Set.of("博尚镇", "碗窑村"));
        // newswire-dev-3: a person the model reads as one name ends like a rock, but is no sight
        Analysis actors = ANALYZER.analyze("从谭志道、谭鑫培、谭小培、谭富英、谭元寿、谭孝曾到谭正岩，谭家七代人唱老生，这在京剧史上是绝无仅有的。");
        assertTrue(names(actors, EntityType.PERSON).contains("谭正岩"), names(actors, EntityType.PERSON).toString());
        assertEquals(Set.of(), names(actors, EntityType.LOCATION));
        // d113: 登塔 is to climb the pagoda of the park before it, no part of a name
        assertEquals(Set.of("北湖公园", "白塔公园"), names("从西山下来，不少游客会去北湖公园划船，或者到白塔公园登塔看江。", EntityType.LOCATION)
                .stream().filter(p -> p.contains("公园")).collect(Collectors.toSet()));
        // d137: a gate of the old city wall the model read as a name (盘门/nr); d46: but the east gate of the old town is none
        assertIncludes(names("沿着护城河，调研组来到盘门，察看吴门桥和瑞光塔周边的游客服务设施和消防设施。", EntityType.LOCATION), Set.of("盘门"));
        assertFalse(names("调研组首先来到古城东门，观看了古城开城仪式演出，察看游客疏导和景区服务情况。", EntityType.LOCATION).contains("古城东门"));
    }

    @Test
    void findsVillagesTheDictionaryKnowsAndTheDistrictOpeningAWordThatNamesNoBody() {
        // newswire-dev-14: a village the model's dictionary holds as a place and nothing else (小岗村/ns, 刘庄村/ns), though
        // it is short and ends in 村 like the generic 示范村
        assertIncludes(names("如今小岗村的年轻人大多出去打工了，留在村里的人想办个养猪场。河南省新乡县刘庄村的党支部书记史来贺，在村里当了四十多年的带头人。",
                EntityType.LOCATION), Set.of("小岗村", "刘庄村"));
        // d142: 钦南区坭兴陶企业/nt, the enterprises of a district, no body by its ending; the district is named
        assertEquals(Set.of("钦南区"), names("老陶土里的新生意——钦南区坭兴陶企业见闻", EntityType.LOCATION));
    }

    @Test
    void aFacultyOfTwoFieldsWrittenAfterItsSchoolIsOneBodyWithIt() {
        // d137, d83: the model reads the school and the second field's faculty apart, across the 与 (苏州大学/nt 纺织/n 与/p
        // 服装工程学院/nt, 温州大学美术/nw 与/p 设计学院/nt)
        Set<String> bodies = names("为了让老工艺焕发新活力，公司与苏州大学纺织与服装工程学院合作，攻关宋锦的数字化设计和轻薄化面料。", EntityType.ORGANIZATION);
        assertIncludes(bodies, Set.of("苏州大学纺织与服装工程学院"));
        assertFalse(bodies.contains("服装工程学院"), bodies.toString());
        assertIncludes(names("温州大学美术与设计学院教授章文涛介绍，学院的老师和学生长期参与企业的新品研发，“不少学生毕业后直接留在了企业”。",
                EntityType.ORGANIZATION), Set.of("温州大学美术与设计学院"));
    }

    @Test
    void findsRoadsBeforeWhatIsOnThemAndStreetsNamedByConventionalWords() {
        // d109, d110: a road before 上的 or 的; 胜利/vn 中路, a word streets are named by in city after city
        assertIncludes(names("清晨，不少市民从园林路上的公园大门进来，沿着山道登上了美塔。", EntityType.LOCATION), Set.of("园林路"));
        assertIncludes(names("在胜利中路的一处下穿通道，工作人员正在检查水位报警装置。", EntityType.LOCATION), Set.of("胜利中路"));
        // d67: 建设 names the road here; it is no verb before a place to be taken off (not 北路)
        Set<String> roads = names("齐振国要求，各部门要加强统筹调度，在确保安全的前提下加快老旧小区改造进度，同步做好新华道、建设北路等主干道沿线的立面整治，"
                + "让群众早日享受改造成果。", EntityType.LOCATION);
        assertTrue(roads.contains("建设北路") && !roads.contains("北路"), roads.toString());
        // d119: a street named by a proper word (水亭/ns 街上/s 的); d123: a Han tomb (雷台/nr 汉墓/j)
        assertIncludes(names("在水亭街上的一家鸭头店里，店主周美娟正忙着给客人打包。", EntityType.LOCATION), Set.of("水亭街"));
        assertIncludes(names("调研组首先来到雷台汉墓，察看景区提升改造和国庆假期接待准备情况。", EntityType.LOCATION), Set.of("雷台汉墓"));
        // d124, newswire-dev-14: a car's circuit and a distance walked on a mountain path are no roads
        assertEquals(Set.of(), names("“连接器虽小,却是汽车电路的‘关节’,质量要求特别高。", EntityType.LOCATION));
        assertEquals(Set.of("贵州", "雷山县"), names("贵州雷山县的乡邮员杨昌和，每天挑着邮包走四十里山路，把报纸送到苗寨。", EntityType.LOCATION));
    }

    @Test
    void splitsPlacesWrittenAsOne() {
        // d113: two streets the model's words joined over 和 (三公街/ns 和西/nt 巷)
        assertIncludes(names("随后，调研组步行来到三公街和西巷，察看街区业态和消费场景打造情况。", EntityType.LOCATION), Set.of("三公街", "西巷"));
        // d114: a community written into one word with its street (黄岗街道羚山社区/ns)
        assertIncludes(names("本报讯（记者 潘颖琳）6月3日上午，黄岗街道羚山社区82岁的冯金好家里，施工人员正在卫生间安装扶手和防滑垫。",
                EntityType.LOCATION), Set.of("黄岗街道", "羚山社区"));
    }

    @Test
    void findsTheTownsOfForeignVisitorsAndThePapersCity() {
        // d50: where a photographer comes from, a country and a town no list holds (来自法国阿尔勒的), and the town's
        // next mention, which the model reads as a name
        Analysis arles = ANALYZER.analyze("来自法国阿尔勒的摄影师吕克·贝尔纳说，他在平遥拍了一个星期，最喜欢古城里的老人和孩子，"
                + "“他们坐在门口晒太阳、聊天，这就是生活本来的样子”。他计划明年带着自己的学生再来，在平遥和阿尔勒各办一场摄影展。");
        assertIncludes(names(arles, EntityType.LOCATION), Set.of("法国", "阿尔勒", "平遥"));
        assertEquals(Set.of("吕克·贝尔纳"), names(arles, EntityType.PERSON));
        // d117: a country and its town as one new word of the model (蒙古国达尔汗/nw)
        assertIncludes(names("来自蒙古国达尔汗的游客巴特额尔德尼和家人在呼和浩特玩了五天。", EntityType.LOCATION), Set.of("蒙古国", "达尔汗"));
        // d116, its masthead and a sentence of its: the city of the masthead's district, which the model reads as a name (南阳/nr)
        Analysis nanyang = ANALYZER.analyze("宛城新闻 2026年5月14日 星期四 第2版 责编/乔晓丹 美编/庞一诺 校对/牛春雨\n\n5月的南阳，月季花开得正盛。");
        assertIncludes(names(nanyang, EntityType.LOCATION), Set.of("南阳"));
        assertFalse(names(nanyang, EntityType.PERSON).contains("南阳"), names(nanyang, EntityType.PERSON).toString());
    }

    @Test
    void findsZonesBeachesPiersAndBasinsNamedAfterTheirPlace() {
        // d87, d43: a zone named after a place the model read as a name (迎江/nr 经济/n 开发区/n), and its committee
        assertIncludes(names("4月10日，在迎江经济开发区的安庆迎新精密机械有限公司生产车间里，一条条自动化生产线正在运转。",
                EntityType.LOCATION), Set.of("迎江经济开发区"));
        assertIncludes(names("西陵经济开发区管委会主任郑晓军说，开发区今年还将新建标准厂房8万平方米。", EntityType.ORGANIZATION),
                Set.of("西陵经济开发区管委会"));
        // d27: a park for a trade (文创/nr 园区) names no place
        assertEquals(Set.of(), names("调研组察看了一处由老厂房改造的文创园区。园区运营负责人介绍，园区已入驻设计、动漫和直播企业43家。",
                EntityType.LOCATION));
        // d91, d94: a ski resort, a beach and a basin by their names
        assertIncludes(names("不少游客还去了牡丹峰滑雪场滑雪。随后，调研组来到东山浴场，察看海水浴场的安全管理情况。", EntityType.LOCATION),
                Set.of("牡丹峰滑雪场", "东山浴场"));
        assertIncludes(names("在石门寨镇，不少研学团队来到柳江盆地，看岩层、找化石。", EntityType.LOCATION), Set.of("柳江盆地"));
        // d102, d106, d103: a reservoir, an ancient city's ruins, a city of Russia's Far East
        assertIncludes(names("加强农田水利设施建设，保障东风水库等水源工程的安全运行，确保春耕生产用水。傍晚时分，交河故城里游人不少。"
                + "去年11月，来自俄罗斯哈巴罗夫斯克的客商尼古拉·斯捷潘诺夫专门来到公司考察。", EntityType.LOCATION),
                Set.of("东风水库", "交河故城", "俄罗斯", "哈巴罗夫斯克"));
        // d93: a museum by its word for a hall of exhibits
        assertIncludes(names("随后，调研组来到汕头开埠文化陈列馆和侨批文物馆，察看展陈和安全管理情况。", EntityType.ORGANIZATION),
                Set.of("汕头开埠文化陈列馆", "侨批文物馆"));
    }

    @Test
    void readsNoRoadInAVerbOfTheWayNoPlaceInASloganNoSocietyInLearning() {
        // d89, d98: 为游客指/v 路/n and 指路/v; newswire-dev-2: 绿水青山就是金山银山
        assertEquals(Set.of(), names("在老大桥下的警务站，老街派出所民警黄志强正在为游客指路。街道组织了志愿者在街口为游客指路、帮游客寻人寻物。",
                EntityType.LOCATION));
        Analysis slogan = ANALYZER.analyze("乡亲们说，要不是逄金山带头，这片荒坡到今天还是光秃秃的，哪来的金山银山。绿水青山就是金山银山。");
        assertEquals(Set.of("逄金山"), names(slogan, EntityType.PERSON));
        assertEquals(Set.of(), names(slogan, EntityType.LOCATION));
        // d93: 在公司学会/nt 了: learned at the company
        assertEquals(Set.of(), names("操作工陈家豪今年23岁，他说，自己在公司学会了装配和调试。", EntityType.ORGANIZATION));
    }

    @Test
    void findsRiversThatMeetAndATownAfterItsCountry() {
        // d107: 邵水/nr beside 资江 and before 沿岸; d108, d98: no 牢 or 禅 of the verb before a known place
        assertEquals(Set.of("资江", "邵水", "双清路"), names("资江和邵水在这里汇合，江面开阔。调研组沿着双清路步行察看邵水沿岸风光带建设情况。",
                EntityType.LOCATION));
        assertEquals(Set.of("渭河", "泰山"), names("压实各级责任，守牢渭河安澜；历代帝王封禅泰山。", EntityType.LOCATION));
        // d97: 锡伯河/nr 和 阴河/nr 在城西汇成: waters that meet
        assertIncludes(names("傍晚，锡伯河和阴河在城西汇成的英金河畔，步道上散步、骑行的市民三五成群。", EntityType.LOCATION),
                Set.of("锡伯河", "阴河"));
        // d100: 英国剑桥/ns, a country and a town the dictionary knows as a place
        assertIncludes(names("来自英国剑桥的游客奥利弗·布朗对汉代历史很感兴趣。", EntityType.LOCATION), Set.of("英国", "剑桥"));
        // newswire-dev-2, -4: but no town in 德国网球运动员/nw or 朝鲜外务省/nw
        Set<String> none = names("德国网球运动员格拉芙宣布结束职业生涯。朝鲜外务省发言人指责美国和日本在朝鲜半岛问题上采取双重标准。",
                EntityType.LOCATION);
        assertTrue(none.stream().noneMatch(p -> p.endsWith("运动员") || p.endsWith("外务省")), none.toString());
    }

    @Test
    void aDistrictPaperNamesItsDistrictByItsMastheadsShortName() {
        // d90: 碧江新闻, and 碧江 (of 碧江区, which the page never writes) read as a name by the model
        Analysis page = ANALYZER.analyze("碧江新闻 2026年6月11日 星期四 第2版 责编/杨晓岚 美编/田思远 校对/滕立军\n\n"
                + "杨建林指出，锦江是碧江的母亲河，中南门古城是铜仁的城市名片。欢迎各地游客来碧江看龙舟、逛古城、品美食。");
        assertTrue(names(page, EntityType.LOCATION).contains("碧江"), names(page, EntityType.LOCATION).toString());
        assertTrue(page.mentions().stream().noneMatch(m -> m.text().equals("碧江") && m.start() < 4), page.mentions().toString());
        assertFalse(names(page, EntityType.PERSON).contains("碧江"));
    }

    /** The names found include the expected ones; the message lists what was found. */
    private static void assertIncludes(Set<String> found, Set<String> expected) {
        assertTrue(found.containsAll(expected), found.toString());
    }

    private static Set<String> names(String text, EntityType type) {
        return names(ANALYZER.analyze(text), type);
    }

    private static Set<String> names(Analysis a, EntityType type) {
        return a.mentions().stream().filter(m -> m.type() == type).map(Mention::text).collect(Collectors.toSet());
    }
}
