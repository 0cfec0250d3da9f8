package org.wenshu.nlp.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Officials, their titles and the names the statistical model misses, on sentences from the seeds. */
class RolesAndNamesTest {
    private static final DocumentAnalyzer ANALYZER = new DocumentAnalyzer();

    @Test
    void readsEveryTitleOfAChainOfTitles() {
        Analysis a = ANALYZER.analyze("本报讯(记者 郭晓妍)5月17日,区委书记王少峰,区委副书记、代理区长张艳林围绕“贯彻全市金融工作会议精神”调研丽泽金融商务区。");
        assertTrue(roles(a).containsAll(Set.of("郭晓妍|记者|null", "王少峰|区委书记|null", "张艳林|区委副书记|null", "张艳林|代理区长|null")),
                roles(a).toString());
    }

    @Test
    void continuesAChainAcrossACommaOnlyWithATitleAndItsBody() {
        Analysis a = ANALYZER.analyze("邀请中国科学院大学讲席教授、人居科学院院长,北京市建筑设计研究院总建筑师、总规划师吴晨作专题辅导。");
        assertTrue(roles(a).containsAll(Set.of("吴晨|讲席教授|中国科学院大学", "吴晨|院长|人居科学院", "吴晨|总规划师|北京市建筑设计研究院")),
                roles(a).toString());
        // the chain of 张艳林 stops at the comma after 王少峰, whose title is his own
        Analysis two = ANALYZER.analyze("区委书记王少峰,区委副书记、代理区长张艳林调研丽泽金融商务区。");
        assertFalse(roles(two).contains("张艳林|区委书记|null"), roles(two).toString());
    }

    @Test
    void readsTitlesOfInstitutionsAndFirmsButNoAdverbForAName() {
        Analysis a = ANALYZER.analyze("区图书馆馆长王芳介绍了情况。公司负责人李明表示，将加快建设。");
        assertTrue(roles(a).containsAll(Set.of("王芳|馆长|区图书馆", "李明|负责人|null")), roles(a).toString());
        // seeds/001
        assertFalse(names(ANALYZER.analyze("中华名枣庄园负责人高兴地说，樱桃品种很多。"), EntityType.PERSON).contains("高兴地"));
    }

    @Test
    void noNamesInListsOfThingsIdiomsOfNumbersOrTheEndsOfBuildings() {
        // seeds/001: cherry varieties
        Analysis cherries = ANALYZER.analyze("枣庄园负责人高兴地说，“樱桃的品种包括红灯、红蜜、布鲁克斯、红丰、艳阳等十多个种类，口感都不错。");
        assertTrue(names(cherries, EntityType.PERSON).isEmpty(), names(cherries, EntityType.PERSON).toString());
        // seeds/003, seeds/000
        assertTrue(names(ANALYZER.analyze("手中的巨龙在他们的舞动下，或腾跃或盘旋，姿态万千。"), EntityType.PERSON).isEmpty());
        assertFalse(names(ANALYZER.analyze("区领导一行参观了首都师范大学校史馆、北京国家应用数学中心和首都师范大学美术馆。"),
                EntityType.PERSON).contains("史馆"));
        // a list of people stays a list of people
        Analysis leaders = ANALYZER.analyze("区领导杨新光、田涛、尹航、李宗荣、林艳红参加活动。");
        assertEquals(Set.of("杨新光", "田涛", "尹航", "李宗荣", "林艳红"), names(leaders, EntityType.PERSON));
    }

    @Test
    void readsNamesFromCreditLinesBylinesAndQuotedPeople() {
        // development pages (gold/dev): rare family names, names that are also words, people described and quoted
        Analysis credits = ANALYZER.analyze("责编/缪思琪 美编/庹亮 校对/訾文华\n\n荔枝红了 文旅火了\n\n文/于果 图/祝之韵\n\n6月8日上午，活动开幕。");
        assertTrue(names(credits, EntityType.PERSON).containsAll(Set.of("缪思琪", "庹亮", "訾文华", "于果", "祝之韵")),
                names(credits, EntityType.PERSON).toString());
        Analysis byline = ANALYZER.analyze("本报讯（记者 亢文博 通讯员 宁静）7月28日，全会召开。");
        assertTrue(names(byline, EntityType.PERSON).containsAll(Set.of("亢文博", "宁静")), names(byline, EntityType.PERSON).toString());
        Analysis quoted = ANALYZER.analyze("“专家下沉后，在家门口就能看上病。”就诊的患者林海说。家长白雪说，现在每天早上都有志愿者。"
                + "在附近科技公司上班的年轻妈妈欧阳燕说，托育中心离家很近。");
        assertEquals(Set.of("林海", "白雪", "欧阳燕"), names(quoted, EntityType.PERSON));
        Analysis titled = ANALYZER.analyze("随家仓社区党委书记、居委会主任高峰说。通远门社区党委书记、居委会主任向阳介绍，改造过程中居民参与。");
        assertTrue(names(titled, EntityType.PERSON).containsAll(Set.of("高峰", "向阳")), names(titled, EntityType.PERSON).toString());
        assertFalse(names(titled, EntityType.PERSON).contains("高峰说"));
    }

    @Test
    void twoCharactersOfARareFamilyNameAreANameOnlyWhenAnActionFollows() {
        // development pages: words the model reads as names
        Analysis words = ANALYZER.analyze("公司今年与百色市签订了芒果、沃柑等农产品采购协议。产品通过苏州的商超和电商平台销往全国。"
                + "目前已有62栋小洋楼引入文化展陈、特色餐饮、文创零售等业态。");
        assertTrue(names(words, EntityType.PERSON).isEmpty(), names(words, EntityType.PERSON).toString());
    }

    @Test
    void noNamesForKinshipAddressesOrPlacesTheModelTakesForNames() {
        Analysis a = ANALYZER.analyze("金阊街道的居民沈阿婆的儿子小沈说。在石路附近开了二十多年裁缝铺的吴阿姨说，现在好多了。"
                + "活动在静海寺举行。沿邹容路前行。");
        assertTrue(names(a, EntityType.PERSON).isEmpty(), names(a, EntityType.PERSON).toString());
    }

    @Test
    void theBodyOfATitleIsNamedWithoutTheVerbBeforeItAndNeverAfterIt() {
        // seeds/004
        Analysis a = ANALYZER.analyze("“长安街知事”专访丰台区委书记王少峰。区委书记、区人武部党委第一书记王少峰出席会议并讲话。");
        assertTrue(roles(a).containsAll(Set.of("王少峰|区委书记|丰台区", "王少峰|区委书记|null", "王少峰|第一书记|区人武部党委")),
                roles(a).toString());
        assertFalse(roles(a).contains("王少峰|区委书记|区人武部"), roles(a).toString());
        assertFalse(roles(a).contains("王少峰|区委书记|专访丰台区"), roles(a).toString());
    }

    @Test
    void keepsResidentsCommitteesAndSupervisoryOrgansAndChiefsInTheTitle() {
        // development pages
        Analysis a = ANALYZER.analyze("随家仓社区党委书记、居委会主任高峰说。区纪委书记、区监委主任菅晓梅出席。"
                + "公司首席工程师马库斯·韦伯来自德国。项目经理嵇向东介绍了进度。");
        assertTrue(roles(a).containsAll(Set.of("高峰|居委会主任|随家仓社区", "菅晓梅|区监委主任|null", "马库斯·韦伯|首席工程师|null",
                "嵇向东|项目经理|null")), roles(a).toString());
    }

    @Test
    void keepsADepartmentNamedWithoutItsBodyInTheTitle() {
        Analysis a = ANALYZER.analyze("区委常委、宣传部部长郭晓一主持会议。");
        assertTrue(roles(a).containsAll(Set.of("郭晓一|区委常委|null", "郭晓一|宣传部部长|null")), roles(a).toString());
    }

    @Test
    void readsTheOrganizationBeforeATitle() {
        Analysis a = ANALYZER.analyze("首都师范大学党委书记曹文军,校长方复全,中关村丰台园管委会主任张俊峰参加。");
        assertTrue(roles(a).containsAll(Set.of("曹文军|党委书记|首都师范大学", "张俊峰|主任|中关村丰台园管委会")), roles(a).toString());
        assertTrue(names(a, EntityType.ORGANIZATION).containsAll(Set.of("首都师范大学", "中关村丰台园管委会")), names(a, EntityType.ORGANIZATION).toString());
    }

    @Test
    void findsANameAfterATitleThatTheModelMissesAndTheBodyThatSharesTheOrgansCharacter() {
        // seeds/003: the model reads 苏和 as 苏/和 and the page names the banner 扎赉特旗 before its 旗委
        Analysis a = ANALYZER.analyze("内蒙古自治区兴安盟委书记苏和,盟委副书记、盟长于吉顺,扎赉特旗旗委书记谷立民带队到丰台区对接交流。");
        Set<String> people = names(a, EntityType.PERSON);
        assertTrue(people.containsAll(Set.of("苏和", "于吉顺", "谷立民")), people.toString());
        assertTrue(roles(a).containsAll(Set.of("苏和|盟委书记|内蒙古自治区兴安盟", "于吉顺|盟长|null", "谷立民|旗委书记|扎赉特旗")), roles(a).toString());
        assertTrue(names(a, EntityType.LOCATION).containsAll(Set.of("内蒙古自治区", "扎赉特旗", "丰台区")), names(a, EntityType.LOCATION).toString());
    }

