package org.hub.web.pages.threads;

import java.util.List;
import org.hub.api.groups.Group;
import org.hub.api.threads.HubThread;
import org.hub.api.threads.ThreadKind;
import org.hub.web.pages.common.Dates;
import org.hub.web.pages.common.Followable;
import org.hub.web.pages.common.FormErrors;
import org.hub.web.pages.common.HitItem;
import org.hub.web.pages.common.PageView;
import org.hub.web.pages.common.TagText;
import org.hub.web.pages.common.TagText.TagLink;
import org.hub.web.pages.common.Viewer;

/** A thread: the question, its answers with the accepted one first, related items and the reply form. */
public final class ThreadView extends PageView implements Followable {
    private final HubThread thread;
    private final List<PostItem> answers;
    private final List<HitItem> related;
    private final boolean canEdit;
    private final boolean canReply;
    private final String replyDraft;
    private final FormErrors errors;
    private final String notice;
    private final boolean canModerate;
    private final List<Group.GroupRef> moveTargets;
    private final boolean joinToAnswer;

    public ThreadView(
            Viewer viewer,
            HubThread thread,
            List<PostItem> answers,
            List<HitItem> related,
            boolean canEdit,
            boolean canReply,
            String replyDraft,
            FormErrors errors,
            String notice,
            boolean canModerate,
            List<Group.GroupRef> moveTargets,
            boolean joinToAnswer) {
        super("thread.mustache", viewer, (errors.any() ? "Error: " : "") + thread.title(), Section.GROUPS);
        this.thread = thread;
        this.answers = answers;
        this.related = related;
        this.canEdit = canEdit;
        this.canReply = canReply;
        this.replyDraft = replyDraft;
        this.errors = errors;
        this.notice = notice;
        this.canModerate = canModerate;
        this.moveTargets = moveTargets;
        this.joinToAnswer = joinToAnswer;
    }

    /**
     * The viewer is not a member of this open group: the answer form is shown all the same, and
     * posting it joins the group first, so answering across departments is one step.
     */
    public boolean joinToAnswer() {
        return joinToAnswer;
    }

    /** The answer form is shown to members and to those whom posting it would join, unless the thread is locked. */
    public boolean showReplyForm() {
        return (canReply || joinToAnswer) && !thread.locked();
    }

    /** The group's moderators lock, unlock and move the thread, and see hidden answers marked. */
    public boolean canModerate() {
        return canModerate;
    }

    public boolean locked() {
        return thread.locked();
    }

    /** The groups the viewer may move this thread to: the others they belong to. */
    public List<Group.GroupRef> moveTargets() {
        return moveTargets;
    }

    /** Named apart from the answers' {@code id}, so forms inside the answers loop can use it. */
    @Override
    public Followable.Target followTarget() {
        return new Followable.Target("thread", Long.toString(threadId()));
    }

    public long threadId() {
        return thread.id();
    }

    public String threadTitle() {
        return thread.title();
    }

    /** The question's sanitised Markdown HTML. */
    public String bodyHtml() {
        return thread.bodyHtml();
    }

    public String groupSlug() {
        return thread.group().slug();
    }

    public String groupName() {
        return thread.group().name();
    }

    public String authorName() {
        return thread.author().displayName();
    }

    public String authorUsername() {
        return thread.author().username();
    }

    public String department() {
        return thread.author().department() == null
                ? ""
                : thread.author().department().name();
    }

    public String date() {
        return Dates.dayTime(thread.createdAt());
    }

    public String isoDate() {
        return Dates.iso(thread.createdAt());
    }

    public boolean edited() {
        return thread.version() > 1;
    }

    /** The revision history is linked only when there is one: the question or an answer was edited. */
    public boolean hasRevisions() {
        return edited() || answers.stream().anyMatch(PostItem::edited);
    }

    public List<String> tags() {
        return thread.tags();
    }

    public boolean question() {
        return thread.kind() == ThreadKind.QUESTION;
    }

    public boolean answered() {
        return thread.acceptedPostId() != null;
    }

    public List<PostItem> answers() {
        return answers;
    }

    public int answerCount() {
        return answers.size();
    }

    public boolean oneAnswer() {
        return answers.size() == 1;
    }

    public List<HubThread.GuidanceRef> guidance() {
        return thread.guidance();
    }

    public List<HitItem> related() {
        return related;
    }

    public boolean canEdit() {
        return canEdit;
    }

    /** Members answer, unless the thread is locked. */
    public boolean canReply() {
        return canReply && !thread.locked();
    }

    public String replyDraft() {
        return replyDraft;
    }

    public FormErrors errors() {
        return errors;
    }

    public String notice() {
        return notice;
    }

    /** The tags as links to the search filtered by each. */
    public List<TagLink> tagLinks() {
        return TagText.links(thread.tags());
    }
}
