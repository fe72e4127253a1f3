package org.hub.api.groups;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/** A request to join a group that its moderators declined, as the person who asked sees it. */
@JsonPropertyOrder({"group", "reason", "declinedAt"})
public record DeclinedRequest(@JsonIgnore long groupId, Group.GroupRef group, String reason, Instant declinedAt) {}
