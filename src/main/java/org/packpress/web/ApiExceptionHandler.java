package org.packpress.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.packpress.ingest.InputError;
import org.packpress.ingest.InputRejectedException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors as JSON problem details (RFC 9457). A rejected input lists every problem with its file,
 * field and reason under {@code errors}.
 */
@RestControllerAdvice(basePackages = "org.packpress.web")
@ConditionalOnWebApplication
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InputRejectedException.class)
    ProblemDetail rejected(InputRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "Nothing was stored. " + e.getMessage());
        problem.setTitle("Input rejected");
        problem.setType(URI.create("https://packpress.org/problems/input-rejected"));
        problem.setProperty("errors", errors(e.errors()));
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(BuildRefusedException.class)
    ProblemDetail refused(BuildRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setTitle(e.title());
        problem.setType(URI.create("https://packpress.org/problems/"
                + e.title().toLowerCase(Locale.ROOT).replace(' ', '-')));
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad request");
        return problem;
    }

    /** Each problem's file, field, reason and message, and its line when known. */
    static List<Map<String, Object>> errors(List<InputError> errors) {
        return errors.stream().map(e -> {
            Map<String, Object> error = new LinkedHashMap<>(Map.of("file", nullToEmpty(e.file()), "field",
                    nullToEmpty(e.location()), "reason", nullToEmpty(e.reason()), "message", e.toString()));
            if (e.line() != null) {
                error.put("line", e.line());
            }
            return error;
        }).toList();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
