package org.hub.web.pages.moderation;

import java.util.Arrays;
import java.util.List;
import org.hub.api.threads.FlagReason;
import org.hub.api.threads.Post;
import org.hub.web.pages.common.FormErrors;
import org.hub.web.pages.common.PageView;
import org.hub.web.pages.common.Viewer;

/** Flagging an answer for the group's moderators: the answer, and one reason to choose. */
public final class FlagView extends PageView {
    /** The first radio button: where the error summary's link takes the person. */
    static final String FIRST_REASON = FlagReason.WRONG_OR_OUTDATED.wireName();

    private final Post post;
    private final String chosen;
    private final FormErrors errors;

    public FlagView(Viewer viewer, Post post, String chosen, FormErrors errors) {
        super("flag.mustache", viewer, (errors.any() ? "Error: " : "") + "Flag an answer", Section.GROUPS);
        this.post = post;
        this.chosen = chosen;
        this.errors = errors;
    }

    /** A reason as a radio button: its wire value, its words, whether it was chosen. */
    public record Reason(String value, String label, String hint, boolean checked) {}

    public long postId() {
        return post.id();
    }

    public long threadId() {
        return post.threadId();
    }

    public String authorName() {
        return post.author().displayName();
    }

    /** The answer's sanitised Markdown HTML. */
    public String bodyHtml() {
        return post.bodyHtml();
    }

    public List<Reason> reasons() {
        return Arrays.stream(FlagReason.values())
                .map(r ->
                        new Reason(r.wireName(), label(r), hint(r), r.wireName().equals(chosen)))
                .toList();
    }

    public FormErrors errors() {
        return errors;
    }

    public String errorMessage() {
        return errors.field().get("reason-" + FIRST_REASON);
    }

    static String label(FlagReason reason) {
        return switch (reason) {
            case WRONG_OR_OUTDATED -> "Wrong or out of date";
            case OFF_TOPIC -> "Off-topic";
            case PERSONAL_DATA -> "Personal data";
            case OFFENSIVE -> "Offensive";
        };
    }

    private static String hint(FlagReason reason) {
        return switch (reason) {
            case WRONG_OR_OUTDATED -> "The advice is wrong, or the rules have changed since.";
            case OFF_TOPIC -> "It does not answer the question or belong in this group.";
            case PERSONAL_DATA ->
                "It names or identifies a resident, client or colleague. Three such flags hide it until a moderator decides.";
            case OFFENSIVE -> "It is rude, abusive or discriminatory.";
        };
    }
}
