package org.hub.api.threads;

/**
 * The bare row of a post, for access checks and edits. {@code hiddenReason} is {@code moderator}
 * or {@code personal_data} while hidden, null otherwise.
 */
public record PostRow(long id, long threadId, long authorId, int version, boolean hidden, String hiddenReason) {}
