package vn.danhgia.dashboard.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Pieces of addresses: a value in a query string, encoded. */
public final class Links {
    private Links() {}

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
