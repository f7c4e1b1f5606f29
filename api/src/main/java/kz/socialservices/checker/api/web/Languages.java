package kz.socialservices.checker.api.web;

import kz.socialservices.checker.api.evaluation.Problems;
import kz.socialservices.checker.standard.DvStandard;

/** The language an answer is given in, the same way for every endpoint. */
public final class Languages {

    private Languages() {
    }

    /** {@code lang}, else the first of en, ru, kk in {@code Accept-Language}, else English. */
    public static String pick(String lang, String acceptLanguage) {
        if (lang != null) {
            if (!DvStandard.LANGUAGES.contains(lang)) {
                throw new Problems.BadRequestException("lang must be one of " + DvStandard.LANGUAGES);
            }
            return lang;
        }
        if (acceptLanguage != null) {
            try {
                for (var range : java.util.Locale.LanguageRange.parse(acceptLanguage)) {
                    String tag = range.getRange().split("-")[0];
                    if (DvStandard.LANGUAGES.contains(tag)) {
                        return tag;
                    }
                }
            } catch (IllegalArgumentException ignored) {
                // a malformed header is no reason to refuse: fall back to English
            }
        }
        return "en";
    }
}
