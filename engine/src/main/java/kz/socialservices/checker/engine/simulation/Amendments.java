package kz.socialservices.checker.engine.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import kz.socialservices.checker.engine.Basis;
import kz.socialservices.checker.engine.calendar.LimitUnit;
import kz.socialservices.checker.engine.catalogue.Requirement;
import kz.socialservices.checker.engine.catalogue.RequirementCatalogue;
import kz.socialservices.checker.engine.evaluation.Hashing;
import kz.socialservices.checker.engine.evaluation.Messages;
import kz.socialservices.checker.engine.evaluation.RuleBase;
import kz.socialservices.checker.engine.evaluation.Standard;
import kz.socialservices.checker.engine.params.Parameter;
import kz.socialservices.checker.engine.params.ParameterSet;
import kz.socialservices.checker.engine.params.ParameterValue;
import kz.socialservices.checker.engine.simulation.AmendmentRefusedException.Problem;

/**
 * Applies amendment packages to a standard at run time; the standard's own files are never
 * touched. Applied from a date (the package's effective date, or one the drafter gives), an amended
 * value holds for every anchor on or after it, in every edition; a requirement added or replaced is
 * judged for anchors from that date. Amended standards are built once per content (the current
 * text, the packages' content hashes and the dates) and kept, since building a rule base costs
 * about a second.
 */
public final class Amendments<C> {

    /** Amended standards kept; building more replaces the oldest. */
    static final int KEPT = 16;

    private final Standard<C> base;
    private final Map<String, AmendedStandard<C>> built = new ConcurrentHashMap<>();
    private final java.util.Deque<String> order = new java.util.concurrent.ConcurrentLinkedDeque<>();

    public Amendments(Standard<C> base) {
        this.base = base;
    }

    public Standard<C> base() {
        return base;
    }

    /**
     * The standard with {@code packages} applied (the same package twice counts once).
     *
     * @param inForceFrom the date every package applies from, "as if in force from"; null: each its own effective date
     * @throws AmendmentRefusedException naming the place of every problem (unknown parameter, wrong type
     *         or unit, unknown requirement, DRL that does not compile, conflicting packages)
     */
    public AmendedStandard<C> apply(List<AmendmentPackage> packages, LocalDate inForceFrom) {
        List<AmendmentPackage> distinct = new ArrayList<>();
        Set<String> hashes = new LinkedHashSet<>();
        for (AmendmentPackage p : packages) {
            if (hashes.add(p.contentHash())) {
                distinct.add(p);
            }
        }
        if (distinct.isEmpty()) {
            return AmendedStandard.none(base);
        }
        Map<String, String> key = new LinkedHashMap<>();
        key.put("base", base.rules().hash() + " " + base.parameterHash());
        for (int i = 0; i < distinct.size(); i++) {
            AmendmentPackage p = distinct.get(i);
            key.put("package-" + i, p.contentHash() + " from " + (inForceFrom != null ? inForceFrom : p.effective()));
        }
        String hash = Hashing.sha256(key);
        AmendedStandard<C> cached = built.get(hash);
        if (cached != null) {
            return cached;
        }
        AmendedStandard<C> amended = build(distinct, inForceFrom, hash);
        if (built.putIfAbsent(hash, amended) == null) {
            order.add(hash);
            while (order.size() > KEPT) {
                String oldest = order.poll();
                if (oldest != null) {
                    built.remove(oldest);
                }
            }
        }
        return built.getOrDefault(hash, amended);
    }

    private AmendedStandard<C> build(List<AmendmentPackage> packages, LocalDate inForceFrom, String hash) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> claimedBy = new LinkedHashMap<>(); // what a package changes -> its id: two may not change one thing
        Map<String, String> ids = new LinkedHashMap<>();
        Map<String, Parameter> changed = new LinkedHashMap<>();
        List<AmendedStandard.Applied> applied = new ArrayList<>();
        Map<String, Requirement> catalogue = new LinkedHashMap<>();
        base.catalogue().all().forEach(r -> catalogue.put(r.id(), r));
        List<String> added = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        List<String> withdrawn = new ArrayList<>();
        Set<String> reworded = new LinkedHashSet<>();
        Map<String, String> drl = new LinkedHashMap<>();
        Map<String, Map<String, Map<String, String>>> messages = new LinkedHashMap<>();
        Map<String, Map<String, String>> codeLabels = new LinkedHashMap<>();
        Map<String, String> identity = new LinkedHashMap<>();

