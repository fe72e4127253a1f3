package org.hub.api.documents;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.hub.api.groups.Group;
import org.hub.api.users.User;

/**
 * A shared document as the API shows it; the top-level file fields describe the current version.
 * {@code textStatus} says whether its text is searchable yet: pending, done or failed.
 */
@JsonPropertyOrder({
    "id",
    "group",
    "title",
    "description",
    "tags",
    "filename",
    "contentType",
    "size",
    "sha256",
    "version",
    "uploadedBy",
    "createdAt",
    "versions",
    "textStatus"
})
public record Document(
        long id,
        Group.GroupRef group,
        String title,
        String description,
        List<String> tags,
        String filename,
        String contentType,
        long size,
        String sha256,
        int version,
        User uploadedBy,
        Instant createdAt,
        List<DocumentVersion> versions,
        String textStatus,
        @JsonIgnore long groupId) {

    /** One uploaded version: {@code {version, size, sha256, createdAt}} plus its file name. */
    @JsonPropertyOrder({"version", "size", "sha256", "createdAt", "filename", "contentType"})
    public record DocumentVersion(
            int version, long size, String sha256, Instant createdAt, String filename, String contentType) {}
}
