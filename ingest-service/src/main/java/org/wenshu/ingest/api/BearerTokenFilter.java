package org.wenshu.ingest.api;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Only holders of INGEST_TOKEN may add documents; health stays open for orchestrators. */
@ServerFilter({"/documents", "/documents/**"})
class BearerTokenFilter {
    private static final String PREFIX = "Bearer ";
    private final byte[] expected;

    BearerTokenFilter(@Value("${ingest.token:}") String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalStateException("INGEST_TOKEN is not set: set it to the bearer token uploaders must send");
        }
        this.expected = token.getBytes(StandardCharsets.UTF_8);
    }

    @RequestFilter
    @Nullable
    HttpResponse<ErrorResponse> authenticate(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.startsWith(PREFIX)) {
            return unauthorized("missing 'Authorization: Bearer <token>' header");
        }
        byte[] given = header.substring(PREFIX.length()).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, given)) {
            return unauthorized("invalid bearer token");
        }
        return null;
    }

    private static HttpResponse<ErrorResponse> unauthorized(String message) {
        HttpStatus status = HttpStatus.UNAUTHORIZED;
        return HttpResponse.<ErrorResponse>status(status)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(new ErrorResponse(status.getCode(), status.getReason(), message));
    }
}
