package org.hub.web.pages.notifications;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import org.hub.api.notifications.SubscriptionLevel;
import org.hub.api.notifications.SubscriptionService;
import org.hub.web.pages.common.FollowControl;
import org.hub.web.pages.common.Followable;
import org.hub.web.pages.common.PageView;
import org.hub.web.pages.common.Viewer;

/**
 * Adds the follow control, with the level in effect, to every page about a group or thread
 * ({@link Followable}) before it is rendered: the group and thread pages stay unaware of
 * notifications, and any later followable page gets the control by implementing the interface.
 */
public final class FollowControlFilter implements ContainerResponseFilter {
    private final SubscriptionService subscriptions;

    public FollowControlFilter(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof PageView view) || !(view instanceof Followable followable)) {
            return;
        }
        Viewer viewer = Viewer.optional(request).orElse(null);
        if (viewer == null || response.getStatus() != 200) {
            return;
        }
        Followable.Target target = followable.followTarget();
        SubscriptionLevel level =
                switch (target.type()) {
                    case "group" -> subscriptions.groupLevel(viewer.user(), target.key());
                    case "thread" -> subscriptions.threadLevel(viewer.user(), Long.parseLong(target.key()));
                    default -> throw new IllegalArgumentException("cannot follow a " + target.type());
                };
        String path = "group".equals(target.type()) ? "/groups/" + target.key() : "/threads/" + target.key();
        view.follow(FollowControl.of(path + "/follow", level.wireName()));
    }
}
