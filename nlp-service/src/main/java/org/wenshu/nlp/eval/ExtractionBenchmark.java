package org.wenshu.nlp.eval;

import org.wenshu.nlp.analysis.AnsjEntityFinder;
import org.wenshu.nlp.analysis.DocumentAnalyzer;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Throughput of the full analysis (normalization, extraction, roles) against its base engine alone (ansj's
 * segmentation and recognition on the same normalized text, exactly as shipped), on one thread, in the same run,
 * after warm-up. A third line shows the base engine with the faster CRF decoder the analysis uses (same words).
 * Rounds alternate between the three so that machine noise hits all alike. Besides the rate over all rounds it prints
 * the median and the fastest round (noise only ever adds time, so the fastest round is the closest to the code's own
 * cost, as Python's {@code timeit} reports it) and the rate by the thread's CPU time, which tells a machine that runs
 * slower from one that takes the core away. Usage:
 * {@code ExtractionBenchmark [folder-or-files…] [--rounds N]} (default: the seeds, 10 rounds).
 */
public final class ExtractionBenchmark {
    private static final int WARM_UP_ROUNDS = 5;

    public static void main(String[] args) throws IOException {
        int rounds = 10;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--rounds")) {
                rounds = Integer.parseInt(args[++i]);
            } else {
                inputs.add(Path.of(args[i]));
            }
        }
        if (inputs.isEmpty()) {
            inputs.add(Path.of("seeds"));
        }
        List<String> texts = read(inputs);
        DocumentAnalyzer analyzer = new DocumentAnalyzer();
        AnsjEntityFinder engine = AnsjEntityFinder.asShipped();
        AnsjEntityFinder fastEngine = new AnsjEntityFinder();
        List<String> normalized = texts.stream().map(t -> analyzer.analyze(t).text()).toList();
        long chars = normalized.stream().mapToLong(String::length).sum();
        System.out.printf("%d documents, %d characters (normalized), %d warm-up + %d measured rounds, one thread, collector %s%n",
                texts.size(), chars, WARM_UP_ROUNDS, rounds, ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(" + ")));

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        long engineNanos = 0;
        long fastEngineNanos = 0;
        long fullNanos = 0;
        long engineCpu = 0;
        long fullCpu = 0;
        long[] engineRounds = new long[rounds];
        long[] fastEngineRounds = new long[rounds];
        long[] fullRounds = new long[rounds];
        for (int round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (String text : normalized) {
                sink += engine.tokenize(text).size();
            }
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            for (String text : texts) {
                sink += analyzer.analyze(text).mentions().size();
            }
            long t2 = System.nanoTime();
            long c2 = threads.getCurrentThreadCpuTime();
            for (String text : normalized) {
                sink += fastEngine.tokenize(text).size();
            }
            long t3 = System.nanoTime();
            if (round >= WARM_UP_ROUNDS) {
                engineNanos += t1 - t0;
                fullNanos += t2 - t1;
                fastEngineNanos += t3 - t2;
                engineCpu += c1 - c0;
                fullCpu += c2 - c1;
                engineRounds[round - WARM_UP_ROUNDS] = t1 - t0;
                fullRounds[round - WARM_UP_ROUNDS] = t2 - t1;
                fastEngineRounds[round - WARM_UP_ROUNDS] = t3 - t2;
            }
        }
        double engineRate = chars * rounds / (engineNanos / 1e9);
        double fullRate = chars * rounds / (fullNanos / 1e9);
        double fastEngineRate = chars * rounds / (fastEngineNanos / 1e9);
        System.out.printf("base engine (%s as shipped): %,.0f chars/s%n", AnsjEntityFinder.ENGINE, engineRate);
        System.out.printf("base engine with the fast CRF decoder: %,.0f chars/s%n", fastEngineRate);
        System.out.printf("full analysis (%s): %,.0f chars/s%n", DocumentAnalyzer.VERSION, fullRate);
        System.out.printf("full / base: %.2f%n", fullRate / engineRate);
        System.out.printf("full / base with the fast decoder: %.2f%n", fullRate / fastEngineRate);
        // A shared machine slows some rounds down; the median round shows the speed without those spells.
        double engineMedian = chars / (median(engineRounds) / 1e9);
        double fullMedian = chars / (median(fullRounds) / 1e9);
        double fastEngineMedian = chars / (median(fastEngineRounds) / 1e9);
        System.out.printf("median round: base engine %,.0f chars/s, with the fast decoder %,.0f chars/s, full analysis %,.0f chars/s,"
                + " full / base %.2f%n", engineMedian, fastEngineMedian, fullMedian, fullMedian / engineMedian);
        double engineFastest = chars / (Arrays.stream(engineRounds).min().orElseThrow() / 1e9);
        double fullFastest = chars / (Arrays.stream(fullRounds).min().orElseThrow() / 1e9);
        double fastEngineFastest = chars / (Arrays.stream(fastEngineRounds).min().orElseThrow() / 1e9);
        System.out.printf("fastest round: base engine %,.0f chars/s, with the fast decoder %,.0f chars/s, full analysis %,.0f chars/s,"
                + " full / base %.2f%n", engineFastest, fastEngineFastest, fullFastest, fullFastest / engineFastest);
        System.out.printf("by thread CPU time, all rounds: base engine %,.0f chars/s, full analysis %,.0f chars/s%n",
                chars * rounds / (engineCpu / 1e9), chars * rounds / (fullCpu / 1e9));
        if (sink == 42) {
            System.out.println(); // keeps the work observable to the JIT
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    private static List<String> read(List<Path> inputs) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> files = Files.list(input)) {
                    for (Path file : files.sorted().toList()) {
                        texts.add(Files.readString(file));
                    }
                }
            } else {
                texts.add(Files.readString(input));
            }
        }
        return texts;
    }
}