        for (AmendmentPackage p : packages) {
            String where = p.id();
            if (ids.put(p.id(), p.contentHash()) != null) {
                problems.add(new Problem(where, "conflict", "two different packages have the id " + p.id()));
                continue;
            }
            LocalDate from = inForceFrom != null ? inForceFrom : p.effective();
            applied.add(new AmendedStandard.Applied(p, from));
            String source = "Amendment " + p.id() + " (a proposal, not law): " + p.title().getOrDefault("en", p.id())
                    + (p.source().isBlank() ? "" : "; " + p.source());
            p.codeLabels().forEach((lang, codes) -> codeLabels.computeIfAbsent(lang, k -> new LinkedHashMap<>()).putAll(codes));

            for (AmendmentPackage.ParameterChange c : p.parameters()) {
                String place = where + ": parameters." + c.name();
                if (!base.parameters().has(c.name())) {
                    problems.add(new Problem(place, "unknown_parameter", "the standard has no parameter " + c.name()
                            + " (a parameter the package introduces goes under newParameters)"));
                    continue;
                }
                claim(claimedBy, "parameter " + c.name(), p.id(), place, problems);
                Parameter current = base.parameters().get(c.name());
                LimitUnit unit = c.unit() == null ? current.unit() : c.unit();
                if (c.unit() != null && c.unit() != current.unit() && !(current.unit().isDuration() && c.unit().isDuration())) {
                    problems.add(new Problem(place + ".unit", "wrong_unit", "the unit " + c.unit().fileName() + " does not fit "
                            + c.name() + ", which is " + (current.unit().isDuration()
                            ? "a duration (" + current.unit().fileName() + "): it may become calendar_days, working_days or months"
                            : "a " + current.unit().fileName() + " and keeps its unit")));
                    continue;
                }
                Object value = value(c.value(), unit, place, p, problems);
                if (value == NOT_READ) {
                    continue;
                }
                changed.put(c.name(), amendedFrom(current, from, value, c.unit(), source));
            }
            for (AmendmentPackage.NewParameter n : p.newParameters()) {
                String place = where + ": newParameters." + n.name();
                if (base.parameters().has(n.name())) {
                    problems.add(new Problem(place, "invalid", n.name() + " is already a parameter of the standard: change it under parameters"));
                    continue;
                }
                claim(claimedBy, "parameter " + n.name(), p.id(), place, problems);
                if (n.unit() == null) {
                    continue; // reported when read
                }
                Object value = value(n.value(), n.unit(), place, p, problems);
                if (value == NOT_READ) {
                    continue;
                }
                TreeMap<LocalDate, ParameterValue> values = new TreeMap<>();
                values.put(from, new ParameterValue(from, value, Basis.ASSUMED, source));
                changed.put(n.name(), new Parameter(n.name(), n.description(), n.unit(), values));
            }
            for (String id : p.withdrawn()) {
                String place = where + ": requirements.withdraw";
                if (!base.catalogue().find(id).isPresent()) {
                    problems.add(new Problem(place, "unknown_requirement", "the standard has no requirement " + id + " to withdraw"));
                    continue;
                }
                claim(claimedBy, "requirement " + id, p.id(), place, problems);
                catalogue.remove(id);
                withdrawn.add(id);
            }
            for (Requirement r : p.replaced()) {
                String place = where + ": requirements.replace " + r.id();
                if (!base.catalogue().find(r.id()).isPresent()) {
                    problems.add(new Problem(place, "unknown_requirement", "the standard has no requirement " + r.id() + " to replace"));
                    continue;
                }
                claim(claimedBy, "requirement " + r.id(), p.id(), place, problems);
                catalogue.put(r.id(), r.inForceFrom(from));
                replaced.add(r.id());
            }
            for (Requirement r : p.added()) {
                String place = where + ": requirements.add " + r.id();
                if (base.catalogue().find(r.id()).isPresent()) {
                    problems.add(new Problem(place, "invalid", r.id() + " is already a requirement of the standard: replace it instead"));
                    continue;
                }
                claim(claimedBy, "requirement " + r.id(), p.id(), place, problems);
                catalogue.put(r.id(), r.inForceFrom(from));
                added.add(r.id());
            }
            p.drl().forEach((file, text) -> drl.put(p.id() + "/" + file, text));
            p.messages().forEach((lang, byRequirement) -> byRequirement.forEach((req, templates) -> {
                if (!catalogue.containsKey(req)) {
                    problems.add(new Problem(where + ": messages." + lang + "." + req, "unknown_requirement",
                            "messages for " + req + ", which the amended standard does not have"));
                }
                messages.computeIfAbsent(lang, k -> new LinkedHashMap<>()).put(req, templates);
                reworded.add(req);
            }));
            identity.put(p.id(), p.contentHash() + " from " + from);
        }
        // The catalogue entries of what is added or replaced must name parameters that exist.
        Set<String> known = new LinkedHashSet<>();
        base.parameters().all().forEach(x -> known.add(x.name()));
        known.addAll(changed.keySet());
        for (String id : concat(added, replaced)) {
            Requirement r = catalogue.get(id);
            for (String param : r.parameters()) {
                if (!known.contains(param)) {
                    problems.add(new Problem(owner(packages, id) + ": requirements " + id + ".parameters", "unknown_parameter",
                            "no parameter " + param + " in the standard or the package's newParameters"));
                }
            }
            if (r.deadline() != null && !r.parameters().contains(r.deadline().parameter())) {
                problems.add(new Problem(owner(packages, id) + ": requirements " + id + ".deadline", "invalid",
                        "the deadline's parameter must be listed in parameters"));
            }
        }
        if (!problems.isEmpty()) {
            throw new AmendmentRefusedException(problems);
        }

