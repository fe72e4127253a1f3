package org.hub.web.pages.admin;

import java.util.List;
import java.util.Map;
import org.hub.api.users.Department;
import org.hub.api.users.User;
import org.hub.web.pages.common.FormErrors;
import org.hub.web.pages.common.PageView;
import org.hub.web.pages.common.Viewer;

/** {@code /admin/people}: one page of people by username, and the form to add a person. */
public final class PeopleView extends PageView {
    /** A person in the list. */
    public record Person(String username, String displayName, String department, String role, boolean active) {
        static Person of(User u) {
            return new Person(
                    u.username(),
                    u.displayName(),
                    u.department() == null ? "" : u.department().name(),
                    RoleLabels.of(u.role()),
                    u.active());
        }
    }

    private final List<Department> departments;
    private final List<Person> people;
    private final String nextAfter;
    private final boolean laterPage;
    private final FormErrors errors;
    private final Map<String, String> typed;
    private final String notice;

    PeopleView(
            Viewer viewer,
            List<Department> departments,
            List<Person> people,
            String nextAfter,
            boolean laterPage,
            FormErrors errors,
            Map<String, String> typed,
            String notice) {
        super("admin-people.mustache", viewer, (errors.any() ? "Error: " : "") + "People", Section.ADMIN);
        this.departments = departments;
        this.people = people;
        this.nextAfter = nextAfter;
        this.laterPage = laterPage;
        this.errors = errors;
        this.typed = typed;
        this.notice = notice;
    }

    public List<Department> departments() {
        return departments;
    }

    public List<Person> people() {
        return people;
    }

    /** The last username shown when there are more, for the next page's {@code ?after=}. */
    public String nextAfter() {
        return nextAfter;
    }

    /** Whether this is not the first page, for a link back to it. */
    public boolean laterPage() {
        return laterPage;
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
