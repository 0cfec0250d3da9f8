package org.wenshu.ingest.intake;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns uploaded bytes into text. Only UTF-8 for now; other encodings and formats (GBK, PDF, DOCX)
 * are refused with a message rather than decoded into mojibake that would poison the catalog.
 */
public final class TextDecoder {
    private static final int BOM = '\uFEFF';

    public String decode(UploadedFile file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.bytes()))
                    .toString();
            if (!text.isEmpty() && text.charAt(0) == BOM) {
                text = text.substring(1);
            }
            if (text.indexOf('\u0000') >= 0) {
                throw notText(file);
            }
            if (text.isBlank()) {
                throw new InvalidDocumentException(InvalidDocumentException.Reason.EMPTY,
                        "file '" + file.filename() + "' contains no text");
            }
            return text;
        } catch (CharacterCodingException e) {
            throw notText(file);
        }
    }

    private static InvalidDocumentException notText(UploadedFile file) {
        return new InvalidDocumentException(InvalidDocumentException.Reason.UNSUPPORTED_ENCODING,
                "file '" + file.filename() + "' is not UTF-8 text; only UTF-8 plain text is supported for now");
    }
}
