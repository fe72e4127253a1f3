package org.hub.api.groups;

import java.time.Instant;

/** A declined join request whose requester has not been told yet: what a notifier sends. */
public record DeclineNotice(long groupId, long userId, String groupSlug, String reason, Instant declinedAt) {}
