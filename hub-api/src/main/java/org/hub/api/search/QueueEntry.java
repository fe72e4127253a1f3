package org.hub.api.search;

/** One outbox row: "item {@code itemType}/{@code itemId} changed", at position {@code seq}. */
public record QueueEntry(long seq, String itemType, long itemId) {
}
