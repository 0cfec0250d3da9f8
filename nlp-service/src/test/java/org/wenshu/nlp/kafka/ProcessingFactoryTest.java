package org.wenshu.nlp.kafka;

import org.junit.jupiter.api.Test;
import org.wenshu.nlp.analysis.DocumentAnalyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcessingFactoryTest {
    private final ProcessingFactory factory = new ProcessingFactory();

    @Test
    void theNameConventionChoosesTheAnalyzer() {
        assertEquals(DocumentAnalyzer.VERSION, factory.documentAnalyzer("", "pages").version());
        assertEquals(DocumentAnalyzer.VERSION, factory.documentAnalyzer("", "").version());
        assertEquals(DocumentAnalyzer.VERSION + "+newswire", factory.documentAnalyzer("", " newswire ").version());
    }

    @Test
    void anUnknownConventionStopsStartUpWithWhatIsAllowed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> factory.documentAnalyzer("", "msra"));
        assertTrue(e.getMessage().contains("NLP_NAME_CONVENTION must be 'pages' or 'newswire', not 'msra'"), e.getMessage());
    }
}