    @Test
    void takesEveryItemOfAListOfLeadersAsAPerson() {
        Analysis a = ANALYZER.analyze("区领导杨新光、田涛、尹航、李宗荣、林艳红,中关村丰台园管委会主任张俊峰及区有关单位负责人参加。");
        assertTrue(names(a, EntityType.PERSON).containsAll(Set.of("杨新光", "田涛", "尹航", "李宗荣", "林艳红", "张俊峰")),
                names(a, EntityType.PERSON).toString());
    }

    @Test
    void doesNotTakeWordsThatFollowATitleOrLookLikeNamesForPeople() {
        Analysis a = ANALYZER.analyze("区党建工作协调委员会委员单位负责同志参加会议。推动文创产业发展,打造乐学丰台品牌。");
        Set<String> people = names(a, EntityType.PERSON);
        assertFalse(people.contains("单位"), people.toString());
        assertFalse(people.contains("文创"), people.toString());
        assertFalse(people.contains("乐学"), people.toString());
    }

    @Test
    void joinsWordsIntoTheNamesOfPlacesAndBodies() {
        Analysis a = ANALYZER.analyze("推动丽泽金融商务区与雄安新区协同发展,丰台区委组织部负责同志参加。");
        assertTrue(names(a, EntityType.LOCATION).containsAll(Set.of("丽泽金融商务区", "雄安新区")), names(a, EntityType.LOCATION).toString());
        assertTrue(names(a, EntityType.ORGANIZATION).contains("丰台区委组织部"), names(a, EntityType.ORGANIZATION).toString());
    }

    @Test
    void tagsEveryMentionOfANameOnceItIsKnown() {
        Analysis a = ANALYZER.analyze("区委书记王少峰强调,要凝聚发展合力。王少峰要求,要深化党风廉政建设。");
        assertEquals(2, a.mentions().stream().filter(m -> m.text().equals("王少峰")).count());
    }

    @Test
    void readsNewsNamesOfForeignersCompoundFamilyNamesAndLeadersCalledByTheirFamilyName() {
        // sentences of the newswire development set
        assertTrue(names(ANALYZER.analyze("德国总理科尔在波恩举行新闻发布会，宣布德国将如期启用欧元。"), EntityType.PERSON).contains("科尔"));
        assertTrue(names(ANALYZER.analyze("国际足联主席布拉特宣布，世界杯将由韩国和日本联合举办。"), EntityType.PERSON).contains("布拉特"));
        assertTrue(names(ANALYZER.analyze("乔丹带领芝加哥公牛队第六次夺得总冠军，随后宣布退役。"), EntityType.PERSON).contains("乔丹"));
        assertTrue(names(ANALYZER.analyze("欧阳海燕是中国科学院武汉病毒研究所的一名青年研究员。"), EntityType.PERSON).contains("欧阳海燕"));
        assertTrue(names(ANALYZER.analyze("山东寿光菜农訾建军的蔬菜大棚里安装了智能温控系统。"), EntityType.PERSON).contains("訾建军"));
        assertTrue(names(ANALYZER.analyze("邓亚萍和乔红在女子双打决赛中战胜了对手。"), EntityType.PERSON).contains("乔红"));
        assertTrue(names(ANALYZER.analyze("著名作家冰心今天在北京逝世，享年九十九岁。"), EntityType.PERSON).contains("冰心"));
        assertFalse(names(ANALYZER.analyze("社区居民老郑说，楼道亮堂了。"), EntityType.PERSON).contains("老郑"));
        // the second newswire development set: names after offices that the model reads as new words or before adverbs
        Analysis offices = ANALYZER.analyze("美国国务卿奥尔布赖特在华盛顿会见了韩国外长。美国总统克林顿亲自参加了会谈。巴勒斯坦民族权力机构主席阿拉法特在加沙举行会晤。");
        assertTrue(names(offices, EntityType.PERSON).containsAll(Set.of("奥尔布赖特", "克林顿", "阿拉法特")), names(offices, EntityType.PERSON).toString());
        assertTrue(names(offices, EntityType.LOCATION).contains("美国"), names(offices, EntityType.LOCATION).toString());
        assertFalse(names(ANALYZER.analyze("西康路社区共有老旧小区11个，居民私家车约1400辆。"), EntityType.PERSON).contains("私家车"));
        // development pages: the start of a title or of a school, and a bridge, are no people
        Set<String> none = names(ANALYZER.analyze("区委副书记闵承泽出席。卓尼县柳林中学的学生来到星安桥边。"), EntityType.PERSON);
        assertFalse(none.contains("区委副") || none.contains("柳林中") || none.contains("星安桥"), none.toString());
        assertTrue(names(ANALYZER.analyze("区委常委、副区长宇文静率队考察。"), EntityType.PERSON).contains("宇文静"));
        Analysis leaders = ANALYZER.analyze("朱镕基总理会见了外宾。朱总理说，中国经济保持稳定增长。江主席出席了宴会。");
        List<String> people = leaders.mentions().stream().filter(m -> m.type() == EntityType.PERSON).map(leaders::canonicalName).toList();
        assertEquals(List.of("朱镕基", "朱镕基", "江"), people);
    }

    @Test
    void readsJapaneseNamesNamesInListsOfPeopleAndNamesAfterOfficesBeforeAnyWord() {
        // newswire development sentences: Japanese names the model reads as new words, places or pieces
        Analysis japanese = ANALYZER.analyze("日本银行总裁植田和男宣布，结束负利率。日本作家大江健三郎访华。前首相村山富市在大分县的家中接受采访。"
                + "博鳌亚洲论坛年会开幕，福田康夫理事长致辞。");
        assertEquals(Set.of("植田和男", "大江健三郎", "村山富市", "福田康夫"), names(japanese, EntityType.PERSON));
        assertFalse(names(japanese, EntityType.LOCATION).contains("村山富市"));
        // the same family names as Chinese words and places, with no Japanese given name and no word of Japan
        assertTrue(names(ANALYZER.analyze("中村村民来到山本地区的中山公园，松本村的稻田一片金黄。"), EntityType.PERSON).isEmpty());
        // names the model reads that stand in a list beside a known name, without a family name of ours
        Analysis lists = ANALYZER.analyze("全国人大常委会副委员长王光英、布赫、铁木尔·达瓦买提出席了开幕式。铁木尔·达瓦买提和热地一同出席了座谈会。");
        assertTrue(names(lists, EntityType.PERSON).containsAll(Set.of("布赫", "热地")), names(lists, EntityType.PERSON).toString());
        // after an office, any word of two characters ends the name; a line broken before 率 does not glue it on
        assertTrue(names(ANALYZER.analyze("美国国防部长科恩结束了对海湾国家的访问。"), EntityType.PERSON).contains("科恩"));
        assertEquals(Set.of("郁家宁"), names(ANALYZER.analyze("4月22日，区委书记郁家宁率鼓楼区党政代表团赴新疆考察。"), EntityType.PERSON));
        assertTrue(names(ANALYZER.analyze("北京师范大学学生上官婉清利用暑假支教。"), EntityType.PERSON).contains("上官婉清"));
    }

