package org.hub.web.pages.common;

/**
 * A message a page shows after a form post redirects back to it with {@code ?done=<name>}
 * (post/redirect/get). Each page keeps its own enum of notices; the lookup lives here once.
 */
public interface PageNotice {
    String text();

    /** The text of the notice {@code done} names, or null when it names none of them. */
    static <E extends Enum<E> & PageNotice> String textOf(Class<E> notices, String done) {
        if (done == null) {
            return null;
        }
        for (E notice : notices.getEnumConstants()) {
            if (notice.name().equalsIgnoreCase(done)) {
                return notice.text();
            }
        }
        return null;
    }
}
