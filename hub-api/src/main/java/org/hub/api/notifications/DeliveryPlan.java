package org.hub.api.notifications;

import java.util.NavigableMap;

/**
 * Who is told what about one event: the group (and thread, post) it concerns, the excerpt shown,
 * and each candidate recipient's kind in user-id order, so that a large fan-out is delivered in
 * batches that resume after the last id done. Candidates are filtered by what they may see when
 * each batch is delivered.
 */
record DeliveryPlan(
        long groupId, Long threadId, Long postId, String excerpt, NavigableMap<Long, NotificationKind> recipients) {}
