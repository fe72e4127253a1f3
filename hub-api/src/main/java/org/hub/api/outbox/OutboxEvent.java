package org.hub.api.outbox;

/**
 * What happened, for the changes people are told about (DESIGN.md "Notifications"). An outbox row
 * with an event is read by the index as any other change and, once, by the notifier.
 */
public enum OutboxEvent {
    /** A thread was started; the row's item is the thread. */
    THREAD_CREATED("thread.created"),
    /** An answer or reply was posted; the row's item is the post. */
    POST_CREATED("post.created"),
    /** An answer was accepted; the row's item is the post. */
    ANSWER_ACCEPTED("answer.accepted"),
    /** An answer was thanked; the row's item is the post. */
    POST_THANKED("post.thanked"),
    /** Someone asked to join a restricted group; the item is the group, the subject the requester. */
    JOIN_REQUESTED("join.requested"),
    /** A join request was approved; the item is the group, the subject the requester. */
    JOIN_APPROVED("join.approved"),
    /** A join request was declined; the item is the group, the subject the requester. */
    JOIN_DECLINED("join.declined"),
    /** A moderator decided on a flag; the item is the post, the subject the flagger. */
    FLAG_DECIDED("flag.decided");

    private final String wireName;

    OutboxEvent(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The event of a stored name, or null for a name this version does not know (skipped, not fatal). */
    public static OutboxEvent fromWire(String wire) {
        for (OutboxEvent event : values()) {
            if (event.wireName.equals(wire)) {
                return event;
            }
        }
        return null;
    }
}
