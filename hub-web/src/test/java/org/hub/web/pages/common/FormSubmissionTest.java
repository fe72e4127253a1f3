package org.hub.web.pages.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.views.common.View;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.hub.api.common.HubException;
import org.junit.jupiter.api.Test;

/** FormSubmission: which refusals show the form again, with which status, and which propagate. */
class FormSubmissionTest {
    private static final View FORM = new View("form.mustache") {};

    @Test
    void aSuccessfulPostAnswersWhatTheActionReturns() {
        Response redirect = Response.seeOther(URI.create("/done")).build();
        assertThat(FormSubmission.correcting(422).submit(() -> redirect, e -> FORM))
                .isSameAs(redirect);
    }

    @Test
    void aMistakeTheFormCorrectsShowsTheFormAgainWithItsStatus() {
        Response answer = FormSubmission.correcting(422, 409)
                .submit(
                        () -> {
                            throw HubException.conflict("someone else saved first");
                        },
                        e -> {
                            assertThat(e.getMessage()).isEqualTo("someone else saved first");
                            return FORM;
                        });
        assertThat(answer.getStatus()).isEqualTo(409);
        assertThat(answer.getEntity()).isSameAs(FORM);
    }

    @Test
    void aFixedStatusReplacesTheRefusalsOwn() {
        Response answer = FormSubmission.correcting(422, 403)
                .answeredWith(422)
                .submit(
                        () -> {
                            throw HubException.forbidden("not a member");
                        },
                        e -> FORM);
        assertThat(answer.getStatus()).isEqualTo(422);
    }

    @Test
    void otherRefusalsAndOtherExceptionsPropagate() {
        FormSubmission form = FormSubmission.correcting(422);
        assertThatThrownBy(() -> form.submit(
                        () -> {
                            throw HubException.forbidden("no");
                        },
                        e -> FORM))
                .isInstanceOf(HubException.class)
                .hasMessage("no");
        assertThatThrownBy(() -> form.submit(
                        () -> {
                            throw new IllegalStateException("bug");
                        },
                        e -> FORM))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void mistakesFoundBeforeTheServiceAnswerTheFormWithTheGivenStatus() {
        Response answer = FormSubmission.again(422, FORM);
        assertThat(answer.getStatus()).isEqualTo(422);
        assertThat(answer.getEntity()).isSameAs(FORM);
    }
}
