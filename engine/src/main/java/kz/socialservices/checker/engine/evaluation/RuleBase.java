package kz.socialservices.checker.engine.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.rule.Rule;

/** A KieBase built at run time from DRL sources, with the hash that identifies them. */
public final class RuleBase {

    private static final AtomicLong BUILDS = new AtomicLong();

    private final KieBase kieBase;
    private final String hash;

    private RuleBase(KieBase kieBase, String hash) {
        this.kieBase = kieBase;
        this.hash = hash;
    }

    /**
     * @param drlByName DRL texts keyed by file name (e.g. {@code admission.drl}); every file must
     *                  declare the same package
     * @param identity  every text that decides what the rules conclude and say (DRL, catalogue,
     *                  messages): the rule-set hash is taken over these
     */
    public static RuleBase build(Map<String, String> drlByName, String packagePath, Map<String, String> identity) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // A unique release id per build, so rebuilt rule sets (amendments) never collide.
        ReleaseId releaseId = ks.newReleaseId("kz.socialservices.checker", "rules-runtime",
                "1.0." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        TreeMap<String, String> sorted = new TreeMap<>(drlByName);
        sorted.forEach((name, drl) -> kfs.write("src/main/resources/" + packagePath + "/" + name, drl));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the rules do not compile: " + errors);
        }
        KieBase base = ks.newKieContainer(releaseId).getKieBase();
        return new RuleBase(base, Hashing.sha256(identity));
    }

    public KieBase kieBase() {
        return kieBase;
    }

    public String hash() {
        return hash;
    }

    /** Every rule's name, for the convention test that ties rules to requirements. */
    public List<String> ruleNames() {
        List<String> names = new ArrayList<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().stream().map(Rule::getName).forEach(names::add));
        return names;
    }

}
