package org.wenshu.nlp.analysis;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How these texts name offices: an optional organ (区委, 党委, 盟委 …), an optional qualifier (常务, 代理 …),
 * an optional 副, and the office itself (书记, 区长, 主任 …). 区委副书记, 代理区长, 党委书记, 盟委书记, 副主任, 记者.
 */
final class TitleLexicon {
    private static final String HEADS = "总书记|书记|区长|市长|县长|旗长|盟长|镇长|乡长|省长|州长|主席|主任|部长|局长|院长|校长|所长|厅长|处长|"
            + "科长|秘书长|常委|委员|总经理|董事长|总裁|经理|会长|理事长|社长|总编辑|主编|司令员|政委|政治委员|组长|队长|站长|行长|"
            + "检察长|庭长|主委|记者|通讯员|摄影|教授|院士|研究员|总工程师|总监|主任委员|总理|总统|首相|外长|大使|委员长|议长|"
            + "将军|司令|总督|特使|领事|建筑师|规划师|工程师|设计师|总建筑师|总规划师|总设计师|讲席教授|会计师|律师|医师|责编|美编|校对|编辑|"
            + "馆长|园长|团长|厂长|台长|署长|专员|巡视员|调研员|督学|总会计师|总干事|监事长|董事|负责人|主教练|总教练|助理教练|教练|审计长|"
            + "项目经理|主任医师|副主任医师|主治医师|执行官|科学家|大臣|国务卿|主帅|指挥官|发言人|长官|上将|中将|少将|大校|上校|中校|少校|"
            + "国王|女王|王后|皇后|天皇|教皇|埃米尔|亲王|王储|大主教|主教|"
            + "军长|师长|旅长|营长|连长|排长|班长|参谋长|元帅|舰长|机长|船长|村长|支书|民警|法官|检察官";
    private static final Set<String> HEAD_SET = Set.of(HEADS.split("\\|"));
    private static final int LONGEST_HEAD = HEAD_SET.stream().mapToInt(String::length).max().orElse(0);
    private static final String HEAD_LAST_CHARACTERS = HEAD_SET.stream()
            .map(h -> h.substring(h.length() - 1)).distinct().reduce("", String::concat);
    /** Organs named without their place: 区委, 区人大常委会, 党委, 管委会; they are part of the title. */
    private static final String ORGANS = "[区市县省州盟旗镇]?(?:委|人大常委会|政协|政府|人民政府|纪委|监委|党委|党工委|工委|管委会)"
            + "|党委|党组|党工委|工委|纪委|监委|常委会|管委会|居委会|村委会|党总支|党支部";
    /** The whole title at the end of a clause; group 1 is the organ part (区委 in 区委副书记) if any. */
    /**
     * What a company's manager or director manages, written as part of the title: 生产部经理, 海外业务经理, 电商经理,
     * 市场总监.
     */
    private static final String BUSINESS_LINES = "(?:\\p{IsHan}{1,2}部|海外业务|海外销售|销售|业务|电商|仓储|法务|市场|财务|技术|运营|产品|"
            + "客服|采购|物流|行政|人力资源|品牌|质量|生产|研发|区域|门店|大堂)(?=经理|总监)";
    private static final Pattern TITLE_AT_END = Pattern.compile(
            "(?:临时|驻华|驻京)?((?:" + ORGANS + ")?)(?:常务|代理|执行|专职|第一|实习|临时|驻华|首席)?副?(?:" + BUSINESS_LINES + ")?(?:"
                    + HEADS + ")$");

    private static final Pattern ORGAN = Pattern.compile("(?:" + ORGANS + ")");

    private TitleLexicon() {
    }

    /** 人大常委会, 区委, 党委: an organ named without the body it belongs to. */
    static boolean isOrgan(String word) {
        return ORGAN.matcher(word).matches();
    }

    /** 国务卿, 总理, 国防部长: a title, whole. */
    static boolean isTitle(String word) {
        return TITLE_AT_END.matcher(word).matches();
    }

    static boolean endsWithTitle(String word) {
        if (word.isEmpty() || HEAD_LAST_CHARACTERS.indexOf(word.charAt(word.length() - 1)) < 0) {
            return false; // most words: no office ends so, and no substring need be made
        }
        for (int length = 2; length <= Math.min(LONGEST_HEAD, word.length()); length++) {
            if (HEAD_SET.contains(word.substring(word.length() - length))) {
                return true;
            }
        }
        return false;
    }

    /** Whether an office is written at {@code at}: 李鹏总理, 江泽民主席. */
    static boolean titleAt(String text, int at) {
        return titleLengthAt(text, at) > 0;
    }

    /** Whether an office follows at {@code at}, after any qualifier: 区委|副书记, 区委|常务副书记. */
    static boolean titleFollows(String text, int at) {
        int k = at;
        for (String qualifier : new String[]{"常务", "代理", "执行", "专职", "第一", "副"}) {
            if (text.startsWith(qualifier, k)) {
                k += qualifier.length();
            }
        }
        return titleAt(text, k);
    }

    /** Length of the longest office written at {@code at}, or 0. */
    static int titleLengthAt(String text, int at) {
        for (int length = Math.min(LONGEST_HEAD, text.length() - at); length >= 2; length--) {
            if (HEAD_SET.contains(text.substring(at, at + length))) {
                return length;
            }
        }
        return 0;
    }

    /** The title at the end of {@code clause}, or null; the start index in the clause is {@link Matcher#start()}. */
    static Matcher titleAtEnd(String clause) {
        Matcher m = TITLE_AT_END.matcher(clause);
        return m.find() ? m : null;
    }
}
