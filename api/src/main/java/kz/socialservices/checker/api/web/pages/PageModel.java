package kz.socialservices.checker.api.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page's template reads: its language, the address of this page in another language, and formatted labels. */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

    @ModelAttribute
    void common(HttpServletRequest request, Model model) {
        model.addAttribute("pageLang", Pages.language());
        model.addAttribute("caller", kz.socialservices.checker.api.accounts.Caller.current().orElse(null));
        model.addAttribute("languages", Pages.LANGUAGES);
        String query = request.getQueryString();
        UriComponentsBuilder here = UriComponentsBuilder.fromPath(request.getRequestURI()).query(query).replaceQueryParam("lang");
        model.addAttribute("here", here.build().toUriString());
        model.addAttribute("hereJoin", here.build().getQuery() == null ? "?" : "&");
    }

    /** Labels with numbers ({@code %d}, as the pack's): {@code ${@pageText.format('centre.summary', a, b, c)}}. */
    @Component("pageText")
    static class PageText {
        private final MessageSource messages;
        private final kz.socialservices.checker.api.evaluation.EvaluationService evaluations;

        PageText(MessageSource messages, kz.socialservices.checker.api.evaluation.EvaluationService evaluations) {
            this.messages = messages;
            this.evaluations = evaluations;
        }

        /** A code's label (verdict, severity, ownership...) in the page's language, from the standard's bundles. */
        public String code(String code) {
            var labels = evaluations.standard().messages().labels();
            return labels.hasCode(Pages.language(), code) ? labels.code(Pages.language(), code) : code;
        }

        /** Case fields' labels in the page's language, joined. */
        public String columns(java.util.List<String> fields) {
            var labels = evaluations.standard().messages().labels();
            return String.join(", ", fields.stream().map(f -> labels.column(Pages.language(), f)).toList());
        }

        /** A requirement's legal basis: its basis and the source it cites. */
        public String basis(String requirement) {
            return evaluations.standard().catalogue().find(requirement).map(r -> r.basis() + " — " + r.source()).orElse("ASSUMED");
        }

        public String format(String key, Object... args) {
            Locale locale = LocaleContextHolder.getLocale();
            return String.format(Locale.ROOT, messages.getMessage(key, null, locale), args);
        }

        /** A requirement's title in the page's language, or its id (an amendment's). */
        public String requirement(String id) {
            return messages.getMessage("requirement." + id, null, id, LocaleContextHolder.getLocale());
        }

        /** A transition such as NON_COMPLIANT->COMPLIANT with both verdicts' labels in the page's language. */
        public String transition(String transition) {
            String[] sides = transition.split("->", 2);
            return code(sides[0]) + " → " + code(sides[1]);
        }

        /** A rate as a percentage with one decimal, or null (suppressed or undefined). */
        public String percent(Double rate) {
            return rate == null ? null : Percent.of(rate);
        }
    }
}
