package kz.socialservices.checker.api.catalogue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.socialservices.checker.engine.catalogue.Requirement;
import kz.socialservices.checker.engine.evaluation.Standard;
import kz.socialservices.checker.engine.params.Edition;
import kz.socialservices.checker.engine.params.Parameter;
import kz.socialservices.checker.engine.params.ParameterValue;
import kz.socialservices.checker.standard.Case;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The requirement catalogue and the editions: what the checker judges by, with every value's basis. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "catalogue", description = "Requirements, parameters and editions of the standard")
class CatalogueController {

    private final Standard<Case> standard;

    CatalogueController(Standard<Case> standard) {
        this.standard = standard;
    }

    @Operation(summary = "Every requirement with its basis, source, severity, anchor and parameter values per edition")
    @GetMapping("/requirements")
    List<Map<String, Object>> requirements() {
        return standard.catalogue().all().stream().map(this::view).toList();
    }

    @Operation(summary = "One requirement")
    @GetMapping("/requirements/{id}")
    Map<String, Object> requirement(@PathVariable String id) {
        return standard.catalogue().find(id).map(this::view)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such requirement"));
    }

    @Operation(summary = "The editions of the standard and when each was in force")
    @GetMapping("/editions")
    List<Edition> editions() {
        return standard.editions().all();
    }

    private Map<String, Object> view(Requirement r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("chapter", r.chapter());
        m.put("title", r.title());
        m.put("basis", r.basis());
        m.put("source", r.source());
        m.put("severity", r.severity());
        m.put("appliesTo", r.appliesTo());
        m.put("anchor", r.anchor());
        m.put("deadline", r.deadline());
        m.put("verdicts", r.verdicts());
        Map<String, Object> params = new LinkedHashMap<>();
        for (String name : r.parameters()) {
            Parameter p = standard.parameters().get(name);
            Map<String, Object> byEdition = new LinkedHashMap<>();
            for (Edition e : standard.editions().all()) {
                ParameterValue v = p.valueAt(e.from());
                byEdition.put(e.id(), v == null ? null : valueView(v));
            }
            params.put(name, Map.of("description", p.description(), "unit", p.unit().fileName(), "byEdition", byEdition));
        }
        m.put("parameters", params);
        return m;
    }

    private static Map<String, Object> valueView(ParameterValue v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", v.value());
        m.put("from", v.from());
        m.put("basis", v.basis());
        m.put("source", v.source());
        return m;
    }

}
