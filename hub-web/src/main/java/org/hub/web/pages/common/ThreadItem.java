package org.hub.web.pages.common;

import java.util.List;
import org.hub.api.threads.ThreadKind;
import org.hub.api.threads.ThreadSummary;

/** A thread in a list, as the templates show it. */
public record ThreadItem(
        long id,
        String title,
        String groupSlug,
        String groupName,
        String authorName,
        String authorUsername,
        String department,
        String date,
        String isoDate,
        long answers,
        boolean answered,
        boolean question,
        List<String> tags) {

    public static ThreadItem of(ThreadSummary t) {
        return new ThreadItem(
                t.id(),
                t.title(),
                t.group().slug(),
                t.group().name(),
                t.author().displayName(),
                t.author().username(),
                t.author().department() == null ? "" : t.author().department().name(),
                Dates.day(t.createdAt()),
                Dates.iso(t.createdAt()),
                t.postCount(),
                t.acceptedPostId() != null,
                t.kind() == ThreadKind.QUESTION,
                t.tags());
    }

    public boolean oneAnswer() {
        return answers == 1;
    }
}
