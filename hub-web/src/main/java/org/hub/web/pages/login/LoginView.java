package org.hub.web.pages.login;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.hub.web.pages.common.FormErrors;
import org.hub.web.pages.common.PageView;

/** The sign-in form, with the reason it was shown again when signing in failed. */
public final class LoginView extends PageView {
    private final String username;
    private final String next;
    private final String error;
    private final boolean signedOut;
    private final Optional<String> provider;

    public LoginView(String username, String next, String error, boolean signedOut) {
        this(username, next, error, signedOut, Optional.empty());
    }

    /** @param provider the identity provider's name, for the "Sign in with …" button, when there is one */
    public LoginView(String username, String next, String error, boolean signedOut, Optional<String> provider) {
        super("login.mustache", null, "Sign in", Section.OTHER);
        this.username = username;
        this.next = next;
        this.error = error;
        this.signedOut = signedOut;
        this.provider = provider;
    }

    /** The provider's name, or nothing (Mustache shows the button only when present). */
    public String provider() {
        return provider.orElse(null);
    }

    /** Where the "Sign in with …" button goes, returning to the same page afterwards. */
    public String providerSignIn() {
        return "/login/sso?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    public String username() {
        return username;
    }

    public String next() {
        return next;
    }

    public String error() {
        return error;
    }

    /** The one error, tied to the username field, for the error summary every form page shows. */
    public FormErrors errors() {
        return error == null ? FormErrors.none() : FormErrors.none().add("username", error);
    }

    public boolean signedOut() {
        return signedOut;
    }
}
