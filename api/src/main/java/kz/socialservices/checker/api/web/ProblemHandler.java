package kz.socialservices.checker.api.web;

import java.net.URI;
import java.util.List;
import java.util.Set;
import kz.socialservices.checker.engine.csv.InputRefusedException;
import kz.socialservices.checker.engine.csv.RowError;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Errors as {@code application/problem+json} (RFC 9457) with a list of {@code {row, field, code,
 * message}}. A message never repeats what the client sent: parser messages that could quote the
 * input are replaced by our own.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Set<String> SYNTAX = Set.of("not_utf8", "bad_csv", "empty_file", "bad_header", "not_an_array", "not_an_object",
            "not_xlsx", "old_xls", "password_protected", "empty_sheet");

    @ExceptionHandler(InputRefusedException.class)
    ResponseEntity<ProblemDetail> refused(InputRefusedException e) {
        List<RowError> errors = e.errors();
        HttpStatus status = errors.stream().anyMatch(x -> x.code().equals("too_many_rows")) ? HttpStatus.CONTENT_TOO_LARGE
                : errors.stream().allMatch(x -> SYNTAX.contains(x.code())) ? HttpStatus.BAD_REQUEST
                : HttpStatus.UNPROCESSABLE_CONTENT;
        String title = errors.stream().anyMatch(x -> x.code().startsWith("identifying"))
                ? "Identifying data refused" : "Input refused";
        return problem(status, title, "The input was refused whole; nothing was evaluated.", errors);
    }

    @ExceptionHandler(kz.socialservices.checker.api.evaluation.Problems.InvalidCaseException.class)
    ResponseEntity<ProblemDetail> invalidCase(kz.socialservices.checker.api.evaluation.Problems.InvalidCaseException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid case", "The case has fields that cannot be read.", e.errors());
    }

    @ExceptionHandler(kz.socialservices.checker.api.evaluation.Problems.TooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(RuntimeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Too large", e.getMessage(), List.of());
    }

    @ExceptionHandler(kz.socialservices.checker.api.evaluation.Problems.TimeoutException.class)
    ResponseEntity<ProblemDetail> timeout(RuntimeException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Evaluation took too long", e.getMessage(), List.of());
    }

    @ExceptionHandler(kz.socialservices.checker.api.evaluation.Problems.BadRequestException.class)
    ResponseEntity<ProblemDetail> badRequest(RuntimeException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage(), List.of());
    }

    @ExceptionHandler(kz.socialservices.checker.api.evaluation.Problems.NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), List.of());
    }

    @ExceptionHandler(kz.socialservices.checker.api.evaluation.Problems.ForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage(), List.of());
    }

    @ExceptionHandler(kz.socialservices.checker.api.accounts.AccountService.AccountException.class)
    ResponseEntity<ProblemDetail> accountRefused(RuntimeException e) {
        return problem(HttpStatus.BAD_REQUEST, "Account refused", e.getMessage(), List.of());
    }

    @ExceptionHandler(kz.socialservices.checker.api.evaluation.Problems.NotReadyException.class)
    ResponseEntity<ProblemDetail> notReady(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "Not ready", e.getMessage(), List.of());
    }

    /**
     * An amendment package that cannot be applied: 422, each problem with its place (the package's key,
     * or the DRL file, line and column) as the field; one carrying rules where rules may not come from
     * says so in its title.
     */
    @ExceptionHandler(kz.socialservices.checker.engine.simulation.AmendmentRefusedException.class)
    ResponseEntity<ProblemDetail> amendmentRefused(kz.socialservices.checker.engine.simulation.AmendmentRefusedException e) {
        List<RowError> errors = e.problems().stream().map(p -> new RowError(null, p.place(), p.code(), p.message())).toList();
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, e.carriesRules() ? "Rules not accepted" : "Amendment refused",
                e.carriesRules() ? "An uploaded package may change parameters and withdraw requirements, but may not carry rules (DRL): "
                        + "rules are code that runs on the server and come only from the shipped packages or the administrator's directory."
                        : "The amendment package cannot be applied; nothing was simulated.", errors);
    }

    @ExceptionHandler(kz.socialservices.checker.engine.audit.InvalidAuditException.class)
    ResponseEntity<ProblemDetail> invalidAudit(RuntimeException e) {
        // what was asked of the audit (a dimension, a threshold), never the register's content
        return problem(HttpStatus.BAD_REQUEST, "Invalid audit", e.getMessage(),
                List.of(new RowError(null, null, "invalid_audit", e.getMessage())));
    }

    @ExceptionHandler(JacksonException.class)
    ResponseEntity<ProblemDetail> badJson(JacksonException e) {
        var at = e.getLocation();
        String where = at == null ? "" : " near line " + at.getLineNr() + ", column " + at.getColumnNr();
        return problem(HttpStatus.BAD_REQUEST, "Malformed JSON", "The body is not valid JSON" + where + ".", List.of());
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> badMultipart(MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, "Malformed upload", "The multipart body could not be read; send the register as part 'file'.", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return cast(problem(HttpStatus.BAD_REQUEST, "Malformed body", "The body could not be read.", List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = ex.getPropertyName() == null ? "a parameter" : ex.getPropertyName();
        String expected = ex.getRequiredType() == java.time.LocalDate.class ? "a date yyyy-MM-dd" : "a valid value";
        return cast(problem(HttpStatus.BAD_REQUEST, "Bad parameter", name + " must be " + expected + ".",
                List.of(new RowError(null, name, "bad_parameter", name + " must be " + expected))));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        // Spring's own problems (415, 406, 405, 400 on a bad parameter): keep the status, say it in our words.
        HttpStatus status = HttpStatus.valueOf(statusCode.value());
        return cast(problem(status, status.getReasonPhrase(), genericDetail(status), List.of()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        logger.error("unexpected failure: " + e.getClass().getName()); // the type only: a message could quote the input
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "The evaluation failed; it has been logged.", List.of());
    }

    private static String genericDetail(HttpStatus status) {
        return switch (status) {
            case UNSUPPORTED_MEDIA_TYPE -> "Send text/csv, multipart/form-data (part 'file') or application/json.";
            case NOT_ACCEPTABLE -> "This resource answers application/json" + " or text/csv.";
            case METHOD_NOT_ALLOWED -> "This method is not allowed here.";
            case CONTENT_TOO_LARGE -> "The body is larger than the configured limit.";
            default -> "The request could not be processed as sent.";
        };
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail, List<RowError> errors) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        p.setType(URI.create("/problems/" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-')));
        p.setProperty("errors", errors); // each {row, field, code, message}; never a value
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> cast(ResponseEntity<ProblemDetail> r) {
        return (ResponseEntity) r;
    }
}