    @Test
    void readsForeignNamesByTheirSoundsPeopleTheDictionaryKnowsAndTheNamesInDoctrines() {
        // newswire development sentences: names without a family name of ours, before 的, 和 or any verb
        Analysis foreign = ANALYZER.analyze("卡扎菲同意将洛克比空难的两名嫌疑人移交审判。国足协副主席王俊生透露，米卢的合同将续签。"
                + "当天中午，普京和布莱尔共进了工作午餐。");
        assertTrue(names(foreign, EntityType.PERSON).containsAll(Set.of("卡扎菲", "米卢", "普京", "布莱尔")), names(foreign, EntityType.PERSON).toString());
        // after what a person is: a monarch's title, a player's position, a relative
        Analysis described = ANALYZER.analyze("沙特阿拉伯国王法赫德因健康原因将国事交给王储。英格兰队１８岁小将欧文在圣埃蒂安打进一球。普京和夫人柳德米拉参观了母校。");
        assertTrue(names(described, EntityType.PERSON).containsAll(Set.of("法赫德", "欧文", "柳德米拉")), names(described, EntityType.PERSON).toString());
        // names the engine's dictionary counts as people, wherever they stand; not a compound family name alone
        Analysis writers = ANALYZER.analyze("茅盾的长篇小说《子夜》出版。纪录片记录了司马迁著《史记》的艰辛。");
        assertTrue(names(writers, EntityType.PERSON).contains("茅盾"), names(writers, EntityType.PERSON).toString());
        assertFalse(names(writers, EntityType.PERSON).contains("司马"), names(writers, EntityType.PERSON).toString());
        // doctrines named after people, which the segmenter reads as one word
        Analysis doctrines = ANALYZER.analyze("大会号召全党高举邓小平理论伟大旗帜，坚持以马克思列宁主义、毛泽东思想为指导，反对官僚主义，弘扬劳模精神。");
        assertEquals(Set.of("邓小平", "马克思", "列宁", "毛泽东"), names(doctrines, EntityType.PERSON));
        // a neighbour's character glued to a foreign name by the segmenter, and a monarch's number
        Analysis glued = ANALYZER.analyze("卡塔尔埃米尔哈马德宣布，半岛电视台将保持独立。意大利主帅里皮认为，巴乔状态很好。"
                + "王侯赛因逝世后，他的长子阿卜杜拉二世继承王位。");
        assertTrue(names(glued, EntityType.PERSON).containsAll(Set.of("哈马德", "里皮", "阿卜杜拉二世")), names(glued, EntityType.PERSON).toString());
        assertFalse(names(ANALYZER.analyze("沙特阿拉伯国王法赫德因健康原因将国事交给王储。"), EntityType.PERSON).contains("赫德"));
        // Japanese leaders by family name before the title; two names of ours joined vouch for each other
        assertTrue(names(ANALYZER.analyze("江泽民主席与克林顿总统、小渊首相分别举行了双边会晤。"), EntityType.PERSON).contains("小渊"));
        assertTrue(names(ANALYZER.analyze("葛菲和顾俊连续两届奥运会夺得羽毛球女双金牌。"), EntityType.PERSON).containsAll(Set.of("葛菲", "顾俊")));
        // two leaders' family names before their meeting; a leader's family name after 和; a name joined by a dash
        assertEquals(List.of("汪", "辜"), ANALYZER.analyze("此次汪辜会晤是两岸关系发展进程中的一件大事。").mentions().stream()
                .filter(m -> m.type() == EntityType.PERSON).map(Mention::text).toList());
        assertTrue(names(ANALYZER.analyze("董建华在中南海向江主席和朱总理汇报了香港经济的情况。"), EntityType.PERSON).containsAll(Set.of("江", "朱")));
        assertTrue(names(ANALYZER.analyze("以巴双方谈判代表埃雷卡特和本—阿米在埃拉特举行了秘密会谈。"), EntityType.PERSON).contains("本—阿米"));
        // a name in quoted speech is a name; a time after a name of ours ends it
        assertTrue(names(ANALYZER.analyze("温格说：“亨利今天状态极佳，他是球队的核心。”"), EntityType.PERSON).contains("亨利"));
        assertTrue(names(ANALYZER.analyze("姚明今晚拿下了２１分和９个篮板。"), EntityType.PERSON).contains("姚明"));
        // two-character names whose characters the engine counts as a family name and a given name, wherever they stand
        assertTrue(names(ANALYZER.analyze("天津青年邢磊成功为一名台湾白血病患者捐献骨髓。"), EntityType.PERSON).contains("邢磊"));
        assertTrue(names(ANALYZER.analyze("云南的翠湖公园和滇池边，游人如织。"), EntityType.PERSON).isEmpty());
        // people of the list of public figures, where no rule vouches for them; not where a place has the same name
        assertTrue(names(ANALYZER.analyze("冰心原名谢婉莹，祖籍福建长乐。"), EntityType.PERSON).contains("冰心"));
        assertFalse(names(ANALYZER.analyze("山西左权县原名辽县。"), EntityType.PERSON).contains("左权"));
        // newswire-dev-10 and -3: a listed person whose name ends like a bridge or a place, or whose last character the
        // rules take for a word glued on (郑板桥, 周朴园, 秦琼 of 关公战秦琼's 关羽和秦琼)
        assertTrue(names(ANALYZER.analyze("母亲不识字，却最敬重读书人，我家堂屋里那幅郑板桥的竹子，是她用两担谷子换来的。"), EntityType.PERSON)
                .contains("郑板桥"));
        assertTrue(names(ANALYZER.analyze("曹禺１９１０年出生在天津，２３岁时写成《雷雨》，剧中的周朴园、繁漪和鲁侍萍至今仍是各地剧团常演的角色。"),
                EntityType.PERSON).contains("周朴园"));
        assertTrue(names(ANALYZER.analyze("相声大师侯宝林的《关公战秦琼》里，关羽和秦琼这两个相隔几百年的人竟在台上打了起来。"), EntityType.PERSON)
                .containsAll(Set.of("侯宝林", "关羽", "秦琼")));
        // a memorial named after a person does not make the person's name a short name of the place
        Analysis memorial = ANALYZER.analyze("今年是鲁迅诞辰１２０周年，绍兴的鲁迅故居每天都挤满了游客。");
        assertTrue(names(memorial, EntityType.PERSON).contains("鲁迅") && !names(memorial, EntityType.LOCATION).contains("鲁迅"),
                memorial.mentions().toString());
        // Tibetan names of two or three parts, which the segmenter cuts apart
        Analysis tibetan = ANALYZER.analyze("中国登山队员边巴扎西、次仁多吉等人从北坡成功登顶。西藏自治区主席向巴平措在日喀则检查工作。");
        assertEquals(Set.of("边巴扎西", "次仁多吉", "向巴平措"), names(tibetan, EntityType.PERSON));
        // to stand is no station
        assertTrue(names(ANALYZER.analyze("１０月１日下午三时，毛泽东站在天安门城楼上。"), EntityType.LOCATION).stream().noneMatch(p -> p.endsWith("站")));
        // a government page: the short names of two provinces are no name
        assertFalse(names(ANALYZER.analyze("鲁甘两省签署协作协议，共建产业园区。"), EntityType.PERSON).contains("鲁甘"));
    }

