package org.hub.web.pages.threads;

import java.util.List;
import org.hub.api.threads.Revision;
import org.hub.web.pages.common.Dates;
import org.hub.web.pages.common.PageView;
import org.hub.web.pages.common.Viewer;

/** Every version of a thread's question and answers, newest first, with who made it. */
public final class RevisionsView extends PageView {
    /** One revision as shown: of the question (with its title) or of an answer. */
    public record Item(
            Long postId,
            int version,
            String editorName,
            String editorUsername,
            String date,
            String isoDate,
            String title,
            String body,
            boolean original) {
        static Item of(Revision r) {
            return new Item(
                    r.postId(),
                    r.version(),
                    r.editor().displayName(),
                    r.editor().username(),
                    Dates.dayTime(r.editedAt()),
                    Dates.iso(r.editedAt()),
                    r.title(),
                    r.body(),
                    r.version() == 1);
        }

        public boolean ofQuestion() {
            return postId == null;
        }
    }

    private final long id;
    private final String threadTitle;
    private final List<Item> revisions;

    public RevisionsView(Viewer viewer, long id, String threadTitle, List<Item> revisions) {
        super("revisions.mustache", viewer, "Revisions: " + threadTitle, Section.GROUPS);
        this.id = id;
        this.threadTitle = threadTitle;
        this.revisions = revisions;
    }

    public long id() {
        return id;
    }

    public String threadTitle() {
        return threadTitle;
    }

    public List<Item> revisions() {
        return revisions;
    }
}
