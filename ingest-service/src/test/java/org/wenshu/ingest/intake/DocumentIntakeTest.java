package org.wenshu.ingest.intake;

import org.junit.jupiter.api.Test;
import org.wenshu.contracts.DocumentReceived;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentIntakeTest {
    private static final Instant NOW = Instant.parse("2025-05-17T08:00:00Z");
    private final List<DocumentReceived> published = new ArrayList<>();
    private final DocumentIntake intake = new DocumentIntake(published::add, new TextDecoder(),
            Clock.fixed(NOW, ZoneOffset.UTC), 1000);

    @Test
    void idIsTheSha256OfTheBytesAndTheEventCarriesTheText() {
        byte[] bytes = "区委书记王少峰".getBytes(StandardCharsets.UTF_8);
        List<AcceptedDocument> accepted = intake.accept(List.of(new UploadedFile("dir/a.txt", "text/plain", bytes)));
        assertEquals(List.of(new AcceptedDocument(DocumentIds.of(bytes), "a.txt", "ACCEPTED")), accepted);
        assertEquals(64, accepted.get(0).id().length());
        // sha256("abc"), a published test vector
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                DocumentIds.of("abc".getBytes(StandardCharsets.US_ASCII)));
        DocumentReceived event = published.get(0);
        assertEquals("区委书记王少峰", event.text());
        assertEquals(DocumentReceived.SCHEMA_VERSION, event.schemaVersion());
        assertEquals(NOW, event.receivedAt());
        assertEquals(bytes.length, event.sizeBytes());
    }

    @Test
    void stripsAByteOrderMarkButKeepsTheIdOfTheBytesAsUploaded() {
        byte[] bytes = "\uFEFF王少峰".getBytes(StandardCharsets.UTF_8);
        intake.accept(List.of(new UploadedFile("a.txt", null, bytes)));
        assertEquals("王少峰", published.get(0).text());
        assertEquals(DocumentIds.of(bytes), published.get(0).documentId());
    }

    @Test
    void aBadFileInABatchPublishesNothing() {
        List<UploadedFile> batch = List.of(
                new UploadedFile("good.txt", null, "王少峰".getBytes(StandardCharsets.UTF_8)),
                new UploadedFile("gbk.txt", null, "王少峰".getBytes(Charset.forName("GBK"))));
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> intake.accept(batch));
        assertEquals(InvalidDocumentException.Reason.UNSUPPORTED_ENCODING, e.getReason());
        assertTrue(e.getMessage().contains("gbk.txt"), e.getMessage());
        assertEquals(List.of(), published);
    }

    @Test
    void refusesEmptyBlankOversizedAndMissingFiles() {
        assertEquals(InvalidDocumentException.Reason.EMPTY, reasonFor(new byte[0]));
        assertEquals(InvalidDocumentException.Reason.EMPTY, reasonFor(" \n\t".getBytes(StandardCharsets.UTF_8)));
        assertEquals(InvalidDocumentException.Reason.TOO_LARGE, reasonFor(new byte[1001]));
        assertEquals(InvalidDocumentException.Reason.EMPTY,
                assertThrows(InvalidDocumentException.class, () -> intake.accept(List.of())).getReason());
        assertEquals(List.of(), published);
    }

    @Test
    void carriesThePublicationDateAndRefusesOneThatIsNoDate() {
        intake.accept(List.of(new UploadedFile("a.txt", null, "王少峰".getBytes(StandardCharsets.UTF_8))), "2025-05-18");
        assertEquals(java.time.LocalDate.parse("2025-05-18"), published.get(0).publishedAt());
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> intake.accept(
                List.of(new UploadedFile("b.txt", null, "田涛".getBytes(StandardCharsets.UTF_8))), "18/05/2025"));
        assertEquals(InvalidDocumentException.Reason.BAD_PARAMETER, e.getReason());
        assertTrue(e.getMessage().contains("2025-05-18"), e.getMessage());
        assertEquals(1, published.size());
    }

    @Test
    void namesAreReducedToTheirLastPathSegment() {
        assertEquals("a.txt", DocumentIntake.cleanName("C:\\Users\\x\\a.txt"));
        assertEquals("untitled.txt", DocumentIntake.cleanName(null));
        assertEquals("untitled.txt", DocumentIntake.cleanName("dir/"));
    }

    private InvalidDocumentException.Reason reasonFor(byte[] bytes) {
        return assertThrows(InvalidDocumentException.class,
                () -> intake.accept(List.of(new UploadedFile("x.txt", null, bytes)))).getReason();
    }
}
