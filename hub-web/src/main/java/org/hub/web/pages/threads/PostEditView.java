package org.hub.web.pages.threads;

import org.hub.web.pages.common.FormErrors;
import org.hub.web.pages.common.PageView;
import org.hub.web.pages.common.Viewer;

/** Editing an answer; carries the version it was read at. */
public final class PostEditView extends PageView {
    private final long id;
    private final long threadId;
    private final String body;
    private final int version;
    private final FormErrors errors;

    public PostEditView(Viewer viewer, long id, long threadId, String body, int version, FormErrors errors) {
        super("post-edit.mustache", viewer, (errors.any() ? "Error: " : "") + "Edit answer", Section.GROUPS);
        this.id = id;
        this.threadId = threadId;
        this.body = body;
        this.version = version;
        this.errors = errors;
    }

    public long id() {
        return id;
    }

    public long threadId() {
        return threadId;
    }

    public String body() {
        return body;
    }

    public int version() {
        return version;
    }

    public FormErrors errors() {
        return errors;
    }
}
