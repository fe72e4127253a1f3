package org.hub.api.groups;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.hub.api.users.Department;

/** A member of a group: {@code {username, displayName, department, role}}. */
@JsonPropertyOrder({"username", "displayName", "department", "role"})
public record Membership(String username, String displayName, Department department, GroupRole role) {}
