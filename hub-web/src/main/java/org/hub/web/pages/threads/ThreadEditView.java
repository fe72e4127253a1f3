package org.hub.web.pages.threads;

import org.hub.web.pages.common.FormErrors;
import org.hub.web.pages.common.PageView;
import org.hub.web.pages.common.Viewer;

/** Editing a thread's title, question and tags; carries the version it was read at. */
public final class ThreadEditView extends PageView {
    private final long id;
    private final String threadTitle;
    private final String body;
    private final String tags;
    private final int version;
    private final FormErrors errors;

    public ThreadEditView(
            Viewer viewer, long id, String threadTitle, String body, String tags, int version, FormErrors errors) {
        super("thread-edit.mustache", viewer, (errors.any() ? "Error: " : "") + "Edit thread", Section.GROUPS);
        this.id = id;
        this.threadTitle = threadTitle;
        this.body = body;
        this.tags = tags;
        this.version = version;
        this.errors = errors;
    }

    public long id() {
        return id;
    }

    public String threadTitle() {
        return threadTitle;
    }

    public String body() {
        return body;
    }

    public String tags() {
        return tags;
    }

    public int version() {
        return version;
    }

    public FormErrors errors() {
        return errors;
    }
}
