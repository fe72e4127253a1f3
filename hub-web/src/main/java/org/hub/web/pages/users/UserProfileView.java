package org.hub.web.pages.users;

import java.util.List;
import org.hub.api.account.Profile;
import org.hub.api.users.User;
import org.hub.web.pages.common.ActivityItem;
import org.hub.web.pages.common.PageView;
import org.hub.web.pages.common.Viewer;

/** A person's profile. */
public final class UserProfileView extends PageView {
    private final Profile profile;
    private final User person;
    private final List<ActivityItem> answers;
    private final long thanks;

    public UserProfileView(Viewer viewer, Profile profile, List<ActivityItem> answers, long thanks) {
        super("user-profile.mustache", viewer, profile.user().displayName(), Section.PROFILE);
        this.profile = profile;
        this.person = profile.user();
        this.answers = answers;
        this.thanks = thanks;
    }

    public User person() {
        return person;
    }

    public String jobTitle() {
        return profile.jobTitle();
    }

    /** The bio as HTML from the shared sanitising Markdown renderer, so safe to insert unescaped. */
    public String bioHtml() {
        return profile.bioHtml();
    }

    public List<String> expertise() {
        return profile.expertise();
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
