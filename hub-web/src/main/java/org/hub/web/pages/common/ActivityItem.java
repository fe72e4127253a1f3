package org.hub.web.pages.common;

import org.hub.api.search.SearchResponse;
import org.hub.api.search.ThreadActivity;

/**
 * One line of a list of what happened, one per thread: the thread's title and what happened in
 * it ("3 new answers", "New thread, 1 answer"); documents and guidance as themselves.
 */
public record ActivityItem(
        String summary,
        String title,
        String url,
        String authorName,
        String groupName,
        String date,
        String isoDate,
        int answers,
        boolean severalAnswers) {

    public static ActivityItem of(ThreadActivity activity) {
        SearchResponse.Hit hit = activity.latest();
        return new ActivityItem(
                summary(activity),
                hit.title(),
                activity.url(),
                hit.author() == null ? null : hit.author().displayName(),
                hit.group() == null ? null : hit.group().name(),
                Dates.day(hit.createdAt()),
                Dates.iso(hit.createdAt()),
                activity.answers(),
                activity.answers() > 1);
    }

    private static String summary(ThreadActivity a) {
        String answers = a.answers() == 1 ? "1 answer" : a.answers() + " answers";
        if (a.started()) {
            return a.answers() == 0 ? "New thread" : "New thread, " + answers;
        }
        if (a.answers() > 0) {
            return a.answers() == 1 ? "New answer" : a.answers() + " new answers";
        }
        return HitItem.typeLabel(a.latest().type());
    }
}
