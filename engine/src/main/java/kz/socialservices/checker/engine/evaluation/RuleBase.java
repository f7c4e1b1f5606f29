package kz.socialservices.checker.engine.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * A KieBase built at run time from DRL sources, with the hash that identifies them. It keeps its
 * sources, so an amended rule base can be built from them plus an amendment's DRL.
 */
public final class RuleBase {

    private static final AtomicLong BUILDS = new AtomicLong();
    private static final String RESOURCES = "src/main/resources/";

    /** A DRL compile error, where it is: the file as given, its line and column (0 when Drools gives none). */
    public record DrlError(String file, int line, int column, String text) {
        @Override
        public String toString() {
            return file + " line " + line + ", column " + column + ": " + text;
        }
    }

    /** DRL that does not compile, with each error's place. */
    public static final class CompileException extends IllegalStateException {
        private final List<DrlError> errors;

        CompileException(List<DrlError> errors) {
            super("the rules do not compile: " + errors);
            this.errors = List.copyOf(errors);
        }

        public List<DrlError> errors() {
            return errors;
        }
    }

    private final KieBase kieBase;
    private final String hash;
    private final Map<String, String> drlByName;
    private final String packagePath;
    private final Map<String, String> identity;

    private RuleBase(KieBase kieBase, String hash, Map<String, String> drlByName, String packagePath, Map<String, String> identity) {
        this.kieBase = kieBase;
        this.hash = hash;
        this.drlByName = drlByName;
        this.packagePath = packagePath;
        this.identity = identity;
    }

    /**
     * @param drlByName DRL texts keyed by file name (e.g. {@code admission.drl}); every file must
     *                  declare the same package
     * @param identity  every text that decides what the rules conclude and say (DRL, catalogue,
     *                  messages): the rule-set hash is taken over these
     */
    public static RuleBase build(Map<String, String> drlByName, String packagePath, Map<String, String> identity) {
        Map<String, String> files = new TreeMap<>();
        drlByName.forEach((name, drl) -> files.put(packagePath + "/" + name, drl));
        KieBase base = compile(files, name -> name.substring(packagePath.length() + 1));
        return new RuleBase(base, Hashing.sha256(identity), Map.copyOf(drlByName), packagePath, Map.copyOf(identity));
    }

    /**
     * This rule base with more DRL (an amendment's), the rules of {@code withoutRulesOf} (requirements
     * the amendment replaces or withdraws) taken out of this base's own DRL. A rule belongs to a
     * requirement when its name starts with the requirement's id and a space.
     *
     * @param extraDrl      DRL texts keyed by the name errors should give them (e.g. {@code package-id/file.drl})
     * @param extraIdentity what else decides what the amended rules conclude and say, for the hash
     * @throws CompileException naming the file, line and column of each error
     */
    public RuleBase amend(Map<String, String> extraDrl, Set<String> withoutRulesOf, Map<String, String> extraIdentity) {
        Map<String, String> files = new TreeMap<>();
        drlByName.forEach((name, drl) -> files.put(packagePath + "/" + name, drl));
        Map<String, String> shownAs = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, String> e : new TreeMap<>(extraDrl).entrySet()) {
            // In the folder of the package the DRL declares, under a name Drools accepts whatever the given one.
            java.util.regex.Matcher declared = java.util.regex.Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)").matcher(e.getValue());
            String folder = declared.find() ? declared.group(1).replace('.', '/') : packagePath;
            String path = folder + "/amendment-" + (i++) + ".drl";
            files.put(path, e.getValue());
            shownAs.put(path, e.getKey());
        }
        KieBase amended = compile(files, name -> shownAs.getOrDefault(name, name.substring(name.lastIndexOf('/') + 1)));
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                String id = r.getName().split(" ", 2)[0];
                if (withoutRulesOf.contains(id)) {
                    amended.removeRule(p.getName(), r.getName());
                }
            }
        }
        Map<String, String> identity = new LinkedHashMap<>(this.identity);
        extraIdentity.forEach((k, v) -> identity.put("amendment/" + k, v));
        identity.put("amendment/without", String.join(",", new java.util.TreeSet<>(withoutRulesOf)));
        Map<String, String> allDrl = new LinkedHashMap<>(drlByName);
        shownAs.forEach((path, name) -> allDrl.put(name, files.get(path)));
        return new RuleBase(amended, Hashing.sha256(identity), Map.copyOf(allDrl), packagePath, Map.copyOf(identity));
    }

    private static KieBase compile(Map<String, String> files, java.util.function.UnaryOperator<String> shownName) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // A unique release id per build, so rebuilt rule sets (amendments) never collide.
        ReleaseId releaseId = ks.newReleaseId("kz.socialservices.checker", "rules-runtime",
                "1.0." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        files.forEach((path, drl) -> kfs.write(RESOURCES + path, drl));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            List<DrlError> out = new ArrayList<>();
            for (Message m : errors) {
                String path = m.getPath() == null ? "" : m.getPath().replaceFirst("^" + RESOURCES, "");
                out.add(new DrlError(path.isEmpty() ? "?" : shownName.apply(path), m.getLine(), m.getColumn(), m.getText()));
            }
            throw new CompileException(out);
        }
        return ks.newKieContainer(releaseId).getKieBase();
    }

    public KieBase kieBase() {
        return kieBase;
    }

    public String hash() {
        return hash;
    }

    /** The DRL texts this rule base was built from, by file name. */
    public Map<String, String> drl() {
        return drlByName;
    }

    /** Every rule's name, for the convention test that ties rules to requirements. */
    public List<String> ruleNames() {
        List<String> names = new ArrayList<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().stream().map(Rule::getName).forEach(names::add));
        return names;
    }

}
