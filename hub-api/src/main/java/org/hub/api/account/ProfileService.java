package org.hub.api.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.hub.api.audit.AuditLog;
import org.hub.api.common.HubException;
import org.hub.api.common.NotFoundException;
import org.hub.api.common.markdown.MarkdownRenderer;
import org.hub.api.threads.Tags;
import org.hub.api.users.User;
import org.hub.api.users.UserDao;
import org.jdbi.v3.core.Jdbi;

/** Reading anyone's profile, and changing one's own: the rules its fields follow. */
public final class ProfileService {
    public static final int MAX_JOB_TITLE = 200;
    public static final int MAX_BIO = 10_000;

    private final Jdbi jdbi;
    private final MarkdownRenderer markdown;
    private final AuditLog audit;
    private final Clock clock;

    public ProfileService(Jdbi jdbi, MarkdownRenderer markdown, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.markdown = markdown;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the person changes about themselves; expertise as a list of tags. */
    public record ProfileChanges(String displayName, String jobTitle, String bio, List<String> expertise) {}

    public Profile find(String username) {
        User user = jdbi.onDemand(UserDao.class)
                .findByUsername(username)
                .orElseThrow(() -> new NotFoundException("user", username));
        return of(user);
    }

    public Profile of(User user) {
        ProfileDao.Row row = jdbi.onDemand(ProfileDao.class).find(user.id()).orElseThrow();
        String bio = row.bio() == null ? "" : row.bio();
        return new Profile(
                user,
                row.jobTitle() == null ? "" : row.jobTitle(),
                bio,
                bio.isEmpty() ? "" : markdown.toHtml(bio),
                Tags.split(row.expertise()));
    }

    /** Changes the person's own profile; every field is checked before anything is written. */
    public Profile update(User self, ProfileChanges changes) {
        List<String> errors = new ArrayList<>();
        String displayName =
                changes.displayName() == null ? null : changes.displayName().strip();
        if (displayName == null || displayName.isEmpty() || displayName.length() > 200) {
            errors.add("displayName must be 1 to 200 characters.");
        }
        String jobTitle = changes.jobTitle() == null ? "" : changes.jobTitle().strip();
        if (jobTitle.length() > MAX_JOB_TITLE) {
            errors.add("jobTitle must be at most " + MAX_JOB_TITLE + " characters.");
        }
        String bio = changes.bio() == null ? "" : changes.bio().strip();
        if (bio.length() > MAX_BIO) {
            errors.add("bio must be at most " + MAX_BIO + " characters.");
        }
        List<String> tagErrors = new ArrayList<>();
        List<String> expertise = Tags.clean(changes.expertise(), tagErrors);
        // Tags' messages name "tags"; here the field is called expertise.
        tagErrors.forEach(message -> errors.add("expertise" + message.substring("tags".length())));
        if (!errors.isEmpty()) {
            throw HubException.invalid(errors.get(0), errors);
        }
        jdbi.useTransaction(handle -> {
            handle.attach(ProfileDao.class)
                    .update(
                            self.id(),
                            displayName,
                            jobTitle.isEmpty() ? null : jobTitle,
                            bio.isEmpty() ? null : bio,
                            expertise.isEmpty() ? null : Tags.join(expertise),
                            clock.instant());
            audit.record(handle, self, "profile.update", "user:" + self.username(), null);
        });
        return find(self.username());
    }
}
