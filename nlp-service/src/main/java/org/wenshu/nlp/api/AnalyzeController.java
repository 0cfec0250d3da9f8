package org.wenshu.nlp.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import org.wenshu.nlp.analysis.Analysis;
import org.wenshu.nlp.analysis.DocumentAnalyzer;

import java.util.List;

/** The same analysis the workers run, synchronously, for trying the analyzer on a piece of text. */
@Controller("/analyze")
@ExecuteOn(TaskExecutors.BLOCKING)
class AnalyzeController {
    private final DocumentAnalyzer analyzer;

    AnalyzeController(DocumentAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @Post(consumes = MediaType.TEXT_PLAIN, produces = MediaType.APPLICATION_JSON)
    HttpResponse<?> analyze(@Body @Nullable String text) {
        if (text == null || text.isBlank()) {
            return HttpResponse.badRequest(new Error(HttpStatus.BAD_REQUEST.getCode(), "send the text to analyze as a text/plain body"));
        }
        Analysis analysis = analyzer.analyze(text);
        List<Entity> entities = analysis.mentions().stream()
                .map(m -> new Entity(m.type().name(), m.text(), m.start(), m.end(), m.value()))
                .toList();
        return HttpResponse.ok(new Result(analysis.text(), entities, analysis.analyzer()));
    }

    @Serdeable
    record Result(String text, List<Entity> entities, String analyzer) {
    }

    @Serdeable
    record Entity(String type, String text, int start, int end, @Nullable String value) {
    }

    @Serdeable
    record Error(int status, String message) {
    }
}
