package org.hub.web.pages.admin;

import org.hub.web.pages.common.PageView;
import org.hub.web.pages.common.Viewer;

/** The admin start page: what each section is for, one link each. */
public final class AdminHomeView extends PageView {
    private final int departments;
    private final boolean directory;
    private final String syncResult;
    private final String syncError;

    AdminHomeView(Viewer viewer, int departments, boolean directory) {
        this(viewer, departments, directory, null, null);
    }

    /** After a directory sync: what it did, or why it failed (then nothing changed). */
    AdminHomeView(Viewer viewer, int departments, boolean directory, String syncResult, String syncError) {
        super("admin-home.mustache", viewer, "Admin", Section.ADMIN);
        this.departments = departments;
        this.directory = directory;
        this.syncResult = syncResult;
        this.syncError = syncError;
    }

    /** Whether a staff directory is configured, so the sync button is shown. */
    public boolean directory() {
        return directory;
    }

    public String syncResult() {
        return syncResult;
    }

    public String syncError() {
        return syncError;
    }

    public int departments() {
        return departments;
    }
}