    @Test
    void readsNamesWithAWordGluedOnCourtNamesAndFamilyNamesBeforeAddressesOfWork() {
        // newswire-dev-3: the segmenter glues the next word's character or a pause to a name
        Analysis glued = ANALYZER.analyze("汪曾祺常对年轻作者说，写小说就是写语言。看了你们登的常香玉捐飞机的故事。“致远”舰管带邓世昌率舰冲向敌舰。"
                + "李可染画漓江，一住就是几个月。“朱德、周恩来、贺龙与南昌起义”图片展。这是在纪念投汨罗江而死的屈原。");
        assertTrue(names(glued, EntityType.PERSON).containsAll(Set.of("汪曾祺", "常香玉", "邓世昌", "李可染", "朱德", "周恩来", "屈原")),
                names(glued, EntityType.PERSON).toString());
        assertTrue(names(glued, EntityType.PERSON).stream().noneMatch(n -> n.length() > 3), names(glued, EntityType.PERSON).toString());
        // newswire-dev-5: a number or a verb glued on, a leader by family name before 副 and an office, a general's
        // title read into his name, and names with a middle dot the segmenter leaves as new words
        Analysis more = ANALYZER.analyze("李白二十几岁离开蜀中。托尔斯泰八十二岁离家出走。李四光用地质力学理论指出松辽平原有油。这是周副主席。"
                + "当年朱军长和战士们一道下山挑粮。农民吐尔逊·玉苏甫在沙地上种出了红枣。莫斯科大学的汉语教师娜塔莎·伊万诺娃。"
                + "这本书由生活·读书·新知三联书店出版。");
        assertEquals(Set.of("李白", "托尔斯泰", "李四光", "周", "朱", "吐尔逊·玉苏甫", "娜塔莎·伊万诺娃"), names(more, EntityType.PERSON));
        assertTrue(roles(more).contains("朱|军长|null"), roles(more).toString());
        // given names of leaders before 同志, family lists, Mongolian names of parts (乌云密布 is weather)
        Analysis comrades = ANALYZER.analyze("乡亲们至今还亲切地称他为“小平同志”。少奇同志和恩来同志都来了。重庆万州的谭明清、向春兰一家是三峡移民。"
                + "蒙古族诗人巴特尔当选。乌云其木格、孟和巴雅尔和其其格都来了。牧民孟和巴雅尔家的蒙古包里。天空乌云密布。");
        assertEquals(Set.of("小平", "少奇", "恩来", "谭明清", "向春兰", "巴特尔", "乌云其木格", "孟和巴雅尔", "其其格"),
                names(comrades, EntityType.PERSON));
        // newswire-dev-6: a function word glued to a foreign name, Tibetan names of Qinghai, and phrases that are no names
        Analysis world = ANALYZER.analyze("全国人大常委会副委员长布赫率执法检查组到内蒙古。苏克以六个进球获得最佳射手称号。畜牧局局长才让旦周说。"
                + "这是他就任首相后首次访华。王启民三十多年来一直在油田。财政部长鲁宾、商务部长戴利等随同访华。河北藁城市东刘村的村民吕德胜说。");
        assertEquals(Set.of("布赫", "苏克", "才让旦周", "王启民", "鲁宾", "戴利", "吕德胜"), names(world, EntityType.PERSON));
        // a Japanese name the model read whole, in a sentence that does not speak of Japan
        assertTrue(names(ANALYZER.analyze("田中耕一是岛津制作所的一名普通工程师。"), EntityType.PERSON).contains("田中耕一"));
        // compound family names the segmenter splits or leaves on the word before
        Analysis compound = ANALYZER.analyze("山西吕梁山区的农民公孙学文种了一百多亩红枣。私塾先生端木清讲古。（北京　闻人淑贞）"
                + "专家公孙宏、欧阳建平就人才引进问题进行了对话。某集团军军长公孙振邦带领四千多名官兵。");
        assertEquals(Set.of("公孙学文", "端木清", "闻人淑贞", "公孙宏", "欧阳建平", "公孙振邦"), names(compound, EntityType.PERSON));
        // court reports: 张某, 李某某 are people; 某 as "some" is not
        Analysis court = ANALYZER.analyze("被告人张某某与李某在江苏某县开设赌场，警方在王某家中搜出现金，某些人在某地观望。");
        assertEquals(Set.of("张某某", "李某", "王某"), names(court, EntityType.PERSON));
        // 冉大夫 is 冉启明, named in full; 李师傅 of a story that names no 李 is no one to track
        Analysis doctor = ANALYZER.analyze("心外科医生冉启明连续做了十一个小时的手术，冉大夫赶紧把他扶起。老乘客们都叫他李师傅。");
        assertEquals(Set.of("冉启明", "冉"), names(doctor, EntityType.PERSON));
        assertTrue(doctor.mentions().stream().filter(m -> m.text().equals("冉")).allMatch(m -> doctor.canonicalName(m).equals("冉启明")));
        // newswire-dev-6: names after who a person is, which the model starts as names or new words; not the words
        // that follow a description (游客可, 和学生) or a concept (专家智库); a name glued to a school is cut out of it
        // (任小红|卫校)
        Analysis described = ANALYZER.analyze("太原钢铁公司的老工人禹光荣退休后仍去厂里。这是县水利局的技术员禄永昌帮着设计的。"
                + "他的儿子鲁伟鼎也当上了集团总裁。儿子东方亮则在县城开了一家修理铺。找到了失散五十年的胞弟林阿水。武汉市民聂华拾到一个提包。"
                + "游客可在这里歇脚。老师和学生都来了。她的女儿任小红卫校毕业后回了村。深化专家智库建设。");
        assertEquals(Set.of("禹光荣", "禄永昌", "鲁伟鼎", "东方亮", "林阿水", "聂华", "任小红"), names(described, EntityType.PERSON));
        // newswire-dev-7: letters signed with a place and a name, a photo credit with 摄 glued on, rare family names
        Analysis letters = ANALYZER.analyze("问：下岗职工自谋职业，能享受哪些优惠政策？（沈阳 那振东）在此向她表示感谢。（湖南株洲 黄石生）"
                + "图为孔令辉在比赛中奋力回球。（新华社记者 昝军摄）犯罪嫌疑人雒某某被抓获。（北京 摄）（左）");
        assertEquals(Set.of("那振东", "黄石生", "孔令辉", "昝军", "雒某某"), names(letters, EntityType.PERSON));
        // newswire-dev-4 and -6: a foreign name after what a person is, which the model takes for a place; 将 alone
        // is no general (将洛克比空难的嫌疑人交出)
        Analysis foreign = ANALYZER.analyze("乌克兰撑竿跳高名将布勃卡第35次打破世界纪录。陪同他的有夫人希拉里和女儿切尔西。"
                + "卡扎菲同意将洛克比空难的两名嫌疑人交给特别法庭审判。");
        assertTrue(names(foreign, EntityType.PERSON).containsAll(Set.of("布勃卡", "切尔西")), names(foreign, EntityType.PERSON).toString());
        assertFalse(names(foreign, EntityType.PERSON).contains("洛克比"), names(foreign, EntityType.PERSON).toString());
        // newswire-dev-5 to -7: compound family names the model takes for bodies, a rare family name it takes for one,
        // names before an address of work or 来信, 拓 as a family name; 多 after a number rounds it
        Analysis rare = ANALYZER.analyze("上海交通大学教授端木茂林和他的学生们研制了新设备。逄金山的儿子逄春雨从山东农业大学毕业后回了村。"
                + "中国人民大学学生尉迟明轩来信建议。被告人拓某身为村委会主任。神仙湾哨所海拔五千三百多米。当年一天往返一百多里。");
        assertEquals(Set.of("端木茂林", "逄金山", "逄春雨", "尉迟明轩", "拓某"), names(rare, EntityType.PERSON));
        // newswire-dev-3 and -7: a given name alone for a person the text names in full, grouped under the full name
        Analysis given = ANALYZER.analyze("“振邦一辈子就没休过一个完整的假期。”欧阳振邦的老伴笑着说。");
        assertEquals(Set.of("振邦", "欧阳振邦"), names(given, EntityType.PERSON));
        // whose work it is: a name the model reads before 的《 (路 is a rare family name, 阿 none)
        Analysis authors = ANALYZER.analyze("１９９１年，路遥的《平凡的世界》获茅盾文学奖。阿来的《尘埃落定》写出了川西藏区的变迁。");
        assertEquals(Set.of("路遥", "阿来"), names(authors, EntityType.PERSON));
        assertTrue(given.mentions().stream().filter(m -> m.text().equals("振邦")).allMatch(m -> given.canonicalName(m).equals("欧阳振邦")));
    }

    @Test
    void foreignPlacesTheModelTakesForPeopleArePlacesWhereOneGoesOrThingsHappen() {
        Analysis a = ANALYZER.analyze("巴勒斯坦总统阿巴斯在拉姆安拉会见了埃及外长。");
        assertTrue(names(a, EntityType.LOCATION).contains("拉姆安拉"), names(a, EntityType.LOCATION).toString());
        assertTrue(names(a, EntityType.PERSON).contains("阿巴斯"), names(a, EntityType.PERSON).toString());
        // development pages: mountains the model reads as people, where the sentence speaks of a place
        Analysis mountains = ANALYZER.analyze("伏龙坪社区地处皋兰山北麓。怒江两岸东依碧罗雪山，西靠高黎贡山，山高坡陡。今年还计划进入撒马尔罕和莫斯科。");
        assertTrue(names(mountains, EntityType.LOCATION).containsAll(Set.of("皋兰山", "高黎贡山", "撒马尔罕")), names(mountains, EntityType.LOCATION).toString());
        assertTrue(names(mountains, EntityType.PERSON).isEmpty(), names(mountains, EntityType.PERSON).toString());
        // development pages d23–d28: a prefecture by its short name and a county; a country, a foreign state and a city
        Analysis chains = ANALYZER.analyze("他们来到阿坝州小金县。代表团访问了德国杜伊斯堡。美国艾奥瓦州马斯卡廷市市长。");
        assertTrue(names(chains, EntityType.LOCATION).containsAll(Set.of("阿坝州", "小金县", "德国", "杜伊斯堡", "艾奥瓦州", "马斯卡廷市")),
                names(chains, EntityType.LOCATION).toString());
        // development pages d23–d28: communities between their subdistrict and 社区, and in lists; 山西巷社区 holds no 山西
        Analysis communities = ANALYZER.analyze("家住解放南路街道山西巷社区的居民说。家住柏树林街道开通巷社区的居民老田说。"
                + "华侨路街道随家仓社区、琥珀山庄社区也推广了。");
        assertTrue(names(communities, EntityType.LOCATION).containsAll(Set.of("解放南路街道", "山西巷社区", "柏树林街道", "开通巷社区",
                "华侨路街道", "随家仓社区", "琥珀山庄社区")), names(communities, EntityType.LOCATION).toString());
        assertFalse(names(communities, EntityType.LOCATION).contains("山西"), names(communities, EntityType.LOCATION).toString());
        // a named district's department is one body (the places inside it are not listed on their own)
        Analysis department = ANALYZER.analyze("哈尔滨市南岗区人力资源和社会保障局发布通知。南岗区住房和城乡建设局组织了交流。岳麓区援疆干部来了。");
        assertEquals(Set.of("哈尔滨市南岗区人力资源和社会保障局", "南岗区住房和城乡建设局"), names(department, EntityType.ORGANIZATION));
        // a credit's slot holds a name, though the next line makes a district of it (校对/陆川 + 区领导调研)
        Analysis credit = ANALYZER.analyze("南宁日报 第2版 责编/韦晓 美编/零思远 校对/陆川\n区领导调研东盟商务区建设\n本报讯（记者 黄丽 通讯员 虎林）6月17日下午，区领导调研。");
        assertTrue(names(credit, EntityType.PERSON).containsAll(Set.of("陆川", "黄丽", "虎林")), names(credit, EntityType.PERSON).toString());
        // a byline's slot holds a name whatever its family name (者, 拜)
        assertEquals(Set.of("拜雨萱", "者明川"), names(ANALYZER.analyze("(记者 拜雨萱 通讯员 者明川)6月17日下午。"), EntityType.PERSON));
        assertFalse(names(credit, EntityType.LOCATION).contains("虎林"), names(credit, EntityType.LOCATION).toString());
        // development pages: headlines open lines with phrases the model reads as names, and a numeral opens a hall
        assertTrue(names(ANALYZER.analyze("山海同心 陇货“出山”\n沈阳故宫的大政殿和十王亭，游人如织。"), EntityType.PERSON).isEmpty());
    }

