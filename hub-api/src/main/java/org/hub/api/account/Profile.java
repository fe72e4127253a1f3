package org.hub.api.account;

import java.util.List;
import org.hub.api.users.User;

/**
 * A person with what they say about themselves: the bio as written ({@code bio}) and as sanitised
 * HTML ({@code bioHtml}), and their declared expertise as tags.
 */
public record Profile(User user, String jobTitle, String bio, String bioHtml, List<String> expertise) {}
