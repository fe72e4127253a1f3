package org.hub.web.pages.threads;

import org.hub.api.threads.Post;
import org.hub.web.pages.common.Dates;

/**
 * An answer as the thread page shows it, with what the viewer may do to it. {@code bodyHtml} is
 * the service's sanitised Markdown HTML, the only user-written value printed raw.
 */
public record PostItem(
        long id,
        String bodyHtml,
        String authorName,
        String authorUsername,
        String department,
        String date,
        String isoDate,
        boolean edited,
        long thanks,
        boolean accepted,
        boolean thankedByMe,
        boolean canThank,
        boolean canEdit,
        boolean canAccept,
        boolean hidden,
        boolean canModerate,
        boolean canUnaccept,
        boolean canFlag) {

    static PostItem of(Post p, long viewerId, boolean moderator, boolean mayAccept) {
        boolean own = p.author().id() == viewerId;
        return new PostItem(
                p.id(),
                p.bodyHtml(),
                p.author().displayName(),
                p.author().username(),
                p.author().department() == null ? "" : p.author().department().name(),
                Dates.dayTime(p.createdAt()),
                Dates.iso(p.createdAt()),
                p.updatedAt() != null && p.updatedAt().isAfter(p.createdAt()),
                p.thanks(),
                p.accepted(),
                p.thankedByMe(),
                !own && !p.thankedByMe(),
                own || moderator,
                mayAccept && !p.accepted(),
                p.hidden(),
                moderator,
                mayAccept && p.accepted(),
                !own);
    }

    public boolean oneThank() {
        return thanks == 1;
    }
}
