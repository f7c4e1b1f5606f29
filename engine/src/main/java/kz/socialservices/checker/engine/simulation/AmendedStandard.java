package kz.socialservices.checker.engine.simulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import kz.socialservices.checker.engine.evaluation.Standard;

/**
 * A standard with amendments applied, and what they changed against the current text.
 *
 * @param standard   the amended standard (catalogue, parameters, rules, messages)
 * @param packages   the packages applied, each with the date it applies from
 * @param judged     the requirements a simulation judges under the amended text: those added or
 *                   replaced, those reading a changed parameter, those reworded; every other
 *                   finding is the current text's
 * @param added      ids added, replaced, withdrawn, and the parameters changed or introduced
 * @param hash       identifies the current text, the packages' contents and the dates they apply from
 */
public record AmendedStandard<C>(
        Standard<C> base,
        Standard<C> standard,
        List<Applied> packages,
        Set<String> judged,
        List<String> added,
        List<String> replaced,
        List<String> withdrawn,
        List<String> parametersChanged,
        String hash) {

    /** A package as applied: from its effective date, or from the date the drafter gave. */
    public record Applied(AmendmentPackage amendment, LocalDate appliedFrom) {
    }

    /** The current text itself: nothing changes, nothing is judged twice. */
    public static <C> AmendedStandard<C> none(Standard<C> base) {
        return new AmendedStandard<>(base, base, List.of(), Set.of(), List.of(), List.of(), List.of(), List.of(),
                kz.socialservices.checker.engine.evaluation.Hashing.sha256(java.util.Map.of("base", base.rules().hash() + base.parameterHash())));
    }
}
