package org.hub.web.pages.admin;

import java.util.List;
import java.util.Map;
import org.hub.api.users.Department;
import org.hub.web.pages.common.FormErrors;
import org.hub.web.pages.common.PageView;
import org.hub.web.pages.common.Viewer;

/** {@code /admin/departments}: the departments and the form to add one. */
public final class DepartmentsView extends PageView {
    private final List<Department> departments;
    private final FormErrors errors;
    private final Map<String, String> typed;
    private final String notice;

    DepartmentsView(
            Viewer viewer, List<Department> departments, FormErrors errors, Map<String, String> typed, String notice) {
        super("admin-departments.mustache", viewer, (errors.any() ? "Error: " : "") + "Departments", Section.ADMIN);
        this.departments = departments;
        this.errors = errors;
        this.typed = typed;
        this.notice = notice;
    }

    public List<Department> departments() {
        return departments;
    }

    public FormErrors errors() {
        return errors;
    }

    /** What was typed into the form that failed, by field id. */
    public Map<String, String> typed() {
        return typed;
    }

    public String notice() {
        return notice;
    }
}
