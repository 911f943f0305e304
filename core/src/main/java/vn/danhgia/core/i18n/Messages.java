package vn.danhgia.core.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * User-facing text. Every word a user reads comes from a resource bundle, Vietnamese by default and
 * English when {@code DANHGIA_LANG=en} (or the system property {@code danhgia.lang=en}) is set.
 * Bundles are UTF-8 properties files (Java 9+).
 */
public final class Messages {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final String bundleName;

    private Messages(String bundleName) {
        this.bundleName = Objects.requireNonNull(bundleName, "bundleName");
    }

    /** Messages of one bundle, e.g. {@code vn.danhgia.core.i18n.messages}. */
    public static Messages of(String bundleName) {
        return new Messages(bundleName);
    }

    /** The core bundle: locations, generic errors, levels and statuses. */
    public static Messages core() {
        return of("vn.danhgia.core.i18n.messages");
    }

    /** The language of this process: Vietnamese unless English was asked for. */
    public static Locale locale() {
        String lang = System.getProperty("danhgia.lang", System.getenv().getOrDefault("DANHGIA_LANG", "vi"));
        return lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : VIETNAMESE;
    }

    public String format(String key, Object... arguments) {
        return format(locale(), key, arguments);
    }

    /** The text in a given language: a server answers each user in the language that user chose. */
    public String format(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(bundleName, locale, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException(
                    "Missing message '" + key + "' in bundle " + bundleName + " for " + locale, e);
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** Whether the bundle has the key (in Vietnamese, the base language every key exists in). */
    public boolean has(String key) {
        return ResourceBundle.getBundle(bundleName, VIETNAMESE, NO_FALLBACK).containsKey(key);
    }

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
