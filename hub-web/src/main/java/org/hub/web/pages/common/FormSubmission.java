package org.hub.web.pages.common;

import io.dropwizard.views.common.View;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hub.api.common.HubException;
import org.hub.api.common.RetryLaterException;

/**
 * A form post: call the service and redirect, or, when the service refuses with a mistake the
 * person can fix on the form, show the form again with what they typed and the errors. Which
 * refusals count as such mistakes is each form's choice (a 422 always; a 409 where the form
 * carries a version; 413 or 415 for an upload); every other refusal propagates and becomes the
 * HTML error page, so the status-to-page rules stay in one place.
 *
 * <pre>{@code
 * private static final FormSubmission SAVE = FormSubmission.correcting(422, 409);
 * ...
 * return SAVE.submit(() -> { threads.update(...); return redirect; },
 *         e -> new ThreadEditView(viewer, ..., FormErrors.from(e, "title", "title", "body")));
 * }</pre>
 */
public final class FormSubmission {
    private final int[] mistakes;
    private final int answerStatus;

    private FormSubmission(int[] mistakes, int answerStatus) {
        this.mistakes = mistakes;
        this.answerStatus = answerStatus;
    }

    /** A form whose refusals with these statuses are shown on the form, answered with the same status. */
    public static FormSubmission correcting(int... statuses) {
        if (statuses.length == 0) {
            throw new IllegalArgumentException("name at least one status the form can correct");
        }
        return new FormSubmission(statuses.clone(), 0);
    }

    /** The same form, but the page shown again always answers {@code status} (e.g. a hidden group's 404 as a 422). */
    public FormSubmission answeredWith(int status) {
        return new FormSubmission(mistakes, status);
    }

    /**
     * Runs {@code action}, which returns the answer for a successful post (usually a 303). If it
     * throws a {@link HubException} this form corrects, the answer is {@code formAgain}'s view
     * instead; any other exception propagates.
     */
    public Response submit(Supplier<Response> action, Function<HubException, ? extends View> formAgain) {
        try {
            return action.get();
        } catch (HubException e) {
            if (!corrects(e.status())) {
                throw e;
            }
            Response.ResponseBuilder answer = Response.status(answerStatus == 0 ? e.status() : answerStatus)
                    .entity(formAgain.apply(e));
            if (e instanceof RetryLaterException later) {
                answer.header("Retry-After", later.retryAfterSeconds());
            }
            return answer.build();
        }
    }

    /** The form shown again with {@code status}, for mistakes a page finds before calling a service. */
    public static Response again(int status, View form) {
        return Response.status(status).entity(form).build();
    }

    private boolean corrects(int status) {
        return Arrays.stream(mistakes).anyMatch(s -> s == status);
    }
}
