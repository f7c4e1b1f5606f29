package kz.socialservices.checker.api.web.pages;

import java.util.List;
import java.util.Locale;
import kz.socialservices.checker.standard.DvStandard;
import org.springframework.context.i18n.LocaleContextHolder;

/** The page's language as the bundles and the engine name it. */
final class Pages {

    private Pages() {
    }

    static String language() {
        Locale locale = LocaleContextHolder.getLocale();
        String tag = locale == null ? "ru" : locale.getLanguage();
        return DvStandard.LANGUAGES.contains(tag) ? tag : "ru";
    }

    static final List<String> LANGUAGES = List.of("ru", "kk", "en");

    /** A temporary copy of a register, deleted; null is nothing to delete. */
    static void deleteQuietly(java.nio.file.Path p) {
        if (p != null) {
            try {
                java.nio.file.Files.deleteIfExists(p);
            } catch (java.io.IOException ignored) {
                // a temporary file; the OS cleans its temp directory
            }
        }
    }
}
