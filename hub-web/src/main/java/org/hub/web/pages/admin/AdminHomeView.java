package org.hub.web.pages.admin;

import org.hub.web.pages.common.PageView;
import org.hub.web.pages.common.Viewer;

/** The admin start page: what each section is for, one link each. */
public final class AdminHomeView extends PageView {
    private final int departments;

    AdminHomeView(Viewer viewer, int departments) {
        super("admin-home.mustache", viewer, "Admin", Section.ADMIN);
        this.departments = departments;
    }

    public int departments() {
        return departments;
    }
}
