package org.hub.web.pages;

import io.dropwizard.assets.AssetsBundle;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.views.common.ViewBundle;
import io.dropwizard.views.mustache.MustacheViewRenderer;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.glassfish.jersey.server.ServerProperties;
import org.hub.api.audit.AuditReader;
import org.hub.api.auth.AuthService;
import org.hub.api.auth.SessionCookies;
import org.hub.api.directory.DirectorySync;
import org.hub.api.documents.DocumentService;
import org.hub.api.documents.MultipartUpload;
import org.hub.api.groups.GroupService;
import org.hub.api.guidance.GuidanceService;
import org.hub.api.guidance.SynonymService;
import org.hub.api.notifications.NotificationService;
import org.hub.api.notifications.SubscriptionService;
import org.hub.api.people.UserService;
import org.hub.api.search.SearchService;
import org.hub.api.sso.OidcSignIn;
import org.hub.api.threads.FlagService;
import org.hub.api.threads.ModerationService;
import org.hub.api.threads.ThreadService;
import org.hub.web.pages.admin.AdminPageResource;
import org.hub.web.pages.admin.AuditPageResource;
import org.hub.web.pages.admin.PeopleAdminPageResource;
import org.hub.web.pages.common.ErrorPageFilter;
import org.hub.web.pages.common.SignInRequiredMapper;
import org.hub.web.pages.documents.DocumentPageResource;
import org.hub.web.pages.groups.GroupPageResource;
import org.hub.web.pages.groups.GroupsPageResource;
import org.hub.web.pages.guidance.GuidancePageResource;
import org.hub.web.pages.home.HomePageResource;
import org.hub.web.pages.login.LoginPageResource;
import org.hub.web.pages.login.SsoPageResource;
import org.hub.web.pages.moderation.ModerationPageResource;
import org.hub.web.pages.notifications.FollowControlFilter;
import org.hub.web.pages.notifications.NotificationsPageResource;
import org.hub.web.pages.search.SearchPageResource;
import org.hub.web.pages.threads.AskPageResource;
import org.hub.web.pages.threads.ThreadPageResource;
import org.hub.web.pages.users.UserProfilePageResource;
import org.hub.web.security.CsrfFilter;
import org.hub.web.security.PageViewerFilter;
import org.hub.web.security.SecurityHeadersFilter;

/**
 * The browser side of the hub: Mustache pages, static assets under {@code /assets}, and the filters
 * every page relies on (viewer from the session cookie, CSRF, security headers, HTML error pages).
 * Pages call the hub-api services directly, so every rule lives there once.
 *
 * <p>One package per part of the site ({@code threads}, {@code groups}, {@code documents},
 * {@code guidance}, {@code search}, {@code users}, {@code home}, {@code login}, {@code admin}),
 * each holding its resources, views, items and templates. They depend only on {@code common}
 * (the layout, the viewer, form errors, and the list items several parts show), never on each
 * other; the request filters live in {@code org.hub.web.security}.
 *
 * <p>To add a page: a {@code XxxPageResource} at {@code @Path("/")} with the page's path on its
 * methods (root resources share "/" so that Jersey merges them; a root path like "/groups/{slug}"
 * would hide sub-paths declared in other classes), which starts with {@code Viewer.required(request)};
 * a view extending {@link org.hub.web.pages.common.PageView}; a template beside it that extends
 * {@code /org/hub/web/pages/common/layout}; registration below. Forms post with
 * {@code <input type="hidden" name="csrf" value="{{csrf}}">} and answer with a 303 redirect; a
 * mistake the person can fix is shown again on the form through
 * {@link org.hub.web.pages.common.FormSubmission}, with the shared error-summary partial at the top;
 * other service errors (403, 404, 409) become the HTML error page.
 */
public final class Pages {
    private Pages() {}

    /** The hub-api services the pages call, wired in {@code HubApplication.run}. */
    public record Services(
            AuthService auth,
            SessionCookies cookies,
            UserService users,
            GroupService groups,
            ThreadService threads,
            ModerationService moderation,
            FlagService flags,
            SearchService search,
            GuidanceService guidance,
            DocumentService documents,
            SynonymService synonyms,
            AuditReader audit,
            MultipartUpload uploads,
            Optional<OidcSignIn> sso,
            NotificationService notifications,
            SubscriptionService subscriptions,
            Optional<DirectorySync> directory,
            org.hub.api.account.ProfileService profiles) {}

    /** Bundles that must be added during bootstrap: the Mustache renderer and the static assets. */
    public static <T extends Configuration> void initialize(Bootstrap<T> bootstrap) {
        bootstrap.addBundle(new ViewBundle<>(List.of(new MustacheViewRenderer())));
        bootstrap.addBundle(new AssetsBundle("/assets", "/assets", null, "assets"));
    }

    public static void register(Environment environment, Services services) {
        environment
                .servlets()
                .addFilter(
                        "security-headers",
                        new SecurityHeadersFilter(services.sso().map(OidcSignIn::signOutOrigin)))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
        var jersey = environment.jersey();
        // A redirect's Location stays the site-relative path the page gave. By default Jersey makes
        // it absolute from the request's Host header, which the client chooses, so a forged Host
        // turned a sign-in into a redirect to another site (issue 11, finding 12).
        jersey.property(ServerProperties.LOCATION_HEADER_RELATIVE_URI_RESOLUTION_DISABLED, true);
        jersey.register(new PageViewerFilter(services.auth(), services.notifications()));
        jersey.register(new CsrfFilter());
        jersey.register(new ErrorPageFilter());
        jersey.register(new SignInRequiredMapper());

        jersey.register(new LoginPageResource(services.auth(), services.cookies(), services.sso()));
        services.sso().ifPresent(sso -> jersey.register(new SsoPageResource(sso, services.cookies())));
        jersey.register(
                new HomePageResource(services.groups(), services.threads(), services.guidance(), services.search()));
        jersey.register(new GroupsPageResource(services.groups()));
        jersey.register(new GroupPageResource(services.groups(), services.threads(), services.documents()));
        jersey.register(new AskPageResource(services.groups(), services.threads(), services.search()));
        jersey.register(new ThreadPageResource(services.groups(), services.threads(), services.search()));
        jersey.register(new ModerationPageResource(
                services.groups(), services.threads(), services.moderation(), services.flags()));
        jersey.register(new SearchPageResource(services.search()));
        jersey.register(new UserProfilePageResource(services.profiles(), services.threads(), services.search()));
        jersey.register(new GuidancePageResource(services.guidance()));
        jersey.register(new DocumentPageResource(services.groups(), services.documents(), services.uploads()));
        jersey.register(new AdminPageResource(services.users(), services.synonyms(), services.directory()));
        jersey.register(new PeopleAdminPageResource(services.users()));
        jersey.register(new AuditPageResource(services.audit()));
        jersey.register(new NotificationsPageResource(services.notifications(), services.subscriptions()));
        jersey.register(new FollowControlFilter(services.subscriptions()));
    }
}
