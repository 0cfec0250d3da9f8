package org.wenshu.nlp.crf;

import org.ansj.app.crf.SplitWord;
import org.ansj.domain.Term;
import org.ansj.splitWord.analysis.NlpAnalysis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fast decoder must give ansj's own decoder's words and cohesion scores exactly, on every text. */
class FastCrfSplitWordTest {
    private static SplitWord fast;
    private static SplitWord stock;
    private static List<String> lines;

    @BeforeAll
    static void load() throws IOException {
        fast = CrfModels.get().fast();
        stock = CrfModels.get().stock();
        lines = new ArrayList<>();
        for (String folder : List.of("../seeds", "src/test/resources/gold/heldout", "src/test/resources/gold/dev")) {
            Path path = Path.of(folder);
            if (!Files.isDirectory(path)) {
                continue;
            }
            try (Stream<Path> files = Files.list(path)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    String text = Files.readString(file);
                    lines.addAll(text.lines().toList());
                    lines.add(text.replaceAll("\\s+", ""));
                }
            }
        }
    }

    @Test
    void cutsEveryLineOfThePagesAsAnsjDoes() {
        assertTrue(lines.size() > 300, "pages read: " + lines.size());
        for (String line : lines) {
            assertEquals(stock.cut(line), fast.cut(line), line);
        }
    }

    @Test
    void cutsRandomMixturesOfHanDigitsLatinAndPunctuationAsAnsjDoes() {
        Random random = new Random(20261130);
        String alphabet = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞丰台区委书记杨新光张艳林"
                + "0123456789０１２３４５６７８９abcdefgxyzABCXYZａｂｃＡＢＣ，。、；：？！“”（）《》·—…%.-/ \u3000";
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String line = text.toString();
            assertEquals(stock.cut(line), fast.cut(line), line);
            assertEquals(stock.cohesion(line), fast.cohesion(line), line);
        }
    }

    @Test
    void scoresTheCohesionOfEveryWordAsAnsjDoes() {
        int words = 0;
        for (String line : lines) {
            for (String word : stock.cut(line)) {
                assertEquals(stock.cohesion(word), fast.cohesion(word), word);
                words++;
            }
        }
        assertTrue(words > 10_000, "words compared: " + words);
    }

    @Test
    void givesAnsjsNlpAnalysisTheSameResultAsTheStockDecoder() {
        for (String line : lines) {
            assertEquals(terms(new NlpAnalysis().setCrfModel(stock), line), terms(new NlpAnalysis().setCrfModel(fast), line),
                    line);
        }
    }

    @Test
    void givesTheSameWordsFromManyThreadsAtOnce() throws Exception {
        List<List<String>> expected = lines.stream().map(fast::cut).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < lines.size(); i++) {
                        if (!expected.get(i).equals(fast.cut(lines.get(i)))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertTrue(run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> terms(NlpAnalysis analysis, String line) {
        List<String> terms = new ArrayList<>();
        for (Term term : analysis.parseStr(line).getTerms()) {
            terms.add(term.getOffe() + ":" + term.getName() + "/" + term.getNatureStr());
        }
        return terms;
    }
}
