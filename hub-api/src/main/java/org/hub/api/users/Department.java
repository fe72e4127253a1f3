package org.hub.api.users;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A department of the organisation: {@code {slug, name}} on the wire. */
@JsonPropertyOrder({"slug", "name"})
public record Department(@JsonIgnore long id, String slug, String name) {}
