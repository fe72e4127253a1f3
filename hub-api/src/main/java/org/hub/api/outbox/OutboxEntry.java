package org.hub.api.outbox;

/**
 * One outbox row: "item {@code itemType}/{@code itemId} changed", at position {@code seq}. The type
 * stays the stored text so that a row of a type this version does not know is skipped, not fatal.
 */
public record OutboxEntry(long seq, String itemType, long itemId) {}
