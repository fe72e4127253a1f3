package org.hub.api.notifications;

/**
 * One outbox row the notifier has claimed: the event, its item, who acted, whose membership (for
 * join events), and the last recipient id already delivered (0 before the first batch).
 */
record OutboxEventRow(
        long seq, String itemType, long itemId, String event, Long actorId, Long subjectId, long notifyAfter) {}
