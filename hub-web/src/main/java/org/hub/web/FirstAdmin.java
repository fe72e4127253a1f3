package org.hub.web;

import java.util.Optional;
import org.hub.api.auth.SecretTokens;
import org.hub.api.common.HubException;
import org.hub.api.people.UserService;
import org.hub.api.users.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On a database with no users, creates the first administrator, {@code admin}: with the password
 * from {@code HUB_ADMIN_PASSWORD}, or with a generated one printed once to the log.
 */
final class FirstAdmin {
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserService users;

    FirstAdmin(UserService users) {
        this.users = users;
    }

    void createIfNone(String configuredPassword) {
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? SecretTokens.randomText(18) : configuredPassword;
        Optional<User> created;
        try {
            created = users.bootstrapAdmin(password);
        } catch (HubException e) {
            // The same password policy as every other account; say which setting to change.
            throw new IllegalStateException("HUB_ADMIN_PASSWORD is not accepted: " + e.getMessage(), e);
        }
        created.ifPresent(admin -> {
            if (generated) {
                LOG.warn(
                        "\n\n    Created the first administrator. Username: admin  Password: {}\n"
                                + "    This password is shown only once. Set HUB_ADMIN_PASSWORD to choose it yourself.\n",
                        password);
            } else {
                LOG.info("Created the first administrator 'admin' with the password from HUB_ADMIN_PASSWORD.");
            }
        });
    }
}
