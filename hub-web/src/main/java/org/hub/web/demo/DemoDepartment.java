package org.hub.web.demo;

/** A department of the demo council, e.g. {@code housing} / "Housing". */
public record DemoDepartment(String slug, String name) {}
