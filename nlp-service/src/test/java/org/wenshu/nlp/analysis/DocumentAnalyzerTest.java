package org.wenshu.nlp.analysis;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentAnalyzerTest {
    private static final Path SEEDS = Path.of("..", "seeds");
    private final DocumentAnalyzer analyzer = new DocumentAnalyzer();

    @Test
    void findsOfficialsPlacesOrganizationsAndDatesInALeadSentence() {
        Analysis analysis = analyzer.analyze(
                "本报讯(记者 郭晓妍)5月15日,区委书记王少峰在首都师范大学调研,推动丰台区与学校深化合作。");
        Set<String> found = analysis.mentions().stream().map(m -> m.type() + ":" + m.text()).collect(Collectors.toSet());
        assertTrue(found.containsAll(List.of("PERSON:王少峰", "DATE:5月15日", "ORGANIZATION:首都师范大学", "LOCATION:丰台区")), found.toString());
    }

    @Test
    void everyMentionOfEverySeedPointsAtItsTextWithoutOverlaps() throws IOException {
        try (var files = Files.list(SEEDS)) {
            for (Path seed : files.sorted().toList()) {
                Analysis analysis = analyzer.analyze(Files.readString(seed));
                int previousEnd = 0;
                for (Mention m : analysis.mentions()) {
                    assertEquals(m.text(), analysis.text().substring(m.start(), m.end()), seed + " " + m);
                    assertTrue(m.start() >= previousEnd, seed + " overlap at " + m);
                    previousEnd = m.end();
                }
                assertTrue(analysis.mentions().stream().anyMatch(m -> m.type() == EntityType.PERSON && m.text().equals("王少峰")),
                        seed + " should name 王少峰");
            }
        }
    }

    @Test
    void longerSpansWinOverlapsAndDatesWinTies() {
        List<Mention> kept = DocumentAnalyzer.withoutOverlaps(List.of(
                new Mention(EntityType.LOCATION, "丰台", 0, 2, null),
                new Mention(EntityType.ORGANIZATION, "丰台区政府", 0, 5, null),
                new Mention(EntityType.PERSON, "5月", 6, 8, null),
                new Mention(EntityType.DATE, "5月", 6, 8, null)));
        assertEquals(List.of("丰台区政府", "5月"), kept.stream().map(Mention::text).toList());
        assertEquals(EntityType.DATE, kept.get(1).type());
    }
}
