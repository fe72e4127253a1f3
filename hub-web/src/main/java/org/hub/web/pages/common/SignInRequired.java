package org.hub.web.pages.common;

/** Thrown by a page that needs a signed-in viewer; answered with a redirect to {@code /login}. */
public final class SignInRequired extends RuntimeException {
    private final String returnTo;

    public SignInRequired(String returnTo) {
        super("sign in required", null, false, false);
        this.returnTo = returnTo;
    }

    public String returnTo() {
        return returnTo;
    }
}
