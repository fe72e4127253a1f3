package org.hub.web.pages.moderation;

import java.util.List;
import org.hub.api.threads.FlaggedPost;
import org.hub.web.pages.common.Dates;

/** A flagged answer in the queue, with its flag count and the reasons in words. */
public record QueueItem(
        long postId,
        long threadId,
        String threadTitle,
        String bodyHtml,
        String authorName,
        long flagCount,
        List<String> reasons,
        boolean hidden,
        String firstFlagged,
        String isoFirstFlagged) {

    static QueueItem of(FlaggedPost p) {
        return new QueueItem(
                p.postId(),
                p.threadId(),
                p.threadTitle(),
                p.bodyHtml(),
                p.author().displayName(),
                p.flagCount(),
                p.reasons().entrySet().stream()
                        .map(e -> FlagView.label(e.getKey()) + " (" + e.getValue() + ")")
                        .toList(),
                p.hidden(),
                Dates.dayTime(p.firstFlaggedAt()),
                Dates.iso(p.firstFlaggedAt()));
    }

    public boolean oneFlag() {
        return flagCount == 1;
    }
}
