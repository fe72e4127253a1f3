package org.hub.web.pages.common;

/**
 * A page about something people can follow (a group or a thread). The follow control is added to
 * such pages by one response filter, so their resources need not know about notifications.
 */
public interface Followable {
    /** "group" with the group's slug, or "thread" with the thread's id. */
    record Target(String type, String key) {}

    Target followTarget();
}
