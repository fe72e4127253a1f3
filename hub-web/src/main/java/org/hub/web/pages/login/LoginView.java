package org.hub.web.pages.login;

import org.hub.web.pages.common.FormErrors;
import org.hub.web.pages.common.PageView;

/** The sign-in form, with the reason it was shown again when signing in failed. */
public final class LoginView extends PageView {
    private final String username;
    private final String next;
    private final String error;
    private final boolean signedOut;

    public LoginView(String username, String next, String error, boolean signedOut) {
        super("login.mustache", null, "Sign in", Section.OTHER);
        this.username = username;
        this.next = next;
        this.error = error;
        this.signedOut = signedOut;
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
