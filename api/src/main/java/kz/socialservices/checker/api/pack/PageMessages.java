package kz.socialservices.checker.api.pack;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The labels of the pages and the inspection pack in one language: the bundle {@code web/messages}
 * (ru, kk, en), the same files Spring's message source reads for the pages, so the command line's
 * pack and the server's say the same words.
 */
public final class PageMessages {

    public static final String BUNDLE = "web/messages";

    private final ResourceBundle bundle;
    private final String language;

    public PageMessages(String language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String language() {
        return language;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no label " + key + " in " + BUNDLE + " for " + language, e);
        }
    }

    public String format(String key, Object... args) {
        return String.format(Locale.ROOT, get(key), args);
    }

    /** A requirement's title in this language, or its id where the bundle has none (an amendment's). */
    public String requirement(String id) {
        return bundle.containsKey("requirement." + id) ? bundle.getString("requirement." + id) : id;
    }
}