    @Test
    void readsSlavicFamilyNamesPenNamesAndJapaneseGivenNamesCutApart() {
        // newswire-dev and dev-4: Slavic family names the model reads as a body or a new word
        Analysis slavic = ANALYZER.analyze("俄罗斯总统叶利钦今天签署命令，解除基里延科的总理职务。普里马科夫获得国家杜马批准，他任命马斯柳科夫为第一副总理。"
                + "白俄罗斯总统卢卡申科在明斯克签署了条约。");
        assertIncludes(slavic, EntityType.PERSON, Set.of("基里延科", "马斯柳科夫", "卢卡申科"));
        assertTrue(names(slavic, EntityType.ORGANIZATION).stream().noneMatch(n -> n.endsWith("科")), names(slavic, EntityType.ORGANIZATION).toString());
        // a city with such an ending stays a place
        assertFalse(names(ANALYZER.analyze("乌克兰第二大城市哈尔科夫市举行了集会。"), EntityType.PERSON).contains("哈尔科夫"));

        // newswire-dev-3: a pen or stage name and the name it stands for, whatever words they are
        Analysis penNames = ANALYZER.analyze("莫言本名管谟业，１９５５年生于山东高密。白杨原名杨成芳，１９３７年主演的《十字街头》让她一举成名。"
                + "广西青年作家东西原名田代琳，他说起这个笔名时总要解释半天：“不是买东西的东西。”");
        assertIncludes(penNames, EntityType.PERSON, Set.of("莫言", "管谟业", "白杨", "杨成芳", "东西", "田代琳"));
        assertTrue(names(penNames, EntityType.ORGANIZATION).isEmpty(), names(penNames, EntityType.ORGANIZATION).toString());
        // 东西 is a name where the frame says so, not in 买东西的东西
        assertEquals(1, penNames.mentions().stream().filter(m -> m.text().equals("东西")).count());
        // a county's old name is no person's
        Analysis county = ANALYZER.analyze("山西左权县原名辽县，１９４２年改名。");
        assertTrue(names(county, EntityType.PERSON).isEmpty(), names(county, EntityType.PERSON).toString());

        // newswire-dev-7: a given name alone for the person the sentence names in full, though the model reads no name
        Analysis givenName = ANALYZER.analyze("“秀兰，快歇会儿吧！”丈夫心疼地喊，可邹秀兰手里的针线活一刻也没停。");
        assertTrue(givenName.mentions().stream().anyMatch(m -> m.type() == EntityType.PERSON && m.text().equals("秀兰")), givenName.mentions().toString());

        // newswire-dev-4 and dev-7: Japanese given names the model cuts into pieces after the family name
        Analysis japanese = ANALYZER.analyze("日本队的中田英寿和稻本润一都在欧洲踢球。山本的妻子佐藤由美在当地一所日语学校任教。细川护熙下台后，羽田孜出任首相。");
        assertIncludes(japanese, EntityType.PERSON, Set.of("稻本润一", "佐藤由美", "细川护熙"));
        assertFalse(names(japanese, EntityType.PERSON).contains("稻本"), names(japanese, EntityType.PERSON).toString());
        // a family name before a word of its own is no given name (南部|岛屿)
        assertTrue(names(ANALYZER.analyze("日本防卫大臣表示，日本将在冲绳南部岛屿增加导弹部署。"), EntityType.PERSON).isEmpty());
    }

    @Test
    void readsNamesThatAreWordsOrPlacesWhereOnlyANameStandsAndPoliceOfficersRoles() {
        // development pages d35–d40: between an office and what its holder says or does, only a name stands
        Analysis offices = ANALYZER.analyze("区民政局局长甘露介绍，全区今年将新建食堂。区委常委、宣传部部长华丽一同调研。"
                + "新春社区党委书记、居委会主任惠安介绍，客厅每天接待居民。主任详细介绍了情况，局长现场介绍，经理热情介绍。");
        assertEquals(Set.of("甘露", "华丽", "惠安"), names(offices, EntityType.PERSON));
        assertFalse(names(offices, EntityType.LOCATION).contains("惠安"), names(offices, EntityType.LOCATION).toString());
        // a credit's slot holds a name though the page also names a place that starts the same way
        Analysis credit = ANALYZER.analyze("本报讯（记者 韩雪梅 通讯员 西门晓雪）7月7日，城中区召开会议。从大十字到西门一带的夜市每晚有260多个摊位。"
                + "本报讯（记者 申雨桐 通讯员 关林）4月13日晚，还在关林庙了解了关公文化。");
        assertIncludes(credit, EntityType.PERSON, Set.of("西门晓雪", "关林"));
        // a village's party branch before the secretary is part of the title (党总支书记, 党支部书记)
        Analysis branch = ANALYZER.analyze("菖蒲塘村党总支书记、村委会主任龙建华介绍，村里今年新建了游客中心。");
        assertTrue(roles(branch).stream().anyMatch(r -> r.startsWith("龙建华|党总支书记")), roles(branch).toString());
        // 民警 is a title, with the police station before it as its organization
        Analysis police = ANALYZER.analyze("西宁市公安局城中区分局南滩派出所民警韩永福每周到社区值守。");
        assertTrue(roles(police).stream().anyMatch(r -> r.startsWith("韩永福|民警")), roles(police).toString());
        // a slogan, a greeting or a ship in short quotes holds no name, unless the text names the person outside them
        Analysis quotes = ANALYZER.analyze("举办“梁溪春韵”系列文旅活动。游客也学着说一声“扎西德勒”。“库尔斯克”号核潜艇失事。"
                + "母亲一遍遍地喊着“志刚”，可躺在病床上的郑志刚已经说不出话来。老邻居们说起“周总理”，都有讲不完的故事。");
        assertEquals(Set.of("志刚", "郑志刚", "周"), names(quotes, EntityType.PERSON));
        // d41–d46: a dotted name the segmenter cut at the dot, in a credit's slot; a name glued to 正在
        Analysis slot = ANALYZER.analyze("本报讯（记者 王芳 通讯员 麦麦提江·艾则孜）5月6日，社区召开会议。主播李雪正在直播间里介绍产品。");
        assertEquals(Set.of("王芳", "麦麦提江·艾则孜", "李雪"), names(slot, EntityType.PERSON));
        // a year rounded up is no name (半|年多来)
        assertEquals(Set.of("杨丽萍"), names(ANALYZER.analyze("社区党委书记、居委会主任杨丽萍介绍，半年多来，“坝坝会”共商议题30多个。"), EntityType.PERSON));
        // products in a list that ends in a kind of things; addresses; towers
        Analysis things = ANALYZER.analyze("老楼前人头攒动，大列巴、红肠等特色商品供不应求。公司帮助疏附县销售巴旦木、红枣、手工乐器等产品。"
                + "街坊都叫他洪阿伯。妙光塔和龙光塔遥遥相对。");
        assertTrue(names(things, EntityType.PERSON).isEmpty(), names(things, EntityType.PERSON).toString());
    }

    @Test
    void cutsNamesOutOfTheWordsTheSegmenterGluedToThem() {
        // newswire-dev-5, -6, -7: a name after a description, joined to the next word (苏金水种/nr, 任小红卫校/nt)
        Analysis glued = ANALYZER.analyze("福建安溪县的茶农苏金水种的铁观音在茶王赛上夺了头名。汨罗市的制种基地，是袁隆平院士的学生郭名奇一手办起来的。"
                + "她的女儿任小红卫校毕业后也回村当了医生。壮族姑娘农秀兰大学毕业后回到那坡县。");
        assertEquals(Set.of("苏金水", "袁隆平", "郭名奇", "任小红", "农秀兰"), names(glued, EntityType.PERSON));
        assertTrue(names(glued, EntityType.ORGANIZATION).isEmpty(), names(glued, EntityType.ORGANIZATION).toString());
        // newswire-dev-4: a foreign name with the first character of the next word, or the last of the word before
        Analysis foreign = ANALYZER.analyze("捷克总统哈韦尔病愈后首次公开露面。安南委托副秘书长弗雷谢特代为宣读了贺信。意大利名帅里皮认为，三人很难同时出场。");
        assertEquals(Set.of("哈韦尔", "安南", "弗雷谢特", "里皮"), names(foreign, EntityType.PERSON));
        // newswire-dev-8: a profession, a name the segmenter read as words, and speech or a family after it; French
        // names joined by a dash
        Analysis professions = ANALYZER.analyze("北京儿童医院的医生游红梅说，冬季呼吸道疾病高发。西吉县菇农马如海一家种了六棚蘑菇。"
                + "来自波尔多的酒庄主让－皮埃尔·杜邦一上午就谈成了三笔订单。");
        assertEquals(Set.of("游红梅", "马如海", "让－皮埃尔·杜邦"), names(professions, EntityType.PERSON));
        // newswire-dev-8: a pronoun after a title is no given name, and an elder honoured by 老 is no full name
        Analysis elders = ANALYZER.analyze("“种子是在地里长出来的。”冀教授常这样对学生说。喻老的学生、武汉大学教授卞晓东说。");
        assertEquals(Set.of("卞晓东"), names(elders, EntityType.PERSON));
    }

    @Test
    void readsYiNamesAsAClanNameAndAGivenName() {
        // newswire-dev-5, -7, -8: the segmenter cuts them anywhere (吉克阿/nr 呷, 曲比/nr 阿乌/nr)
        Analysis yi = ANALYZER.analyze("乡村教师吉克阿呷已经在山里教了１８年书。彝族乡长吉克曲布带领群众，修通了第一条公路。"
                + "彝族歌手曲比阿乌把大凉山的民歌唱进了北京的音乐厅。彝族群众阿西拉则住进了新盖的瓦房。");
        assertEquals(Set.of("吉克阿呷", "吉克曲布", "曲比阿乌", "阿西拉则"), names(yi, EntityType.PERSON));
    }

