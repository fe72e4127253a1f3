package org.hub.web.pages.notifications;

import org.hub.api.notifications.Notification;
import org.hub.web.pages.common.Dates;

/** One inbox line: what happened, said in words, with a link to where it happened. */
public record NotificationItem(
        long id, String text, String href, String excerpt, String date, String isoDate, boolean read) {

    public static NotificationItem of(Notification n) {
        String who = n.actor() == null ? "Someone" : n.actor().displayName();
        String about = n.thread() != null ? n.thread().title() : n.group().title();
        String href = n.thread() != null
                ? "/threads/" + n.thread().id()
                : "/groups/" + n.group().slug();
        String text =
                switch (n.kind()) {
                    case ANSWER -> n.count() > 1 ? n.count() + " new answers on " + about : who + " answered " + about;
                    case REPLY -> n.count() > 1 ? n.count() + " new replies in " + about : who + " replied in " + about;
                    case MENTION -> who + " mentioned you in " + about;
                    case ACCEPTED -> who + " accepted your answer on " + about;
                    case THANKS ->
                        n.count() > 1
                                ? n.count() + " thanks for your answer on " + about
                                : who + " thanked you for your answer on " + about;
                    case NEW_THREAD -> who + " started " + about;
                    case JOIN_REQUEST ->
                        n.count() > 1 ? n.count() + " people asked to join " + about : who + " asked to join " + about;
                    case JOIN_DECIDED -> about + ": " + n.excerpt();
                    case FLAG_DECIDED -> n.excerpt() + " (" + about + ")";
                };
        String excerpt = n.kind() == org.hub.api.notifications.NotificationKind.JOIN_DECIDED
                        || n.kind() == org.hub.api.notifications.NotificationKind.JOIN_REQUEST
                        || n.kind() == org.hub.api.notifications.NotificationKind.FLAG_DECIDED
                ? ""
                : n.excerpt();
        return new NotificationItem(
                n.id(), text, href, excerpt, Dates.dayTime(n.created()), Dates.iso(n.created()), n.read());
    }
}
