package org.wenshu.ingest.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.multipart.CompletedPart;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.wenshu.ingest.intake.DocumentIntake;
import org.wenshu.ingest.intake.InvalidDocumentException;
import org.wenshu.ingest.intake.PublishFailedException;
import org.wenshu.ingest.intake.UploadedFile;
import reactor.core.publisher.Flux;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Thin HTTP adapter: turns requests into {@link UploadedFile}s and hands them to {@link DocumentIntake}. */
@Controller("/documents")
@ExecuteOn(TaskExecutors.BLOCKING)
class DocumentsController {
    private static final String FILE_PART = "file";
    private static final String PUBLISHED_AT = "publishedAt";
    private final DocumentIntake intake;

    DocumentsController(DocumentIntake intake) {
        this.intake = intake;
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.APPLICATION_JSON)
    HttpResponse<UploadResponse> uploadFiles(@Body MultipartBody body) {
        List<CompletedPart> parts = Flux.from(body).collectList().block();
        List<UploadedFile> files = new ArrayList<>();
        String publishedAt = null;
        for (CompletedPart part : parts == null ? List.<CompletedPart>of() : parts) {
            if (part instanceof CompletedFileUpload upload && FILE_PART.equals(part.getName())) {
                files.add(new UploadedFile(upload.getFilename(),
                        upload.getContentType().map(MediaType::toString).orElse(null), bytes(upload)));
            } else if (PUBLISHED_AT.equals(part.getName())) {
                publishedAt = new String(bytes(part), StandardCharsets.UTF_8);
            }
        }
        return HttpResponse.accepted().body(new UploadResponse(intake.accept(files, publishedAt)));
    }

    @Post(consumes = MediaType.TEXT_PLAIN, produces = MediaType.APPLICATION_JSON)
    HttpResponse<UploadResponse> uploadText(@Body @Nullable byte[] body, @QueryValue @Nullable String filename,
                                            @QueryValue @Nullable String publishedAt) {
        UploadedFile file = new UploadedFile(filename, MediaType.TEXT_PLAIN, body == null ? new byte[0] : body);
        return HttpResponse.accepted().body(new UploadResponse(intake.accept(List.of(file), publishedAt)));
    }

    @Error(exception = InvalidDocumentException.class)
    HttpResponse<ErrorResponse> invalid(InvalidDocumentException e) {
        HttpStatus status = switch (e.getReason()) {
            case TOO_LARGE -> HttpStatus.REQUEST_ENTITY_TOO_LARGE;
            case UNSUPPORTED_ENCODING -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            default -> HttpStatus.BAD_REQUEST;
        };
        return HttpResponse.<ErrorResponse>status(status).body(new ErrorResponse(status.getCode(), status.getReason(), e.getMessage()));
    }

    @Error(exception = PublishFailedException.class)
    HttpResponse<ErrorResponse> unavailable(PublishFailedException e) {
        HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
        return HttpResponse.<ErrorResponse>status(status).body(new ErrorResponse(status.getCode(), status.getReason(), e.getMessage()));
    }

    private static byte[] bytes(CompletedPart part) {
        try {
            return part.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read part " + part.getName(), e);
        }
    }
}
