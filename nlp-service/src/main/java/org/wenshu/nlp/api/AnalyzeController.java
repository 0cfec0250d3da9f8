package org.wenshu.nlp.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import org.wenshu.nlp.analysis.Analysis;
import org.wenshu.contracts.ArticleFound;
import org.wenshu.contracts.EntityMention;
import org.wenshu.contracts.RoleStated;
import org.wenshu.nlp.analysis.DocumentAnalyzer;
import org.wenshu.nlp.processing.AnalysisEvents;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
    HttpResponse<?> analyze(@Body @Nullable String text, @QueryValue @Nullable String publishedAt) {
        if (text == null || text.isBlank()) {
            return HttpResponse.badRequest(new Error(HttpStatus.BAD_REQUEST.getCode(), "send the text to analyze as a text/plain body"));
        }
        LocalDate published;
        try {
            published = publishedAt == null || publishedAt.isBlank() ? null : LocalDate.parse(publishedAt);
        } catch (DateTimeParseException e) {
            return HttpResponse.badRequest(new Error(HttpStatus.BAD_REQUEST.getCode(),
                    "publishedAt must be a date like 2025-05-18, was '" + publishedAt + "'"));
        }
        Analysis analysis = analyzer.analyze(text, published);
        return HttpResponse.ok(new Result(analysis.text(), AnalysisEvents.mentions(analysis), AnalysisEvents.roles(analysis),
                AnalysisEvents.articles(analysis), analysis.analyzer()));
    }

    /** Entities are the mentions in text order, each with its entity's canonical name where it differs. */
    @Serdeable
    record Result(String text, List<EntityMention> entities, List<RoleStated> roles, List<ArticleFound> articles,
                  String analyzer) {
    }

    @Serdeable
    record Error(int status, String message) {
    }
}