    @Test
    void readsNamesAfterWhatPeopleAreWhereTheModelReadTheFamilyNameAsAWord() {
        // d59–d64: a family name read as a preposition or verb (店主于/p 佳琪/nr), a description glued to the name
        // (老板娘林美华/nw), a dotted name in a byline's slot; not a name of its own after a preposition (冠军由/p 王楠/nr)
        Analysis described = ANALYZER.analyze("店主于佳琪正在整理新到的图书。老板娘林美华端上刚出锅的鲅鱼水饺。从武汉来的游客管思雨和朋友坐上了游船。"
                + "本报讯（记者 雷振宇 通讯员 努尔比亚·阿不都）9月15日，社区召开会议。女单冠军由王楠获得。");
        assertEquals(Set.of("于佳琪", "林美华", "管思雨", "雷振宇", "努尔比亚·阿不都", "王楠"), names(described, EntityType.PERSON));
        // not names: a river and where on it or its wind, a rounded number
        Analysis notNames = ANALYZER.analyze("这次终于来到了浔阳江头。江里的鱼明显多了。浔阳楼已接待游客8万多人次。江风吹过，风筝越飞越高。");
        assertTrue(names(notNames, EntityType.PERSON).isEmpty(), names(notNames, EntityType.PERSON).toString());
    }

    @Test
    void readsWhatAManagerManagesAsPartOfTheTitleAndNoStreamerAsAnOffice() {
        // d59–d64
        Analysis managers = ANALYZER.analyze("襄阳恒驰汽车零部件有限公司生产部经理俞海涛介绍。公司海外业务经理欧阳婉婷说。主播李雪正在直播间里介绍产品。");
        assertEquals(Set.of("俞海涛|生产部经理|襄阳恒驰汽车零部件有限公司", "欧阳婉婷|海外业务经理|null"), roles(managers));
        assertTrue(names(managers, EntityType.PERSON).contains("李雪"), names(managers, EntityType.PERSON).toString());
    }

    @Test
    void joinsNamesTheModelEndedEarly() {
        // newswire-dev-6, -7: a foreign name's last sound (佩蒂/nr 特/d 在), a compound family name's given name cut
        // in two (宇文长/nr 庚/nr)
        Analysis early = ANALYZER.analyze("齐达内在上半场两次头球破门，佩蒂特在终场前又打进一球。宇文长庚教授生前留下遗嘱。");
        assertEquals(Set.of("齐达内", "佩蒂特", "宇文长庚"), names(early, EntityType.PERSON));
    }

    @Test
    void cutsNamesOutOfWordsTheSegmenterGluedThemInto() {
        // newswire-dev-7 to -10: a profession and a name (日本影星高仓健/nw), a family they head (茶农苏金川家/nw), an
        // office or a show after the name (酆文博研究员/nw, 吴冠中艺术展/nw), a description's last character read as the
        // name's first (企业/n 主闫素芳/nr), a foreign name and a word after a title (主教练特鲁西埃率队/nt)
        Analysis glued = ANALYZER.analyze("日本影星高仓健主演的影片在国内上映。福建省安溪县茶农苏金川家今年的铁观音卖到了全国。"
                + "中国科学技术大学研究生东方明来信。在中国美术馆举办的吴冠中艺术展上，观众久久驻足。"
                + "私营企业主闫素芳在河北白沟开了一家箱包厂。日本足球队主教练特鲁西埃率队在黎巴嫩夺得冠军。");
        assertIncludes(glued, EntityType.PERSON, Set.of("高仓健", "苏金川", "东方明", "吴冠中", "闫素芳", "特鲁西埃"));
        assertTrue(names(glued, EntityType.ORGANIZATION).stream().noneMatch(o -> o.contains("特鲁西埃")),
                names(glued, EntityType.ORGANIZATION).toString());
    }

    @Test
    void readsNamesAfterDescriptionsWhoseGivenNameTheModelCut() {
        // newswire-dev-5, -8, -10: a family name read as a word before a given name read as a new word (青年向/p 晓霞/nz),
        // a given name read as a verb and an adjective (医生宓/nr 建/v 新/a), plaintiffs and self-employed people
        Analysis cut = ANALYZER.analyze("返乡青年向晓霞办起了一家茶叶加工厂。北京积水潭医院骨科医生宓建新利用业余时间研制了一种固定器。"
                + "失主是从牡丹江来的个体户任保华，他拿出一千元要谢我。被告某杂志社被判向原告华如松赔礼道歉。");
        assertIncludes(cut, EntityType.PERSON, Set.of("向晓霞", "宓建新", "任保华", "华如松"));
    }

    @Test
    void keepsNamesApartFromWhatFollowsThem() {
        // newswire-dev-4, -9, -10: the 因 of a cause (郎平因/nrf 身体原因) but not of 侯赛因, a photo's 摄 after a dotted
        // name, the 和 that ends a Mongolian name (巴图孟/nr 和/c 家), a Japanese name before a verb the model read as a
        // measure (佐藤久夫/nr 种/q)
        Analysis apart = ANALYZER.analyze("中国女排主教练郎平因身体原因辞去职务。贝克汉姆因报复性动作被红牌罚下。伊拉克总统萨达姆·侯赛因发表讲话。"
                + "图为农民在晾房里晾制葡萄干。（新华社记者　艾尔肯·吐尼亚孜摄）内蒙古阿巴嘎旗牧民巴图孟和家的草场，几年前还是一片沙地。"
                + "日本北海道的农民佐藤久夫种了一辈子水稻。");
        Set<String> people = names(apart, EntityType.PERSON);
        assertIncludes(apart, EntityType.PERSON, Set.of("郎平", "贝克汉姆", "萨达姆·侯赛因", "艾尔肯·吐尼亚孜", "巴图孟和", "佐藤久夫"));
        assertTrue(people.stream().noneMatch(p -> p.endsWith("因") && !p.endsWith("侯赛因") || p.endsWith("摄") || p.equals("巴图孟")),
                people.toString());
    }

    @Test
    void readsNoPersonInOfficesPrizesTeamsAddressesOrWhereAWriterLives() {
        // newswire-dev-9, -10: the term of an office, a prize named after a person, a team the model took for a name, a
        // family name with a doctor's address, the place of a letter's signature
        Analysis none = ANALYZER.analyze("秘鲁总统藤森今天宣誓就职，开始他的第三个总统任期。护士长霍桂琴荣获第三十七届南丁格尔奖章。"
                + "郝海东和王涛各入一球，万达队主教练徐根宝赛后说。老阿妈拉着汪大夫的手。村里人都叫他韦医生。"
                + "可镇上又要每户摊派二百元，这合理吗？（湖南邵东　曾宪桂）");
        assertEquals(Set.of("藤森", "霍桂琴", "郝海东", "王涛", "徐根宝", "曾宪桂"), names(none, EntityType.PERSON));
        // and a head coach's title whole, not the 教练 after a bishop (主教)
        assertTrue(roles(none).contains("徐根宝|主教练|null"), roles(none).toString());
    }

    @Test
    void readsNamesTheSegmenterCutAtTheDotOrReadIntoATitle() {
        // d65–d70: a dotted name in two words of the model (颂猜/nw ·/w 汶纳/nrf) but no sight (独秀峰·王城景区), a
        // Uyghur name's 乎 (托乎提), a family name read into the title before it (总/b 监池/nw 海峰/nr) but not the
        // character that completes the title (主教练郎平), a Japanese given name in 太
        Analysis cut = ANALYZER.analyze("来自泰国曼谷的游客颂猜·汶纳是第一次来惠州。区领导来到独秀峰·王城景区调研。"
                + "在常州工作了十多年的志愿者艾尼瓦尔·托乎提给两人各倒上一杯茶。”公司研发总监池海峰说，公司每年拿出销售收入的6%用于研发。"
                + "中国女排主教练郎平因身体原因辞去职务。来自日本岸和田市的游客西村健太这几天在唐山参加交流活动。");
        assertEquals(Set.of("颂猜·汶纳", "艾尼瓦尔·托乎提", "池海峰", "郎平", "西村健太"), names(cut, EntityType.PERSON));
    }

