package org.hub.api.guidance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hub.api.users.User;

/**
 * A guidance item: {@code {slug, title, body, bodyHtml, tags, status, reviewBy, owner, sourcePostId,
 * createdAt, updatedAt, version, overdue}}. {@code sourceThreadId} points to the thread of the
 * answer it was promoted from.
 */
@JsonPropertyOrder({
    "slug",
    "title",
    "body",
    "bodyHtml",
    "tags",
    "status",
    "reviewBy",
    "owner",
    "sourcePostId",
    "sourceThreadId",
    "createdAt",
    "updatedAt",
    "version",
    "overdue"
})
public record Guidance(
        @JsonIgnore long id,
        String slug,
        String title,
        String body,
        String bodyHtml,
        List<String> tags,
        GuidanceStatus status,
        LocalDate reviewBy,
        User owner,
        @JsonInclude(JsonInclude.Include.ALWAYS) Long sourcePostId,
        @JsonInclude(JsonInclude.Include.ALWAYS) Long sourceThreadId,
        Instant createdAt,
        Instant updatedAt,
        int version,
        boolean overdue) {}
