package org.hub.web.pages.common;

import io.dropwizard.views.common.View;
import java.nio.charset.StandardCharsets;
import org.hub.api.users.User;

/**
 * What every page's template can use: the page title, the signed-in user, their CSRF token for
 * forms ({@code <input type="hidden" name="csrf" value="{{csrf}}">}), and which part of the site
 * the page belongs to, for the navigation's {@code aria-current}. Each page is one resource, one
 * subclass of this view and one template beside the view that extends
 * {@code {{</org/hub/web/pages/common/layout}}} (shared partials are named by absolute path).
 */
public abstract class PageView extends View {
    /** The part of the site a page belongs to; the navigation marks it as current. */
    public enum Section {
        HOME,
        GROUPS,
        ASK,
        SEARCH,
        GUIDANCE,
        PROFILE,
        ADMIN,
        OTHER
    }

    private final Viewer viewer;
    private final String title;
    private final Section section;
    private FollowControl follow;

    /**
     * @param template the template's file name in the view's package, e.g. {@code "home.mustache"}
     * @param viewer   who is signed in, or null on the sign-in and error pages
     * @param title    what the page is about; the browser title adds the site's name
     */
    protected PageView(String template, Viewer viewer, String title, Section section) {
        super(template, StandardCharsets.UTF_8);
        this.viewer = viewer;
        this.title = title;
        this.section = section;
    }

    public String title() {
        return title;
    }

    public boolean signedIn() {
        return viewer != null;
    }

    /** The signed-in user, or null. */
    public User me() {
        return viewer == null ? null : viewer.user();
    }

    public String csrf() {
        return viewer == null ? "" : viewer.csrfToken();
    }

    public boolean admin() {
        return viewer != null && viewer.user().isAdmin();
    }

    public boolean curator() {
        return viewer != null && viewer.user().isCurator();
    }

    /** The unread notifications the header's bell shows; 0 when signed out. */
    public int unreadNotifications() {
        return viewer == null ? 0 : viewer.unreadNotifications();
    }

    public boolean hasUnreadNotifications() {
        return unreadNotifications() > 0;
    }

    /** The follow control of a page about something one can follow, once the response filter has set it. */
    public FollowControl follow() {
        return follow;
    }

    public void follow(FollowControl control) {
        this.follow = control;
    }

    /** What the header's search box shows; the search page shows the current query. */
    public String searchQuery() {
        return "";
    }

    public boolean inHome() {
        return section == Section.HOME;
    }

    public boolean inGroups() {
        return section == Section.GROUPS;
    }

    public boolean inAsk() {
        return section == Section.ASK;
    }

    public boolean inSearch() {
        return section == Section.SEARCH;
    }

    public boolean inGuidance() {
        return section == Section.GUIDANCE;
    }

    public boolean inAdmin() {
        return section == Section.ADMIN;
    }

    protected Viewer viewer() {
        return viewer;
    }
}
