package vn.danhgia.dashboard.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the layout of every page needs: the texts in the user's language, the user, the CSRF token for
 * forms, whether the data is simulated and where it comes from, the page's address (for the language
 * switch and the print header) and the filters the page shows, written out for the printed header.
 */
public record PageContext(
        Texts texts,
        Optional<CurrentUser> user,
        String section,
        String path,
        String query,
        boolean simulated,
        String origin,
        LocalDateTime now,
        List<String> filters) {

    public PageContext {
        Objects.requireNonNull(texts, "texts");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(now, "now");
        filters = List.copyOf(filters);
    }

    /** The same page with the printed header's description of its filters. */
    public PageContext withFilters(List<String> described) {
        return new PageContext(texts, user, section, path, query, simulated, origin, now, described);
    }

    public String t(String key, Object... arguments) {
        return texts.t(key, arguments);
    }

    public String csrf() {
        return user.map(CurrentUser::csrfToken).orElse("");
    }

    public boolean may(Access access) {
        return user.map(u -> u.may(access)).orElse(access == Access.PUBLIC);
    }

    /** This page's address, path and query, as a link target (for "return here after switching language"). */
    public String here() {
        return query.isEmpty() ? path : path + "?" + query;
    }

    public String hereEncoded() {
        return URLEncoder.encode(here(), StandardCharsets.UTF_8);
    }

    public boolean active(String name) {
        return section.equals(name);
    }
}
