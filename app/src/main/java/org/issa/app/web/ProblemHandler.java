package org.issa.app.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** API errors as RFC 9457 problem+json; a 400 names the field at fault in {@code field}. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return badRequest(e.field(), e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ProblemDetail forbidden(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return badRequest(e.getName(), "'" + e.getName() + "' has a value of the wrong type");
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        LOG.error("unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred; it has been logged.");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = jacksonCause(ex);
        ProblemDetail p;
        if (cause instanceof UnrecognizedPropertyException u) {
            String field = path(u);
            p = badRequest(field, "unknown field '" + field + "'");
        } else if (cause instanceof JacksonException j && !j.getPath().isEmpty()) {
            String field = path(j);
            p = badRequest(field, "'" + field + "' has a value of the wrong type or form");
        } else if (cause instanceof JacksonException j) {
            p = badRequest("body", "the body is not valid JSON: " + j.getOriginalMessage());
        } else {
            p = badRequest("body", "the request body is missing or unreadable");
        }
        return ResponseEntity.badRequest().body(p);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", f.getField() + " " + f.getDefaultMessage()))
                .toList();
        String first = errors.isEmpty() ? "body" : errors.getFirst().get("field");
        ProblemDetail p = badRequest(first, errors.stream().map(m -> m.get("message")).collect(Collectors.joining("; ")));
        p.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(p);
    }

    /** The Jackson error that knows the field: the outermost one with a path, else the first one. */
    private static Throwable jacksonCause(HttpMessageNotReadableException ex) {
        Throwable first = null;
        for (Throwable t = ex; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof JacksonException j) {
                if (!j.getPath().isEmpty()) {
                    return t;
                }
                if (first == null) {
                    first = t;
                }
            }
        }
        return first == null ? ex.getMostSpecificCause() : first;
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            org.springframework.web.method.annotation.HandlerMethodValidationException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex.getParameterValidationResults().stream().findFirst()
                .map(r -> r.getMethodParameter().getParameterName()).orElse("request");
        String detail = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(e -> r.getMethodParameter().getParameterName() + " "
                        + e.getDefaultMessage()))
                .collect(Collectors.joining("; "));
        return ResponseEntity.badRequest().body(badRequest(field, detail));
    }

    private static String path(JacksonException e) {
        return e.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    static ProblemDetail badRequest(String field, String detail) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, detail);
        p.setProperty("field", field);
        return p;
    }

    static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(status.getReasonPhrase());
        return p;
    }
}
