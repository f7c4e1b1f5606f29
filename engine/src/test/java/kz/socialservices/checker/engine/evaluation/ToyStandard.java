package kz.socialservices.checker.engine.evaluation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.socialservices.checker.engine.TestCalendars;
import kz.socialservices.checker.engine.catalogue.RequirementCatalogue;
import kz.socialservices.checker.engine.params.Editions;
import kz.socialservices.checker.engine.params.ParameterSet;

/**
 * A toy standard: four requirements, two editions, three parameters, the real Kazakh holiday
 * calendar, and a few rules written for it here. Nothing of the real standard is used.
 */
public final class ToyStandard {

    public static final String CATALOGUE = """
            - id: T-01
              chapter: T
              title: The duty is done within toy.days calendar days of the application
              basis: LAW
              source: toy law 1
              severity: MAJOR
              appliesTo: ADMITTED
              anchor: application_date
              deadline: {from: application_date, parameter: toy.days}
              parameters: [toy.days]
              verdicts: [COMPLIANT, NON_COMPLIANT, PENDING, NOT_APPLICABLE, UNDETERMINED, OUT_OF_SCOPE]
            - id: T-02
              chapter: T
              title: The duty is done within toy.working_days working days of the application
              basis: SEED
              source: toy note 2
              severity: MINOR
              appliesTo: ADMITTED
              anchor: application_date
              deadline: {from: application_date, parameter: toy.working_days}
              parameters: [toy.working_days]
              verdicts: [COMPLIANT, NON_COMPLIANT, PENDING, UNDETERMINED, OUT_OF_SCOPE]
            - id: T-03
              chapter: T
              title: Something about the duty once done
              basis: LAW
              source: toy law 3
              severity: MINOR
              appliesTo: ADMITTED
              anchor: done_date
              withoutAnchor: NOT_APPLICABLE
              verdicts: [COMPLIANT, NOT_APPLICABLE]
            - id: T-04
              chapter: T
              title: Something about refusals
              basis: LAW
              source: toy law 4
              severity: CRITICAL
              appliesTo: REFUSED
              anchor: application_date
              verdicts: [COMPLIANT, NOT_APPLICABLE]
            """;

    public static final String PARAMETERS = """
            toy.days:
              description: Toy calendar-day deadline
              unit: calendar_days
              values:
                2017-01-20: {value: 10, basis: LAW, source: "toy law 1"}
                2023-07-01: {value: 5, basis: ASSUMED, source: "toy assumption"}
            toy.working_days:
              description: Toy working-day deadline
              unit: working_days
              values:
                2017-01-20: {value: 10, basis: SEED, source: "toy note 2"}
            """;

    public static final String EDITIONS = """
            - id: TOY-2017
              from: 2017-01-20
              to: 2023-06-30
            - id: TOY-2023
              from: 2023-07-01
              to: null
              requirementsBasis: ASSUMED
            """;

    public static final String MESSAGES_EN = """
            _default:
              COMPLIANT: "{requirement}: compliant."
              NON_COMPLIANT: "{requirement}: not compliant."
              PENDING: "{requirement}: pending, due {due}."
              NOT_APPLICABLE: "{requirement}: not applicable."
              UNDETERMINED: "{requirement}: cannot be judged; complete: {missing}."
              OUT_OF_SCOPE: "{requirement}: before the standard ({anchorDate})."
            T-01:
              NON_COMPLIANT.late: "T-01 done {done}, {daysLate} days after the deadline {due}."
            """;

    public static final String MESSAGES_RU = """
            _default:
              COMPLIANT: "{requirement}: соответствует."
            """;

    public static final String HEADER = """
            package toy.rules;

            import kz.socialservices.checker.engine.evaluation.Obligation;
            import kz.socialservices.checker.engine.evaluation.ToyCase;

            global kz.socialservices.checker.engine.evaluation.Findings findings;

            """;

