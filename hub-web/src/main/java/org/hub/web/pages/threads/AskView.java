package org.hub.web.pages.threads;

import java.util.List;
import org.hub.web.pages.common.FormErrors;
import org.hub.web.pages.common.HitItem;
import org.hub.web.pages.common.PageView;
import org.hub.web.pages.common.Viewer;

/** The ask form: the groups to ask in, what was typed, errors, and on review the similar questions. */
public final class AskView extends PageView {
    /** A group the viewer may ask in; {@code selected} when it is the one chosen. */
    public record GroupChoice(String slug, String name, boolean selected) {}

    private final List<GroupChoice> groups;
    private final List<GroupChoice> openGroups;
    private final String questionTitle;
    private final String body;
    private final String tags;
    private final String kind;
    private final FormErrors errors;
    private final List<HitItem> similar;
    private final boolean reviewing;

    public AskView(
            Viewer viewer,
            List<GroupChoice> groups,
            List<GroupChoice> openGroups,
            String questionTitle,
            String body,
            String tags,
            String kind,
            FormErrors errors,
            List<HitItem> similar,
            boolean reviewing) {
        super("ask.mustache", viewer, errors.any() ? "Error: Ask a question" : "Ask a question", Section.ASK);
        this.groups = groups;
        this.openGroups = openGroups;
        this.questionTitle = questionTitle;
        this.body = body;
        this.tags = tags;
        this.kind = kind;
        this.errors = errors;
        this.similar = similar;
        this.reviewing = reviewing;
    }

    public List<GroupChoice> groups() {
        return groups;
    }

    /** Open groups the viewer is not in: asking in one joins it, so no one is turned away. */
    public List<GroupChoice> openGroups() {
        return openGroups;
    }

    public boolean noGroups() {
        return groups.isEmpty() && openGroups.isEmpty();
    }

    public String questionTitle() {
        return questionTitle;
    }

    public String body() {
        return body;
    }

    public String tags() {
        return tags;
    }

    public boolean discussion() {
        return "discussion".equals(kind);
    }

    public FormErrors errors() {
        return errors;
    }

    public List<HitItem> similar() {
        return similar;
    }

    public boolean reviewing() {
        return reviewing;
    }
}
