package org.hub.api.people;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hub.api.users.Department;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Departments of the organisation. */
@RegisterConstructorMapper(Department.class)
public interface DepartmentDao {
    @SqlUpdate("INSERT INTO departments (slug, name, created_at) VALUES (:slug, :name, :now)")
    @GetGeneratedKeys("id")
    long insert(String slug, String name, Instant now);

    @SqlQuery("SELECT id, slug, name FROM departments WHERE slug = :slug")
    Optional<Department> findBySlug(String slug);

    /** Directories and identity providers name departments; their slugs are ours. */
    @SqlQuery("SELECT id, slug, name FROM departments WHERE LOWER(name) = LOWER(:name) ORDER BY id LIMIT 1")
    Optional<Department> findByName(String name);

    @SqlQuery("SELECT id, slug, name FROM departments ORDER BY name, slug")
    List<Department> list();
}
