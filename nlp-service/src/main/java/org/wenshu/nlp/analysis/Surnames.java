package org.wenshu.nlp.analysis;

import java.util.Set;

/** Chinese family names (the traditional 百家姓 and today's common ones): a Chinese name starts with one. */
final class Surnames {
    private static final String SINGLE =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金"
            + "石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章"
            + "鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟"
            + "艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄"
            + "丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练"
            + "廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉"
            + "银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由水昌凤酆傅萧贝经贲洪钮滑荀家羿汲邴糜松弓牧隗山"
            + "宓蓬郗仰秋暴钭韶蓟怀从鄂咸籍赖能苍双莘贡逄扶堵宰郦璩濮寿通郏别阎充习宦鱼慎庾终暨步弘广禄东殳沃蔚越夔厍融訾空毋乜养须巢蒯"
            + "后红竺益桓"
            // the rest of the 百家姓 but for words that are mostly not names (有, 爱, 年, 伯, 法, 却, 督), then
            // rare modern ones
            + "汝钦缑郈琴佴赏墨谯笪仉庹眭代郇禤雒麴甯郄禚拓蹇琚俸";
    private static final Set<String> DOUBLE = Set.of(
            "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙", "宇文", "司徒",
            "端木", "独孤", "南宫", "万俟", "闻人", "轩辕", "赫连", "公羊", "澹台", "公冶", "宗政", "濮阳", "淳于", "太叔",
            "申屠", "仲孙", "钟离", "鲜于", "闾丘", "司空", "亓官", "司寇", "子车", "颛孙", "巫马", "公西", "漆雕",
            "乐正", "壤驷", "公良", "拓跋", "夹谷", "宰父", "谷梁", "段干", "呼延", "归海", "羊舌", "微生", "梁丘", "左丘");

    /** Which characters are single family names: looked up at most positions of a text. */
    private static final boolean[] IS_SINGLE = new boolean[Character.MAX_VALUE + 1];
    /** First characters of the compound family names, so that most positions are answered without a substring. */
    private static final boolean[] STARTS_DOUBLE = new boolean[Character.MAX_VALUE + 1];
    static {
        SINGLE.chars().forEach(c -> IS_SINGLE[c] = true);
        DOUBLE.forEach(d -> STARTS_DOUBLE[d.charAt(0)] = true);
    }

    /** The list above runs from the most frequent; the first hundred carry most of China's population. */
    private static final int COMMON = 100;

    private Surnames() {
    }

    /** One of the hundred most frequent family names (李, 王 …, not 乐 or 管). */
    static boolean isCommon(char c) {
        int rank = SINGLE.indexOf(c);
        return rank >= 0 && rank < COMMON;
    }

    /** Length of the family name at {@code text[at]}: 2 for a compound surname, 1, or 0 for none. */
    static int at(String text, int at) {
        if (at + 2 <= text.length() && STARTS_DOUBLE[text.charAt(at)] && DOUBLE.contains(text.substring(at, at + 2))) {
            return 2;
        }
        return at < text.length() && IS_SINGLE[text.charAt(at)] ? 1 : 0;
    }
}
