package org.hub.api.audit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import org.hub.api.users.User;

/** One moderation or administration action: {@code {at, actor, action, target, detail}}. */
public record AuditEntry(@JsonIgnore long id, Instant at, User actor, String action, String target, String detail) {}
