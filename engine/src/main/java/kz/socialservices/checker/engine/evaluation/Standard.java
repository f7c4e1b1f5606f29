package kz.socialservices.checker.engine.evaluation;

import kz.socialservices.checker.engine.calendar.WorkingDayCalendar;
import kz.socialservices.checker.engine.catalogue.RequirementCatalogue;
import kz.socialservices.checker.engine.params.Editions;
import kz.socialservices.checker.engine.params.ParameterSet;

/**
 * Everything that makes up one standard, loaded: what the engine evaluates against.
 *
 * @param parameterHash identifies the parameter values, editions and calendar used
 */
public record Standard<C>(
        String name,
        RequirementCatalogue catalogue,
        ParameterSet parameters,
        Editions editions,
        WorkingDayCalendar calendar,
        RuleBase rules,
        Messages messages,
        CaseAdapter<C> adapter,
        String parameterHash) {
}
