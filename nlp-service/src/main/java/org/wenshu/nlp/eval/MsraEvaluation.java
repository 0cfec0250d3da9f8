package org.wenshu.nlp.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.wenshu.nlp.analysis.AnsjEntityFinder;
import org.wenshu.nlp.analysis.DocumentAnalyzer;
import org.wenshu.nlp.analysis.EntityType;
import org.wenshu.nlp.analysis.Mention;
import org.wenshu.nlp.analysis.TextNormalizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Exact-span precision, recall and F1 per type on the MSRA NER test set (PER, LOC, ORG), the usual way to
 * score it. The data is read from the path given and never copied. Usage:
 * {@code MsraEvaluation <msra_test.jsonl> [--engine wenshu|wenshu-newswire|ansj|hanlp] [--errors]}. Any file of the same
 * format can be scored ({@code gold/newswire}); {@code --errors} prints each sentence's misses and extras for
 * developing rules, and refuses the MSRA set, whose errors are never to be read.
 */
public final class MsraEvaluation {
    private static final Map<EntityType, String> MSRA_TYPES = Map.of(
            EntityType.PERSON, "PER", EntityType.LOCATION, "LOC", EntityType.ORGANIZATION, "ORG");
    private static final int WARM_UP_SENTENCES = 300;

    record Sentence(String text, Set<String> gold) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: MsraEvaluation <msra_test.jsonl> [--engine wenshu|wenshu-newswire|ansj|hanlp] [--errors]");
            System.exit(2);
        }
        List<String> options = List.of(args).subList(1, args.length);
        int engineAt = options.indexOf("--engine");
        String engine = engineAt >= 0 && engineAt + 1 < options.size() ? options.get(engineAt + 1) : "wenshu";
        boolean errors = options.contains("--errors");
        if (errors && Path.of(args[0]).getFileName().toString().toLowerCase().contains("msra")) {
            System.err.println("the MSRA set is for scores only; its errors are not to be read");
            System.exit(2);
        }
        Function<String, List<Mention>> extractor = switch (engine) {
            case "wenshu" -> new DocumentAnalyzer()::extract;
            case "wenshu-newswire" -> new DocumentAnalyzer().newswireConvention()::extract;
            case "ansj" -> AnsjEntityFinder.asShipped()::find;
            case "hanlp" -> new HanlpBaseline()::find;
            default -> throw new IllegalArgumentException("unknown engine " + engine + ": use wenshu, wenshu-newswire, ansj or hanlp");
        };
        List<Sentence> sentences = read(Path.of(args[0]));
        Result result = evaluate(sentences, extractor, errors);
        Map<String, int[]> counts = result.counts();
        System.out.printf("%s, %d sentences, engine %s%n", Path.of(args[0]).getFileName(), sentences.size(), engine);
        System.out.printf("%-4s %9s %9s %9s %7s %7s %7s%n", "type", "precision", "recall", "F1", "tp", "fp", "fn");
        int[] all = new int[3];
        counts.forEach((type, c) -> {
            print(type, c);
            for (int k = 0; k < 3; k++) {
                all[k] += c[k];
            }
        });
        print("ALL", all);
        if (result.chars() > 0) {
            System.out.printf("throughput after warm-up: %.0f chars/s on one thread%n", result.chars() / result.seconds());
        }
    }

    /**
     * Counts per type (true positives, false positives, false negatives) and the throughput after warm-up.
     *
     * @param counts by PER, LOC and ORG: {tp, fp, fn}
     */
    record Result(Map<String, int[]> counts, long chars, double seconds) {
        double f1(String type) {
            int[] c = counts.get(type);
            return c[0] == 0 ? 0 : 2.0 * c[0] / (2 * c[0] + c[1] + c[2]);
        }

        double f1() {
            int[] all = new int[3];
            counts.values().forEach(c -> {
                for (int k = 0; k < 3; k++) {
                    all[k] += c[k];
                }
            });
            return all[0] == 0 ? 0 : 2.0 * all[0] / (2 * all[0] + all[1] + all[2]);
        }
    }

    static Result evaluate(List<Sentence> sentences, Function<String, List<Mention>> extractor, boolean printErrors) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String type : List.of("PER", "LOC", "ORG")) {
            counts.put(type, new int[3]);
        }
        long chars = 0;
        long started = 0;
        for (int i = 0; i < sentences.size(); i++) {
            if (i == WARM_UP_SENTENCES) {
                started = System.nanoTime();
            }
            Sentence sentence = sentences.get(i);
            Set<String> predicted = new HashSet<>();
            // The pipeline's length-preserving part of normalization: MSRA writes digits and letters full-width.
            for (Mention m : extractor.apply(TextNormalizer.halfWidth(sentence.text()))) {
                String type = MSRA_TYPES.get(m.type());
                if (type != null) {
                    predicted.add(type + ":" + m.start() + ":" + m.end());
                }
            }
            if (i >= WARM_UP_SENTENCES) {
                chars += sentence.text().length();
            }
            score(predicted, sentence.gold(), counts);
            if (printErrors) {
                printErrors(sentence, predicted);
            }
        }
        return new Result(counts, chars, (System.nanoTime() - started) / 1e9);
    }

    private static void score(Set<String> predicted, Set<String> gold, Map<String, int[]> counts) {
        for (String p : predicted) {
            counts.get(p.substring(0, 3))[gold.contains(p) ? 0 : 1]++;
        }
        for (String g : gold) {
            if (!predicted.contains(g)) {
                counts.get(g.substring(0, 3))[2]++;
            }
        }
    }

    private static void printErrors(Sentence sentence, Set<String> predicted) {
        List<String> lines = new ArrayList<>();
        for (String g : sentence.gold()) {
            if (!predicted.contains(g)) {
                lines.add("  - " + spanText(sentence.text(), g));
            }
        }
        for (String p : predicted) {
            if (!sentence.gold().contains(p)) {
                lines.add("  + " + spanText(sentence.text(), p));
            }
        }
        if (!lines.isEmpty()) {
            System.out.println(sentence.text());
            lines.stream().sorted().forEach(System.out::println);
        }
    }

    private static String spanText(String text, String key) {
        String[] parts = key.split(":");
        return parts[0] + " " + text.substring(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    }

    private static void print(String type, int[] c) {
        double precision = c[0] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
        double recall = c[0] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.printf("%-4s %9.3f %9.3f %9.3f %7d %7d %7d%n", type, precision, recall, f1, c[0], c[1], c[2]);
    }

    static List<Sentence> read(Path path) throws IOException {
        JsonFactory factory = new JsonFactory();
        List<Sentence> sentences = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    sentences.add(parse(factory, line));
                }
            }
        }
        return sentences;
    }

    private static Sentence parse(JsonFactory factory, String line) throws IOException {
        String text = null;
        Set<String> gold = new HashSet<>();
        try (JsonParser parser = factory.createParser(line)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("text")) {
                    text = parser.getText();
                } else if (field.equals("entities")) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        int start = -1;
                        int end = -1;
                        String type = null;
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String name = parser.currentName();
                            parser.nextToken();
                            switch (name) {
                                case "start" -> start = parser.getIntValue();
                                case "end" -> end = parser.getIntValue();
                                case "type" -> type = parser.getText();
                                default -> parser.skipChildren();
                            }
                        }
                        gold.add(type + ":" + start + ":" + end);
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }
        if (text == null) {
            throw new IOException("a line without \"text\": " + line.substring(0, Math.min(80, line.length())));
        }
        return new Sentence(text, gold);
    }
}
