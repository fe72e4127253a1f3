package org.hub.web.pages.admin;

import java.util.List;
import java.util.Map;
import org.hub.api.audit.AuditEntry;
import org.hub.api.users.Department;
import org.hub.api.users.User;
import org.hub.web.pages.common.Dates;
import org.hub.web.pages.common.FormErrors;
import org.hub.web.pages.common.PageView;
import org.hub.web.pages.common.Viewer;

/** The admin page: departments, people, synonyms and the latest audit entries, with a form for each. */
public final class AdminView extends PageView {
    /** A person in the admin list. */
    public record Person(String username, String displayName, String department, String role, boolean active) {
        static Person of(User u) {
            return new Person(
                    u.username(),
                    u.displayName(),
                    u.department() == null ? "" : u.department().name(),
                    u.role().wireName(),
                    u.active());
        }
    }

    /** One audit entry as shown. */
    public record AuditItem(String date, String isoDate, String actor, String action, String target, String detail) {
        static AuditItem of(AuditEntry e) {
            return new AuditItem(
                    Dates.dayTime(e.at()),
                    Dates.iso(e.at()),
                    e.actor() == null ? "system" : e.actor().displayName(),
                    e.action(),
                    e.target(),
                    e.detail());
        }
    }

    private final List<Department> departments;
    private final List<Person> people;
    private final String synonyms;
    private final List<AuditItem> audit;
    private final FormErrors errors;
    private final Map<String, String> typed;
    private final String notice;

    public AdminView(
            Viewer viewer,
            List<Department> departments,
            List<Person> people,
            String synonyms,
            List<AuditItem> audit,
            FormErrors errors,
            Map<String, String> typed,
            String notice) {
        super("admin.mustache", viewer, (errors.any() ? "Error: " : "") + "Admin", Section.ADMIN);
        this.departments = departments;
        this.people = people;
        this.synonyms = synonyms;
        this.audit = audit;
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

    public String synonyms() {
        return synonyms;
    }

    public List<AuditItem> audit() {
        return audit;
    }

    public FormErrors errors() {
        return errors;
    }

    /** What was typed into a form that failed, by field id, for {@code {{typed.user-email}}}. */
    public Map<String, String> typed() {
        return typed;
    }

    public String notice() {
        return notice;
    }
}