    public static final String RULES = HEADER + """
            rule "T-01 done on time"
            when
                $o : Obligation( requirement == "T-01" )
                $c : ToyCase( done != null ) from $o.subject
                eval( $o.meetsDeadline($c.done()) )
            then
                findings.onTime($o, $c.done());
            end

            rule "T-01 done late"
            when
                $o : Obligation( requirement == "T-01" )
                $c : ToyCase( done != null ) from $o.subject
                eval( !$o.meetsDeadline($c.done()) )
            then
                findings.late($o, $c.done());
            end

            rule "T-01 not done and the deadline passed"
            when
                $o : Obligation( requirement == "T-01" )
                $c : ToyCase( done == null ) from $o.subject
                eval( $o.deadlineMissed($c.closed()) )
            then
                findings.missed($o, $c.closed());
            end

            rule "T-01 not done and the deadline is ahead"
            when
                $o : Obligation( requirement == "T-01" )
                $c : ToyCase( done == null ) from $o.subject
                eval( $o.deadlineAhead($c.closed()) )
            then
                findings.pending($o, $o.getDue());
            end

            rule "T-01 not done and the case closed by the deadline"
            when
                $o : Obligation( requirement == "T-01" )
                $c : ToyCase( done == null ) from $o.subject
                eval( $o.closedByDeadline($c.closed()) )
            then
                findings.notApplicable($o, "closedBeforeDue", "closed", $c.closed());
            end

            rule "T-02 done"
            when
                $o : Obligation( requirement == "T-02" )
                $c : ToyCase( done != null ) from $o.subject
            then
                if ($o.meetsDeadline($c.done())) { findings.onTime($o, $c.done()); } else { findings.late($o, $c.done()); }
            end

            rule "T-02 not done"
            when
                $o : Obligation( requirement == "T-02" )
                $c : ToyCase( done == null ) from $o.subject
                eval( !$o.deadlineMissed($c.closed()) )
            then
                findings.pending($o, $o.getDue());
            end

            rule "T-02 not done and the deadline passed"
            when
                $o : Obligation( requirement == "T-02" )
                $c : ToyCase( done == null ) from $o.subject
                eval( $o.deadlineMissed($c.closed()) )
            then
                findings.missed($o, $c.closed());
            end

            rule "T-03 done"
            when
                $o : Obligation( requirement == "T-03" )
            then
                findings.compliant($o, "done", $o.getAnchorDate(), "edition", $o.getEdition().id());
            end

            rule "T-04 refused"
            when
                $o : Obligation( requirement == "T-04" )
            then
                findings.compliant($o);
            end
            """;

    private ToyStandard() {
    }

    static InputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    public static Standard<ToyCase> standard() {
        return standard(CATALOGUE, RULES);
    }

    /** The toy standard with another catalogue and other rules (for defects). */
    public static Standard<ToyCase> standard(String catalogue, String rules) {
        try {
            Map<String, String> identity = new LinkedHashMap<>();
            identity.put("toy.drl", rules);
            identity.put("catalogue.yaml", catalogue);
            return new Standard<>("toy",
                    RequirementCatalogue.read(in(catalogue), "catalogue.yaml"),
                    ParameterSet.read(in(PARAMETERS), "parameters.yaml"),
                    Editions.read(in(EDITIONS), "editions.yaml"),
                    TestCalendars.kazakhstan(),
                    RuleBase.build(Map.of("toy.drl", rules), "toy/rules", identity),
                    new Messages(Map.of("en", Messages.read(in(MESSAGES_EN), "en.yaml"),
                            "ru", Messages.read(in(MESSAGES_RU), "ru.yaml")), "en"),
                    new ToyAdapter(),
                    "toy-parameters-hash");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The toy standard's view of its cases. */
    public static final class ToyAdapter implements CaseAdapter<ToyCase> {

        @Override
        public Class<ToyCase> caseType() {
            return ToyCase.class;
        }

        @Override
        public String caseId(ToyCase c) {
            return c.id();
        }

        @Override
        public String centreId(ToyCase c) {
            return c.centre();
        }

        @Override
        public Map<String, String> dimensions(ToyCase c) {
            return c.region() == null ? Map.of() : Map.of("region", c.region(), "ownership", "PUBLIC");
        }

        @Override
        public java.util.List<String> dimensionNames() {
            return java.util.List.of("region", "ownership");
        }

        @Override
        public LocalDate startDate(ToyCase c) {
            return c.application();
        }

        @Override
        public boolean isOpen(ToyCase view) {
            return "ADMITTED".equals(view.decision()) && view.closed() == null;
        }

        @Override
        public LocalDate date(ToyCase c, String field) {
            return switch (field) {
                case "application_date" -> c.application();
                case "done_date" -> c.done();
                case "closed_date" -> c.closed();
                default -> throw new IllegalArgumentException("toy case has no date " + field);
            };
        }

        @Override
        public ToyCase asOf(ToyCase c, LocalDate asOf) {
            return new ToyCase(c.id(), c.centre(), c.region(), c.decision(), c.application(),
                    c.done() != null && c.done().isAfter(asOf) ? null : c.done(),
                    c.closed() != null && c.closed().isAfter(asOf) ? null : c.closed());
        }

        @Override
        public Applicability applicability(ToyCase c, String scope) {
            if (c.decision() == null) {
                return Applicability.unknown("decision");
            }
            return c.decision().equals(scope) ? Applicability.APPLIES : Applicability.DOES_NOT_APPLY;
        }
    }
}
