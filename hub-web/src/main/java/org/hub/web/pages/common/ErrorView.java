package org.hub.web.pages.common;

/** An error in the site's layout: what happened, in words, and where to go next. */
public final class ErrorView extends PageView {
    private final int status;
    private final String message;

    public ErrorView(Viewer viewer, int status, String message) {
        super("error.mustache", viewer, headingFor(status), Section.OTHER);
        this.status = status;
        this.message = message;
    }

    public int status() {
        return status;
    }

    public boolean notFound() {
        return status == 404;
    }

    public boolean serverError() {
        return status >= 500;
    }

    /** The service's own message for a person; for 404 and 500 the page says it in its own words. */
    public String message() {
        if (status == 404) {
            return null;
        }
        return message;
    }

    /** The reference a 500's message carries ("logged as 3f2a..."), so staff can quote it. */
    public String serverMessage() {
        return status >= 500 ? message : null;
    }

    private static String headingFor(int status) {
        return switch (status) {
            case 404 -> "Page not found";
            case 403 -> "You cannot do that";
            case 401 -> "Sign in to continue";
            case 409 -> "Someone else changed this first";
            case 400, 422 -> "There is a problem with what was sent";
            case 413 -> "That is too large";
            case 429 -> "Too many attempts";
            default -> status >= 500 ? "Sorry, there is a problem with the service" : "Something went wrong";
        };
    }
}
