package org.hub.api.users;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A person as the API shows them: {@code {username, displayName, department, role, active}}.
 * The email address is kept for notifications but not shown to everyone.
 */
@JsonPropertyOrder({"username", "displayName", "department", "role", "active"})
public record User(
        @JsonIgnore long id,
        String username,
        String displayName,
        @JsonIgnore String email,
        Department department,
        Role role,
        boolean active) {

    @JsonIgnore
    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    @JsonIgnore
    public boolean isCurator() {
        return role == Role.CURATOR || role == Role.ADMIN;
    }
}
