package org.wenshu.nlp.analysis;

/**
 * The characters Chinese news spells foreign names with (普京, 卡扎菲, 内塔尼亚胡): the Xinhua transliteration tables
 * use a few hundred characters for the sounds of other languages, and a word made only of them is a foreign name
 * far more often than a Chinese word. Characters that also start or end many Chinese words (文, 金, 安, 明, 和)
 * are left out, so that a word the model takes for a name on a government page (文创, 金角) does not pass.
 */
final class Transliteration {

    private static final String SOUNDS =
            "阿埃艾爱奥澳巴芭拜班邦鲍贝本比毕彼宾波伯勃博布查达黛戴丹道德迪狄蒂丁杜顿多厄恩尔法凡菲斐费芬丰弗伏福"
            + "盖甘冈戈哥格贡古圭哈海汉豪赫亨胡霍基吉加迦贾杰捷喀卡凯坎康柯科克肯库夸奎拉腊莱赖兰朗劳勒雷蕾黎里理"
            + "利莉琳凌隆卢鲁陆路伦罗洛马玛迈麦曼梅门蒙米密缪莫姆穆纳娜奈南内尼涅纽努诺欧帕潘庞佩蓬皮珀普齐奇恰乔"
            + "切琼丘萨塞赛桑瑟森沙莎舍什施舒斯松苏索塔泰坦汤唐陶特滕提图托瓦旺威韦维魏温沃乌伍西希锡夏谢辛休"
            + "雅亚扬耶伊因茵尤约泽扎詹兹佐京腾延柳翰逊乎颂";

    private Transliteration() {
    }

    /** One of the transliteration table's characters. */
    static boolean isSound(char c) {
        return SOUNDS.indexOf(c) >= 0;
    }

    /** Every character of the word is one of the transliteration table's, and the word has two or more. */
    static boolean spells(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c != '·' && !isSound(c)) {
                return false;
            }
        }
        return word.charAt(0) != '·' && word.charAt(word.length() - 1) != '·';
    }
}
