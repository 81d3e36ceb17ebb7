package org.anchorage.shared.web;

import java.util.List;
import java.util.Map;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API failure as RFC 9457 problem details: validation errors name their field, a missing or
 * hidden record is 404, a broken rule is 422, and nothing unexpected leaks a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    /** A problem with the {@code errors} list CONTRACTS.md describes. */
    public static ProblemDetail problem(HttpStatus status, String title, String detail, List<Map<String, Object>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (errors != null && !errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    public static Map<String, Object> fieldError(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    @ExceptionHandler(RecordNotFound.class)
    ProblemDetail notFound(RecordNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), null);
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation e) {
        // A file import names the row ("row 12"); everything else names its field.
        Map<String, Object> error = e.field().startsWith("row ") && e.field().substring(4).chars().allMatch(Character::isDigit)
                ? Map.of("row", Integer.parseInt(e.field().substring(4)), "message", e.getMessage())
                : fieldError(e.field(), e.getMessage());
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Request refused", e.getMessage(), List.of(error));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.RequestParam.class)) {
            // A query parameter of the wrong form (a date that is not one, a word for a number) is the caller's to fix.
            return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request", "Some values are not valid",
                    List.of(fieldError(e.getName(), "is not valid"))));
        }
        // An id that cannot exist is reported as not found, the same as one that does not.
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problem(HttpStatus.NOT_FOUND, "Not found", "No record has the id given for " + e.getName(), null));
    }

    /** Refusals belong to Spring Security, which audits them and answers 401 or 403. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void refusal(RuntimeException e) {
        throw e;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected failure answering an API request", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
                "The request could not be completed. Nothing was changed by the failed step.", null);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(ApiProblems::toError)
                .toList();
        return ResponseEntity.badRequest()
                .body(problem(HttpStatus.BAD_REQUEST, "Invalid request", "Some fields are not valid", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> fieldError(r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest()
                .body(problem(HttpStatus.BAD_REQUEST, "Invalid request", "Some values are not valid", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request",
                "The request body is missing or is not valid JSON of the expected shape", List.of(JsonFailures.describe(ex))));
    }

    /** A value the database refused (a CHECK constraint, a value out of its range): the request's fault, not ours. */
    @ExceptionHandler(org.springframework.dao.DataAccessException.class)
    ResponseEntity<ProblemDetail> refusedByDatabase(org.springframework.dao.DataAccessException e) {
        return DatabaseRefusals.describe(e)
                .map(error -> ResponseEntity.unprocessableContent().body(problem(HttpStatus.UNPROCESSABLE_CONTENT,
                        "Request refused", "A value is too long or not allowed", List.of(error))))
                .orElseGet(() -> ResponseEntity.internalServerError().body(unexpected(e)));
    }

    private static Map<String, Object> toError(FieldError error) {
        return fieldError(error.getField(), error.getDefaultMessage() == null ? "is not valid" : error.getDefaultMessage());
    }

}