    @Test
    void readsNoPersonInShopsPlacesOfCareFestivalsOrAVerbBeforeAPlace() {
        // d02, d65–d70: 托育点, 丰收节 and 汤粉店 end like places and things; 来 before a known place is no family name
        Analysis things = ANALYZER.analyze("江北街道的一处社区托育点里，孩子们正在做早操。还将举办稻田音乐节和农民丰收节。"
                + "汤粉店店主赖永强说，周末店里坐满了客人。欢迎各地游客来崇川走走看看。");
        assertEquals(Set.of("赖永强"), names(things, EntityType.PERSON));
        // newswire-dev-3, -5, -7: a name inside the title of a work names the work; outside it, the person
        Analysis works = ANALYZER.analyze("余华的《活着》之外，老舍的《骆驼祥子》和《王贵与李香香》也在书单上。");
        assertEquals(Set.of("余华", "老舍"), names(works, EntityType.PERSON));
        // unless the work is the person's writings or life: 《雷锋日记》 and 《岳飞传》 name 雷锋 and 岳飞
        Analysis writings = ANALYZER.analyze("他从小爱读《雷锋日记》和《岳飞传》，又学习了《邓小平文选》第三卷。");
        assertEquals(Set.of("雷锋", "岳飞", "邓小平"), names(writings, EntityType.PERSON));
        assertEquals(writings.text().indexOf("雷锋"), writings.mentions().stream().filter(m -> m.text().equals("雷锋"))
                .findFirst().orElseThrow().start());
        // and no body that starts with a particle (我们的家/nt)
        Analysis home = ANALYZER.analyze("“小区就是我们的家，看家护院是应该的”。");
        assertTrue(names(home, EntityType.ORGANIZATION).isEmpty(), names(home, EntityType.ORGANIZATION).toString());
    }

    @Test
    void readsNoPersonInDishesWaresOrVillages() {
        // d66, d88, d89, d74: a family name and a dish or a ware (汤粉, 白糕, 毛豆腐, 陶碗); d50, d88: a village (梁村, 李庄)
        Analysis dishes = ANALYZER.analyze("逛完古村，不少游客会去镇上吃一碗横沥汤粉。白肉、白糕和白酒被称为李庄“三白”。"
                + "他说，“白天逛老街、吃毛豆腐，晚上去喝咖啡，一家人都很开心”。在岳壁乡梁村，县医院主任医师武建华为村里的老人免费测血压。"
                + "9月的银川，天高云淡。毛坦厂老街有几百年历史，街边的老房子保留着白墙黛瓦的模样。"); // d33, d101: stock phrases
        assertEquals(Set.of("武建华"), names(dishes, EntityType.PERSON));
    }

    @Test
    void aDottedNameAfterWhatThePersonIsThatTheModelReadAsABody() {
        // d154: 游客|奥列格·伊万年科/nt, whose 科 also ends a section; d149: 安德烈·彼得连科点/nt, a verb glued on; d123: but
        // 乔瓦尼·莫雷蒂对馆/nt ends in no sound: the rule takes no "name" that runs into 馆 (the page names him elsewhere)
        Analysis visitors = ANALYZER.analyze("在五源河国家湿地公园，来自乌克兰基辅的游客奥列格·伊万年科沿着栈道散步，他说，这里的红树林和水鸟让他印象深刻。"
                + "在金牛岭公园附近的一家老爸茶店里，来自俄罗斯新西伯利亚的游客安德烈·彼得连科点了一壶红茶和几样点心，和店里的老街坊们聊得很开心。");
        assertEquals(Set.of("奥列格·伊万年科", "安德烈·彼得连科"), names(visitors, EntityType.PERSON));
        Set<String> museumVisitor = names(ANALYZER.analyze("来自意大利罗马的游客乔瓦尼·莫雷蒂对馆里一块西夏时期的石碑很感兴趣，"
                + "他说，“一块石碑上刻着两种文字，太神奇了”。"), EntityType.PERSON);
        assertTrue(museumVisitor.stream().noneMatch(n -> n.endsWith("馆")), museumVisitor.toString());
    }

    @Test
    void dottedNamesInCreditsAndAfterWhatThePersonIs() {
        // d106: a proofreader's name with a middle dot in the masthead; d103: 游客|塔季扬娜·别洛娃/nw, whose 季 is no sound
        Analysis page = ANALYZER.analyze("高昌新闻 2026年7月13日 星期四 第2版 责编/热娜古丽 美编/李佳琪 校对/买买提江·艾则孜\n\n"
                + "来自俄罗斯比罗比詹的游客塔季扬娜·别洛娃和家人坐火车来到佳木斯。"
                // d107: 游客颂/vg 萨·汶米/nrf, the first sound cut off; d110: 游客鲁/j 浩然/z 一家
                + "来自泰国曼谷的游客颂萨·汶米和朋友在邵阳住了三天。从徐州自驾过来的游客鲁浩然一家还去了怀远的涂山。");
        assertEquals(Set.of("热娜古丽", "李佳琪", "买买提江·艾则孜", "塔季扬娜·别洛娃", "颂萨·汶米", "鲁浩然"),
                names(page, EntityType.PERSON));
        assertTrue(roles(page).contains("买买提江·艾则孜|校对|null"), roles(page).toString());
    }

    @Test
    void namesAfterWhatThePersonDoesForALiving() {
        // d98, d96, d99, d97: 挑山工郗德山/nw (no mountain), 操作工柯小军/nt (no body), 船老大林国富, 店主于/p 秀兰/nw 一边…说
        Analysis workers = ANALYZER.analyze("在红门附近，挑山工郗德山正挑着一担矿泉水准备上山。操作工柯小军是茅塔乡人，职业学校毕业后进了公司。"
                + "船老大林国富正在检查船上的缆绳。"
                + "在一家开了四十多年的对夹店里，店主于秀兰一边切肉一边说，老街改造以后，来吃对夹的外地游客越来越多。");
        assertEquals(Set.of("郗德山", "柯小军", "林国富", "于秀兰"), names(workers, EntityType.PERSON));
        assertEquals(Set.of(), names(workers, EntityType.LOCATION));
        assertEquals(Set.of(), names(workers, EntityType.ORGANIZATION));
    }

    @Test
    void namesGluedToWhatThePersonIsAreCutFromIt() {
        // development pages d71, d75, d74, d72: 讲解员冶/nw 成林/nr, 副教授卓玛央宗/nw, 陶艺家莉莎·格林/nt, 阿不都则/nw 被
        Analysis glued = ANALYZER.analyze("寺里的讲解员冶成林带着游客穿过长长的回廊。西藏农牧大学植物科学学院副教授卓玛央宗介绍，"
                + "学院与公司合作开展研究。来自美国的陶艺家莉莎·格林在村里办起了国际陶艺工作室。"
                + "来自新疆伊宁的游客艾克拜尔·阿不都则被黄河楼里的黄河文化展吸引。");
        assertEquals(Set.of("冶成林", "卓玛央宗", "莉莎·格林", "艾克拜尔·阿不都"), names(glued, EntityType.PERSON));
        assertIncludes(glued, EntityType.LOCATION, Set.of("新疆", "伊宁"));
        // a preposition and a word after a description, a river's bank: no names (d23, d76)
        Analysis words = ANALYZER.analyze("在水井坊博物馆，讲解员向客人介绍了白酒酿造技艺。站在中山桥上望去，江对岸的南山寺掩映在绿树之中。");
        assertEquals(Set.of(), names(words, EntityType.PERSON));
        // development page d87: the rhythm of a saying, no name
        assertEquals(Set.of(), names(ANALYZER.analyze("以前是靠江吃江，现在是护江爱江，看到江豚回来了。"), EntityType.PERSON));
        // development page d80: 主治医师鲁小军/nt is the title and the name, no body
        Analysis doctor = ANALYZER.analyze("家庭医生团队的负责人、甘州区人民医院主治医师鲁小军介绍，团队由医院的医生和护士组成。");
        assertEquals(Set.of("鲁小军"), names(doctor, EntityType.PERSON));
        assertEquals(Set.of("甘州区人民医院"), names(doctor, EntityType.ORGANIZATION));
        assertTrue(roles(doctor).contains("鲁小军|主治医师|甘州区人民医院"), roles(doctor).toString());
    }

    @Test
    void namesOfPartsGluedFollowersCreditsWithoutASpaceAndShowsOfWork() {
        // newswire-dev-11
        Analysis a = ANALYZER.analyze("克罗地亚队的达沃·苏克以六个进球获得本届比赛最佳射手。内蒙古阿巴嘎旗的牧民朝鲁门，把自家的草场分成四块轮流放牧。"
                + "县卫生局局长才让东珠说，全县像尕玛扎西这样的乡村医生有六十多名。本报讯　（通讯员常青）江西省婺源县今年接待游客人数增长一倍。"
                + "中国美术馆正在举办李可染遗作展。");
        assertEquals(Set.of("达沃·苏克", "朝鲁门", "才让东珠", "尕玛扎西", "常青", "李可染"), names(a, EntityType.PERSON));
        // 同 (with) and a description, after an office, is no name
        Analysis with = ANALYZER.analyze("希拉克和夫人陪同江泽民参观了一座农庄，江主席同农场主让·迪皮伊一家亲切交谈。");
        assertFalse(names(with, EntityType.PERSON).contains("同农场主"), names(with, EntityType.PERSON).toString());
        assertIncludes(with, EntityType.PERSON, Set.of("让·迪皮伊"));
    }

