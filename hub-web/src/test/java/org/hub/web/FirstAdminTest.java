package org.hub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.hub.api.HubServices;
import org.hub.api.auth.PasswordHasher;
import org.hub.api.common.NotFoundException;
import org.hub.api.db.Migrations;
import org.hub.api.people.UserService;
import org.hub.api.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;

/** The first administrator on an empty database: HUB_ADMIN_PASSWORD follows the same password policy as everyone. */
class FirstAdminTest {
    @Test
    void aWeakHubAdminPasswordStopsStartUpSayingWhy() throws Exception {
        UserService users = users();
        FirstAdmin first = new FirstAdmin(users);
        for (String weak : new String[] {"adminadmin123", "password1234", "aaaaaaaaaaaa"}) {
            assertThatThrownBy(() -> first.createIfNone(weak))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("HUB_ADMIN_PASSWORD is not accepted: password is too easy to guess: ");
        }
        assertThatThrownBy(() -> first.createIfNone("short"))
                .hasMessage("HUB_ADMIN_PASSWORD is not accepted: password must be at least 12 characters.");
        assertThatThrownBy(() -> users.find("admin")).as("nothing was created").isInstanceOf(NotFoundException.class);
    }

    @Test
    void aStrongOrGeneratedPasswordCreatesTheAdmin() throws Exception {
        UserService strong = users();
        new FirstAdmin(strong).createIfNone("plum tundra kettle");
        assertThat(strong.find("admin").role().wireName()).isEqualTo("admin");

        UserService generated = users();
        new FirstAdmin(generated).createIfNone("");
        assertThat(generated.find("admin").active()).isTrue();
    }

    private static UserService users() throws Exception {
        TestDatabase db = TestDatabase.h2();
        Migrations.migrate(db.url(), db.user(), db.password());
        Jdbi jdbi = Jdbi.create(db.url(), db.user(), db.password()).installPlugin(new SqlObjectPlugin());
        return new HubServices(jdbi, new PasswordHasher(1024, 1, 1), Clock.systemUTC()).users();
    }
}
