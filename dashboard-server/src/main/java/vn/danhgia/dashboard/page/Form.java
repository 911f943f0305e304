package vn.danhgia.dashboard.page;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.danhgia.dashboard.web.HttpError;

/**
 * A page's query string, read strictly: a parameter the page does not know is a 400 that names it and
 * lists the ones it takes (a mistyped bookmark should say so, not silently show other data), and a value
 * of the wrong form is a 400 that names the parameter and the value.
 */
final class Form {
    private Form() {}

    static void allow(Context context, String... names) {
        Set<String> allowed = Set.of(names);
        for (String name : context.queryParamMap().keySet()) {
            if (!allowed.contains(name)) {
                throw HttpError.badRequest("error.unknownParameter", name, String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    static Optional<String> text(Context context, String name) {
        String value = context.queryParam(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    static Optional<Integer> integer(Context context, String name) {
        Optional<String> value = text(context, name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(value.get()));
        } catch (NumberFormatException e) {
            throw HttpError.badRequest("error.badParameter", name, value.get(), "1, 2, 3 …");
        }
    }

    /** A year among the loaded ones; absent means the latest. */
    static int year(Context context, String name, List<Integer> loaded) {
        Optional<Integer> year = integer(context, name);
        if (loaded.isEmpty()) {
            throw new HttpError(404, "error.noYear", year.map(String::valueOf).orElse("–"), "–");
        }
        if (year.isEmpty()) {
            return loaded.stream().max(Integer::compare).orElseThrow();
        }
        if (!loaded.contains(year.get())) {
            throw new HttpError(404, "error.noYear", String.valueOf(year.get()), joinYears(loaded));
        }
        return year.get();
    }

    static String joinYears(List<Integer> years) {
        return String.join(", ", years.stream().map(String::valueOf).toList());
    }

    /** One of a fixed set of codes, or the default when absent. */
    static String choice(Context context, String name, List<String> choices, String fallback) {
        Optional<String> value = text(context, name);
        if (value.isEmpty()) {
            return fallback;
        }
        if (!choices.contains(value.get())) {
            throw HttpError.badRequest("error.badParameter", name, value.get(), String.join(" | ", choices));
        }
        return value.get();
    }
}
