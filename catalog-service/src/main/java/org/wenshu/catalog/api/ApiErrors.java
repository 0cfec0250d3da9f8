package org.wenshu.catalog.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Produces
@Singleton
@Requires(classes = {BadRequestException.class, ExceptionHandler.class})
class ApiErrors implements ExceptionHandler<BadRequestException, HttpResponse<ApiError>> {
    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, BadRequestException exception) {
        return HttpResponse.badRequest(new ApiError(HttpStatus.BAD_REQUEST.getCode(), HttpStatus.BAD_REQUEST.getReason(),
                exception.getMessage()));
    }
}