        Set<String> withoutBaseRules = new LinkedHashSet<>(replaced);
        withoutBaseRules.addAll(withdrawn);
        RuleBase rules;
        try {
            rules = base.rules().amend(drl, withoutBaseRules, identity);
        } catch (RuleBase.CompileException e) {
            List<Problem> drlProblems = new ArrayList<>();
            boolean placed = e.errors().stream().anyMatch(x -> x.line() > 0);
            e.errors().stream().filter(x -> !placed || x.line() > 0) // Drools adds a placeless "null package" after a syntax error
                    .forEach(x -> drlProblems.add(new Problem(x.file() + " line " + x.line() + ", column " + x.column(), "drl_error", x.text())));
            throw new AmendmentRefusedException(drlProblems);
        }
        List<Requirement> ordered = inChapterOrder(catalogue, added);
        Standard<C> standard = new Standard<>(base.name() + " + " + String.join(" + ", ids.keySet()),
                new RequirementCatalogue(ordered), base.parameters().with(changed), base.editions(), base.calendar(), rules,
                base.messages().with(messages, codeLabels), base.adapter(),
                Hashing.sha256(Map.of("base", base.parameterHash(), "amendments", identity.toString())));

        Set<String> judged = new LinkedHashSet<>(added);
        judged.addAll(replaced);
        judged.addAll(reworded);
        for (Requirement r : ordered) {
            if (r.parameters().stream().anyMatch(changed::containsKey)) {
                judged.add(r.id()); // reads a changed parameter, even one another requirement's deadline is set by (IPR-01)
            }
        }
        return new AmendedStandard<>(base, standard, List.copyOf(applied), Set.copyOf(judged), List.copyOf(added),
                List.copyOf(replaced), List.copyOf(withdrawn), List.copyOf(changed.keySet()), hash);
    }

    private static final Object NOT_READ = new Object();

    /** The value checked against its unit, and a list's items against the codes known (the standard's and the package's). */
    private Object value(tools.jackson.databind.JsonNode node, LimitUnit unit, String place, AmendmentPackage p, List<Problem> problems) {
        Object value;
        try {
            value = ParameterSet.value(node, unit, place);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(place, "wrong_type", (unit == LimitUnit.LIST ? "a list of codes" : "a whole non-negative number")
                    + " is needed (" + unit.fileName() + ")"));
            return NOT_READ;
        }
        if (value instanceof List<?> items) {
            Messages messages = base.messages();
            for (Object item : items) {
                String code = String.valueOf(item);
                boolean known = messages.labels().byLanguage().isEmpty() || messages.labels().hasCode("en", code)
                        || p.codeLabels().values().stream().anyMatch(m -> m.containsKey(code));
                if (!known) {
                    problems.add(new Problem(place, "unknown_code", "'" + code + "' is not a code of the standard or of the package's labels"));
                }
            }
        }
        return value;
    }

    /** The parameter with {@code value} from {@code from} on: earlier values kept, later ones given way to it. */
    static Parameter amendedFrom(Parameter current, LocalDate from, Object value, LimitUnit unit, String source) {
        TreeMap<LocalDate, ParameterValue> values = new TreeMap<>(current.values().headMap(from, false));
        values.put(from, new ParameterValue(from, value, Basis.ASSUMED, source, unit));
        return new Parameter(current.name(), current.description(), current.unit(), values);
    }

    private static void claim(Map<String, String> claimedBy, String what, String pkg, String place, List<Problem> problems) {
        String other = claimedBy.putIfAbsent(what, pkg);
        if (other != null && !other.equals(pkg)) {
            problems.add(new Problem(place, "conflict", "both " + other + " and " + pkg + " change " + what));
        }
    }

    /** Added requirements after the last of their chapter, so reports keep the chapters together. */
    private static List<Requirement> inChapterOrder(Map<String, Requirement> catalogue, List<String> added) {
        List<Requirement> out = new ArrayList<>();
        catalogue.values().stream().filter(r -> !added.contains(r.id())).forEach(out::add);
        for (String id : added) {
            Requirement r = catalogue.get(id);
            int at = out.size();
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).chapter().equals(r.chapter())) {
                    at = i + 1;
                }
            }
            out.add(at, r);
        }
        return out;
    }

    private static String owner(List<AmendmentPackage> packages, String requirement) {
        return packages.stream().filter(p -> p.withRules().contains(requirement)).map(AmendmentPackage::id).findFirst().orElse("?");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
