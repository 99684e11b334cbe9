package org.fieldstock.interfaces.shared.rest;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.interfaces.shared.MessageBundle;

/** Builds JSON error answers in the client's language. */
final class ErrorResponses {

    /** Well-formed input that breaks a rule (JAX-RS has no constant for it). */
    static final int UNPROCESSABLE_CONTENT = 422;

    /** A request body beyond the call's limit. */
    static final int PAYLOAD_TOO_LARGE = 413;

    private ErrorResponses() {
    }

    static Locale locale(HttpHeaders headers) {
        return MessageBundle.supported(headers == null ? List.of() : headers.getAcceptableLanguages());
    }

    static Response of(int status, String error, List<String> messages, List<String> codes) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorJson(status, error, messages, codes))
                .build();
    }

    /** 422 invalid input, 404 unknown, 403 not allowed, 409 state conflict. */
    static Response of(BusinessException exception, HttpHeaders headers) {
        int status = switch (exception.getKind()) {
            case INVALID -> UNPROCESSABLE_CONTENT;
            case NOT_FOUND -> Response.Status.NOT_FOUND.getStatusCode();
            case FORBIDDEN -> Response.Status.FORBIDDEN.getStatusCode();
            case CONFLICT -> Response.Status.CONFLICT.getStatusCode();
        };
        return of(status, exception.getKind().name(), MessageBundle.texts(locale(headers), exception),
                exception.getProblems().stream().map(Problem::getMessageKey).toList());
    }

    /** 400: the request cannot be read as meant; every problem named. */
    static Response of(MalformedRequestException exception, HttpHeaders headers) {
        Locale locale = locale(headers);
        return of(Response.Status.BAD_REQUEST.getStatusCode(), "BAD_REQUEST",
                exception.getProblems().stream().map(p -> MessageBundle.text(locale, p)).toList(),
                exception.getProblems().stream().map(Problem::getMessageKey).toList());
    }

    /**
     * 413: the body is larger than the call accepts. The application reads no more of it, and the
     * answer asks for the connection to be closed ({@code Connection: close}) rather than reused.
     */
    static Response of(RequestTooLargeException exception, HttpHeaders headers) {
        long mebibytes = Math.max(1, exception.getLimit() / (1024 * 1024));
        return Response.fromResponse(of(PAYLOAD_TOO_LARGE, "TOO_LARGE", headers, "request.body.tooLarge", mebibytes))
                .header("Connection", "close")
                .build();
    }

    static Response of(int status, String error, HttpHeaders headers, String key, Object... arguments) {
        return of(status, error, List.of(MessageBundle.text(locale(headers), key, arguments)), List.of(key));
    }
}
