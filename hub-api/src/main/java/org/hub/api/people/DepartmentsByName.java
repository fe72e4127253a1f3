package org.hub.api.people;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.hub.api.audit.AuditLog;
import org.hub.api.common.TextRules;
import org.hub.api.users.Department;
import org.jdbi.v3.core.Handle;

/**
 * Departments as an identity provider or the staff directory names them: found by name (any case),
 * created when there is none yet, so that people arriving from outside land in a department.
 */
public final class DepartmentsByName {
    private final AuditLog audit;

    public DepartmentsByName(AuditLog audit) {
        this.audit = audit;
    }

    /** The department with this name, created in {@code handle}'s transaction if missing. */
    public Optional<Department> findOrCreate(Handle handle, Optional<String> name, Instant now) {
        Optional<String> clean = name.map(String::strip).filter(n -> !n.isEmpty() && n.length() <= 200);
        if (clean.isEmpty()) {
            return Optional.empty();
        }
        DepartmentDao departments = handle.attach(DepartmentDao.class);
        Optional<Department> found = departments.findByName(clean.get());
        if (found.isPresent()) {
            return found;
        }
        String base = slug(clean.get());
        String slug = base;
        for (int n = 2; departments.findBySlug(slug).isPresent(); n++) {
            slug = base.substring(0, Math.min(base.length(), 55)) + "-" + n;
        }
        long id = departments.insert(slug, clean.get(), now);
        audit.record(handle, null, "department.create", "department:" + slug, clean.get());
        return Optional.of(new Department(id, slug, clean.get()));
    }

    static String slug(String name) {
        String slug =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return TextRules.SLUG.matcher(slug).matches() ? slug : "department";
    }
}
