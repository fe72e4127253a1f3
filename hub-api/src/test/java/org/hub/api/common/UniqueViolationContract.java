package org.hub.api.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.hub.api.testing.DatabaseTest;
import org.hub.api.testing.TestHub;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.Test;

/**
 * {@link UniqueViolation} and {@link UniqueViolationExceptionMapper} on the database's own errors:
 * a unique-key violation is recognised on H2 and PostgreSQL alike, retried while a retry can
 * succeed, and otherwise answered 409; any other database failure stays a 500 that leaks nothing.
 */
abstract class UniqueViolationContract extends DatabaseTest {
    private static final String INSERT = "INSERT INTO departments (slug, name, created_at) VALUES (?, ?, ?)";

    private final UniqueViolationExceptionMapper mapper = new UniqueViolationExceptionMapper();

    @Test
    void aDuplicateKeyIsRecognisedAndAnswered409() throws Exception {
        String slug = TestHub.unique("dup");
        jdbi().useHandle(h -> h.execute(INSERT, slug, "First", Instant.now()));
        JdbiException duplicate =
                failure(() -> jdbi().useHandle(h -> h.execute(INSERT, slug, "Second", Instant.now())));

        assertThat(UniqueViolation.isCauseOf(duplicate)).isTrue();
        Response answer = mapper.toResponse(duplicate);
        assertThat(answer.getStatus()).isEqualTo(409);
        ApiError body = (ApiError) answer.getEntity();
        assertThat(body.code()).isEqualTo(409);
        assertThat(body.message()).isEqualTo(UniqueViolationExceptionMapper.MESSAGE);
        assertThat(new ObjectMapper().writeValueAsString(body))
                .doesNotContain(slug, "departments", "INSERT", "Exception", "23505");
    }

    @Test
    void anyOtherDatabaseFailureIsStillA500ThatLeaksNothing() throws Exception {
        JdbiException notNull =
                failure(() -> jdbi().useHandle(h -> h.execute(INSERT, TestHub.unique("nn"), null, Instant.now())));
        assertThat(UniqueViolation.isCauseOf(notNull)).isFalse();
        Response answer = mapper.toResponse(notNull);
        assertThat(answer.getStatus()).isEqualTo(500);
        assertThat(new ObjectMapper().writeValueAsString(answer.getEntity()))
                .contains("It has been logged as")
                .doesNotContain("departments", "INSERT", "Exception", "NULL");
    }

    @Test
    void aRetryTakesTheNextKeyAndGivesUpAfterItsAttempts() {
        String base = TestHub.unique("next");
        jdbi().useHandle(h -> h.execute(INSERT, base, "Taken", Instant.now()));
        AtomicInteger runs = new AtomicInteger();
        String taken = UniqueViolation.retry(3, () -> {
            String slug = runs.incrementAndGet() == 1 ? base : base + "-" + runs.get();
            jdbi().useHandle(h -> h.execute(INSERT, slug, "Mine", Instant.now()));
            return slug;
        });
        assertThat(taken).isEqualTo(base + "-2");
        assertThat(runs).hasValue(2);

        AtomicInteger stubborn = new AtomicInteger();
        assertThatThrownBy(() -> UniqueViolation.retry(3, () -> {
                    stubborn.incrementAndGet();
                    return jdbi().withHandle(h -> h.execute(INSERT, base, "Again", Instant.now()));
                }))
                .isInstanceOf(JdbiException.class)
                .satisfies(e -> assertThat(UniqueViolation.isCauseOf(e)).isTrue());
        assertThat(stubborn).hasValue(3);

        AtomicInteger other = new AtomicInteger();
        assertThatThrownBy(() -> UniqueViolation.retry(3, () -> {
                    other.incrementAndGet();
                    throw new IllegalStateException("not a race");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(other).as("no retry for anything but a unique violation").hasValue(1);
    }

    private static JdbiException failure(Runnable write) {
        try {
            write.run();
        } catch (JdbiException e) {
            return e;
        }
        throw new AssertionError("The write did not fail");
    }
}