    @Test
    void wordsGluedToTheEndOfANameAndRareFamilyNames() {
        // newswire-dev-12
        Analysis a = ANALYZER.analyze("中国政法大学教授江平认为，市场经济就是法治经济。夺得金牌的还有王楠、李小鹏、刘璇、王丽萍和陈中等人。"
                + "肯尼亚选手约瑟夫·基普罗诺以２小时１０分的成绩夺冠。李鹏走进维吾尔族农民艾则孜·吾守尔家，问他今年的棉花卖了多少钱。"
                + "青海省同仁县吾屯村的唐卡画师更登达吉，十二岁起就跟着舅舅学画。雅加达街头的三轮车夫苏佩诺说，米价涨了三倍。"
                + "新疆生产建设兵团农一师的职工蹇小平告诉记者，团场推广了滴灌技术。");
        assertEquals(Set.of("江平", "王楠", "李小鹏", "刘璇", "王丽萍", "陈中", "约瑟夫·基普罗诺", "李鹏", "艾则孜·吾守尔", "更登达吉",
                "苏佩诺", "蹇小平"), names(a, EntityType.PERSON));
        Analysis camp = ANALYZER.analyze("美国总统克林顿、以色列总理巴拉克和巴勒斯坦领导人阿拉法特２０００年７月在戴维营举行会谈。");
        assertIncludes(camp, EntityType.LOCATION, Set.of("戴维营"));
    }

    @Test
    void uyghurNamesAfterATitleOrInACredit() {
        // development pages d85 and d08: the name starts after the title, whatever sounds it is made of; a word glued on
        Analysis a = ANALYZER.analyze("市委副书记、市长阿布都热西提·艾合买提带队调研。买买提明·肉孜刚从地里回来。责编/热孜宛古丽 美编/王明");
        assertEquals(Set.of("阿布都热西提·艾合买提", "买买提明·肉孜", "热孜宛古丽", "王明"), names(a, EntityType.PERSON));
        assertTrue(roles(a).contains("阿布都热西提·艾合买提|市长|null"), roles(a).toString());
    }

    @Test
    void aVillagesPartyCellIsPartOfTheTitleAndNamesListedAfterATitleHoldIt() {
        // development pages d71, d74, d72
        Analysis village = ANALYZER.analyze("“过去红白事大操大办，不少人家为此欠了债。”柳湾村党支部书记、村委会主任李德明说。");
        assertTrue(roles(village).containsAll(Set.of("李德明|党支部书记|柳湾村", "李德明|村委会主任|柳湾村")), roles(village).toString());
        assertIncludes(village, EntityType.LOCATION, Set.of("柳湾村"));
        assertEquals(Set.of(), names(village, EntityType.ORGANIZATION));
        // development page d69: the village found on the page is the organization, not the known 后村 inside its name
        Analysis found = ANALYZER.analyze("在博后村，游客络绎不绝。博后村党总支书记、村委会主任王明说，民宿去年接待游客十万人次。");
        assertTrue(roles(found).containsAll(Set.of("王明|党总支书记|博后村", "王明|村委会主任|博后村")), roles(found).toString());
        Analysis listed = ANALYZER.analyze("区委副书记、区长胡文涛主持会议。副区长舒红英、邱建明出席会议。");
        assertTrue(roles(listed).contains("邱建明|副区长|null"), roles(listed).toString());
        Analysis organs = ANALYZER.analyze("区人大常委会主任撒永福、区政协主席铁文华列席会议。");
        assertEquals(Set.of("撒永福", "铁文华"), names(organs, EntityType.PERSON));
        Analysis town = ANALYZER.analyze("古城镇党委书记杨海龙介绍，全镇今年新建了12个邻里茶室。");
        assertTrue(roles(town).contains("杨海龙|党委书记|古城镇"), roles(town).toString());
        assertIncludes(town, EntityType.LOCATION, Set.of("古城镇"));
    }

    @Test
    void policeStationsAndPhotographersNamedLikePlaces() {
        // development pages d72, d73, d73
        Analysis stations = ANALYZER.analyze("胜利派出所民警米建军也是茶室的常客。地角派出所民警吴国栋也是议事会成员。辖区派出所民警王刚说。");
        assertEquals(Set.of("胜利派出所", "地角派出所"), names(stations, EntityType.ORGANIZATION));
        Analysis credit = ANALYZER.analyze("游客在黄河楼前拍照留念。黄山 摄（区文化旅游广电局供稿）");
        assertIncludes(credit, EntityType.PERSON, Set.of("黄山"));
        assertFalse(names(credit, EntityType.LOCATION).contains("黄山"), names(credit, EntityType.LOCATION).toString());
        // 来利/nrf 通品: coming to 利通, no person (d72)
        Analysis coming = ANALYZER.analyze("利通区推出早茶品鉴活动，欢迎各地游客来利通品早茶、游黄河。");
        assertEquals(Set.of(), names(coming, EntityType.PERSON));
    }

    /** The names of a type found include the expected ones; the message lists what was found. */
    @Test
    void namesAfterABackpackerOrAMusicianAndARareFamilyName() {
        // d118: a backpacker the model wrote into one word with his dotted name (背包客乔治·埃文斯/nw)
        Analysis backpacker = ANALYZER.analyze("来自英国伦敦的背包客乔治·埃文斯在作坊里做了一个小陶碗。");
        assertEquals(Set.of("乔治·埃文斯"), names(backpacker, EntityType.PERSON));
        // d117: a player of the horse-head fiddle and his name as one word (马头琴手宝力德/nw)
        assertEquals(Set.of("宝力德"), names(ANALYZER.analyze("马头琴手宝力德每天傍晚都来公园演奏,他说,“来听琴的游客越来越多,有的还要跟着学”。"),
                EntityType.PERSON));
        // d118: 俸, a family name of the south-west
        assertEquals(Set.of("俸德明"), names(ANALYZER.analyze("土陶艺人俸德明今年58岁，从小跟着父亲学做陶。"), EntityType.PERSON));
    }

    @Test
    void noBodyInACompanysDepartmentNorANameInASurnameATreeAPacketOrThingsCounted() {
        // d125: the company's department before a title is part of the title, no body
        Analysis manager = ANALYZER.analyze("公司外贸部经理明雪莹说，公司的产品已经出口到日本、韩国、新加坡、美国等十多个国家和地区，"
                + "“不少海外华人说，吃到榨菜就想起了家乡的味道”。");
        assertEquals(Set.of(), names(manager, EntityType.ORGANIZATION));
        assertEquals(Set.of("明雪莹"), names(manager, EntityType.PERSON));
        // d114: a tree of the kind the "name" ends in (古梅/nrf 树)
        assertEquals(Set.of(), names(ANALYZER.analyze("这座始建于北宋的古寺掩映在绿树中，院里的古梅树枝叶繁茂，环境十分清幽。"), EntityType.PERSON));
        // d127: peaks counted one by one (一座座石峰/nr)
        assertEquals(Set.of(), names(ANALYZER.analyze("清晨，恩施大峡谷的七星寨云雾缭绕，一座座石峰在云海中若隐若现，游客们沿着栈道拾级而上，不时停下来拍照。"),
                EntityType.PERSON));
        // d126: a family name and the word for one (欧阳姓); d130: a packet of soup seasoning (汤料包)
        assertEquals(Set.of(), names(ANALYZER.analyze("钓源古村由渭溪和庄山两个自然村组成，村里的欧阳姓人家世代聚居于此，"
                + "保存着祠堂、书院、民居等150多处古建筑。"), EntityType.PERSON));
        assertEquals(Set.of("程雨晨", "鲍俊豪"), names(ANALYZER.analyze("本报讯(记者 程雨晨 通讯员 鲍俊豪)6月16日,在上窑镇的淮南舜耕食品有限公司"
                + "生产车间里,一包包牛肉汤料包经过封口、检测、装箱,准备发往全国各地。"), EntityType.PERSON));
        // d139, d142: a dance, a ware and an animal (安代舞/nr, 香器/nr, 白海豚/nr); d140: a cave (石洞/nr); d137: a stock phrase
        // (粉墙黛瓦/nr) and a word newer than the model (文创/nr)
        assertEquals(Set.of(), names(ANALYZER.analyze("夜幕降临，城区的广场上跳起了安代舞，市民和游客手拉着手围成一圈，欢声笑语一直持续到深夜。"
                + "位于犀牛脚镇南面的三娘湾，是中华白海豚的家园。"
                + "天门洞是天门山最有名的景观,高大的石洞挂在半山腰的绝壁上,云雾从洞中穿过,游客们纷纷驻足拍照。"
                + "沿着护城河边的步道走一走，粉墙黛瓦、小桥流水，处处都是画。"), EntityType.PERSON));
        assertEquals(Set.of("黄振宇"), names(ANALYZER.analyze("公司董事长、总经理黄振宇介绍，公司成立于2011年，主要生产坭兴陶茶具、香器和文创产品。"),
                EntityType.PERSON));
        // d143: a lane quarter of old Fuzhou (朱紫坊/nr)
        assertEquals(Set.of(), names(ANALYZER.analyze("随后，调研组来到安泰街道的朱紫坊，沿着安泰河察看河道保洁和驳岸古榕保护情况。"), EntityType.PERSON));
    }

    private static void assertIncludes(Analysis a, EntityType type, Set<String> expected) {
        assertTrue(names(a, type).containsAll(expected), names(a, type).toString());
    }

    private static Set<String> roles(Analysis a) {
        return a.roles().stream().map(r -> r.person() + "|" + r.title() + "|" + r.organization()).collect(Collectors.toSet());
    }

    private static Set<String> names(Analysis a, EntityType type) {
        return a.mentions().stream().filter(m -> m.type() == type).map(Mention::text).collect(Collectors.toSet());
    }
}
