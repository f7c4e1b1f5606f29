package kz.socialservices.checker.api.pack;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import kz.socialservices.checker.api.accounts.Caller;
import kz.socialservices.checker.api.evaluation.RegisterRequests;
import kz.socialservices.checker.api.web.Languages;
import kz.socialservices.checker.engine.csv.Registers;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/v1/evaluations/pack?lang=kk}: a centre's register in, its inspection pack (PDF) out. */
@RestController
@Tag(name = "evaluations", description = "Evaluate case records against the standard")
class PackController {

    private final PackService packs;
    private final ZoneId zone;

    PackController(PackService packs, ZoneId checkerZone) {
        this.packs = packs;
        this.zone = checkerZone;
    }

    @Operation(summary = "The inspection pack (PDF) of a CSV register (body)")
    @PostMapping(path = "/api/v1/evaluations/pack", consumes = RegisterRequests.TEXT_CSV, produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> csv(HttpServletRequest request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String lang, @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage)
            throws IOException {
        return pack(request.getInputStream(), RegisterRequests.csvOptions(request), asOf, Languages.pick(lang, acceptLanguage));
    }

    @Operation(summary = "The inspection pack (PDF) of an .xlsx register (body)")
    @PostMapping(path = "/api/v1/evaluations/pack", consumes = RegisterRequests.XLSX, produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> xlsx(HttpServletRequest request, @RequestParam(required = false) String sheet,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String lang, @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage)
            throws IOException {
        return pack(request.getInputStream(), new Registers.Options(null, sheet, true), asOf, Languages.pick(lang, acceptLanguage));
    }

    @Operation(summary = "The inspection pack (PDF) of an uploaded register: part 'file' (CSV or .xlsx)")
    @PostMapping(path = "/api/v1/evaluations/pack", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> upload(@RequestPart("file") MultipartFile file, @RequestParam(required = false) String sheet,
            @RequestParam(required = false) String encoding,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String lang, @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage)
            throws IOException {
        return pack(file.getInputStream(), RegisterRequests.uploadOptions(file, sheet, encoding), asOf, Languages.pick(lang, acceptLanguage));
    }

    private ResponseEntity<byte[]> pack(InputStream body, Registers.Options options, LocalDate asOf, String lang) throws IOException {
        Path spooled = packs.spool(body);
        try {
            LocalDate day = asOf != null ? asOf : LocalDate.now(zone);
            byte[] pdf = packs.pdf(packs.report(spooled, options, day, lang, Caller.require().centreId()), lang);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("inspection-pack-" + day + "-" + lang + ".pdf")
                            .build().toString())
                    .body(pdf);
        } finally {
            Files.deleteIfExists(spooled);
        }
    }
}
