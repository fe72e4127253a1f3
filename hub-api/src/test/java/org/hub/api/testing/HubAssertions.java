package org.hub.api.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hub.api.common.HubException;

/** Assertions on the answers services give a person, as the HTTP status they become. */
public final class HubAssertions {
    private HubAssertions() {}

    /** The action is refused with a {@link HubException} of this status (its message shown when it is not). */
    public static void assertRefused(Runnable action, int status) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(HubException.class, e -> assertThat(e.status())
                .as(e.getMessage())
                .isEqualTo(status));
    }
}
