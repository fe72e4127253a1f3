package org.hub.web.pages.users;

import java.util.List;
import org.hub.api.users.User;
import org.hub.web.pages.common.ActivityItem;
import org.hub.web.pages.common.PageView;
import org.hub.web.pages.common.Viewer;

/** A person's profile. */
public final class UserProfileView extends PageView {
    private final User person;
    private final List<ActivityItem> answers;
    private final long thanks;

    public UserProfileView(Viewer viewer, User person, List<ActivityItem> answers, long thanks) {
        super("user-profile.mustache", viewer, person.displayName(), Section.PROFILE);
        this.person = person;
        this.answers = answers;
        this.thanks = thanks;
    }

    public User person() {
        return person;
    }

    public String department() {
        return person.department() == null ? "" : person.department().name();
    }

    public String role() {
        return switch (person.role()) {
            case ADMIN -> "Administrator";
            case CURATOR -> "Guidance curator";
            default -> "Member";
        };
    }

    public List<ActivityItem> answers() {
        return answers;
    }

    public long thanks() {
        return thanks;
    }

    public boolean oneThank() {
        return thanks == 1;
    }
}
