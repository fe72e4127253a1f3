package org.hub.api.threads;

/** The bare row of a post, for access checks and edits. */
public record PostRow(long id, long threadId, long authorId, int version) {}
