package org.wenshu.nlp.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A development aid: for each page of a gold folder, what the analysis missed (-) and what it found that the
 * gold lacks (+), per type. Run it on the seeds or the development set, never on the held-out set, whose errors
 * must stay unread; it refuses that folder. Usage, from the repository's root: {@code GoldDiff <gold folder> [file name filter]}.
 */
public final class GoldDiff {
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        if (folder.toAbsolutePath().normalize().toString().contains("heldout")) {
            System.err.println("the held-out set is for scores only; its errors are not to be read");
            System.exit(2);
        }
        String filter = args.length > 1 ? args[1] : "";
        DocumentAnalyzer analyzer = new DocumentAnalyzer();
        ObjectMapper json = new ObjectMapper();
        List<Path> golds;
        try (Stream<Path> files = Files.list(folder)) {
            golds = files.filter(f -> f.toString().endsWith(".json") && f.getFileName().toString().contains(filter))
                    .sorted().toList();
        }
        GoldScore total = new GoldScore();
        for (Path goldFile : golds) {
            JsonNode gold = json.readTree(goldFile.toFile());
            String file = gold.path("file").asText();
            Path text = folder.resolve(file);
            if (!Files.exists(text)) {
                text = Path.of("seeds", file); // the seeds' gold names pages of the repository's seeds/
            }
            Analysis analysis = analyzer.analyze(Files.readString(text));
            total.add(analysis, gold);
            System.out.println("== " + file);
            for (EntityType type : EntityType.values()) {
                print(type.name(), GoldScore.predicted(analysis, type), GoldScore.strings(gold.path(type.name())));
            }
            print("ROLE", GoldScore.predictedRoles(analysis), GoldScore.goldRoles(gold));
            Set<String> headlines = new TreeSet<>();
            analysis.articles().forEach(a -> headlines.add(String.valueOf(a.headline())));
            for (String headline : GoldScore.strings(gold.path("headlines"))) {
                if (!GoldScore.headlineFound(analysis, headline)) {
                    System.out.println("  HEADLINE - " + headline + "    (found: " + headlines + ")");
                }
            }
        }
        System.out.print(total.table("total (" + golds.size() + ")"));
    }

    private static void print(String key, Set<String> predicted, Set<String> gold) {
        Set<String> missed = new TreeSet<>(gold);
        missed.removeAll(predicted);
        Set<String> extra = new TreeSet<>(predicted);
        extra.removeAll(gold);
        if (!missed.isEmpty()) {
            System.out.println("  " + key + " - " + missed);
        }
        if (!extra.isEmpty()) {
            System.out.println("  " + key + " + " + extra);
        }
    }
}
