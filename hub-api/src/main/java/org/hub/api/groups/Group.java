package org.hub.api.groups;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A group as one viewer sees it: {@code {slug, name, description, visibility, memberCount, myRole}}.
 * {@code myRole} is null when the viewer has no membership.
 */
@JsonPropertyOrder({"slug", "name", "description", "visibility", "memberCount", "myRole"})
public record Group(
        @JsonIgnore long id,
        String slug,
        String name,
        String description,
        Visibility visibility,
        long memberCount,
        GroupRole myRole) {

    /** {@code {slug, name}}: how threads and documents name their group. */
    public GroupRef ref() {
        return new GroupRef(slug, name);
    }

    public record GroupRef(String slug, String name) {}
}
