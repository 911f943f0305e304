package vn.danhgia.dashboard.web;

import io.javalin.security.RouteRole;

/**
 * Who may reach a route. Every route declares one (a test walks the route table); a route without one
 * is refused to everybody. Each role includes the ones before it: an admin may do what an analyst may,
 * an analyst what a viewer may.
 */
public enum Access implements RouteRole {
    /** The login page and the static assets: no account needed. */
    PUBLIC,
    /** Members of the Standing Committee: dashboards, findings, reports. */
    VIEWER,
    /** Analysts of the Organization Board: also the data page, uploads, pseudonyms. */
    ANALYST,
    /** Administrators: also identities, accounts and the audit log. */
    ADMIN;

    /** Whether someone with {@code granted} may reach a route that requires this. */
    public boolean allows(Access granted) {
        return this == PUBLIC || granted.ordinal() >= ordinal();
    }
}
