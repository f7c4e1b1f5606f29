package kz.socialservices.checker.api.template;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import kz.socialservices.checker.api.web.Languages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/templates/register.xlsx}: the register template, headed in the language asked for. */
@RestController
@RequestMapping("/api/v1/templates")
@Tag(name = "templates", description = "Register templates to fill in")
class TemplateController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Operation(summary = "The register template (.xlsx): labelled columns, drop-down lists, date columns, a guide sheet")
    @GetMapping(path = "/register.xlsx", produces = XLSX)
    ResponseEntity<byte[]> register(@RequestParam(required = false) String lang,
                                    @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) throws IOException {
        String language = Languages.pick(lang, acceptLanguage);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RegisterTemplate(language).write(out);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("register-template-" + language + ".xlsx").build().toString())
                .body(out.toByteArray());
    }
}
