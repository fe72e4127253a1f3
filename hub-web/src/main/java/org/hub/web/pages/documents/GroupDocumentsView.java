package org.hub.web.pages.documents;

import java.util.List;
import org.hub.web.pages.common.DocumentItem;
import org.hub.web.pages.common.FormErrors;
import org.hub.web.pages.common.GroupItem;
import org.hub.web.pages.common.PageView;
import org.hub.web.pages.common.Viewer;

/** A group's documents, newest first, and the upload form for its members. */
public final class GroupDocumentsView extends PageView {
    private final GroupItem group;
    private final List<DocumentItem> documents;
    private final String nextCursor;
    private final boolean canUpload;
    private final FormErrors errors;

    GroupDocumentsView(
            Viewer viewer,
            GroupItem group,
            List<DocumentItem> documents,
            String nextCursor,
            boolean canUpload,
            FormErrors errors) {
        super("group-documents.mustache", viewer, "Documents – " + group.name(), Section.GROUPS);
        this.group = group;
        this.documents = documents;
        this.nextCursor = nextCursor;
        this.canUpload = canUpload;
        this.errors = errors;
    }

    public GroupItem group() {
        return group;
    }

    public List<DocumentItem> documents() {
        return documents;
    }

    public String nextCursor() {
        return nextCursor;
    }

    public boolean canUpload() {
        return canUpload;
    }

    public FormErrors errors() {
        return errors;
    }
}
