package org.hub.web.support;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on the API's error answers, shared by the whole-application tests. */
public final class ApiChecks {
    private ApiChecks() {}

    /** The answer has this status and the error shape {@code {code, message}}, and leaks nothing internal. */
    public static Api.Reply assertError(Api.Reply reply, int status) {
        assertThat(reply.status()).as("status of %s", reply.text()).isEqualTo(status);
        assertThat(reply.raw().getMediaType())
                .as("content type of %s", reply.text())
                .isNotNull();
        assertThat(reply.raw().getMediaType().toString()).startsWith("application/json");
        assertThat(reply.json()).as("JSON body of %s", reply.text()).isNotNull();
        assertThat(reply.json().path("code").asInt())
                .as("code in %s", reply.text())
                .isEqualTo(status);
        assertThat(reply.field("message")).as("message in %s", reply.text()).isNotBlank();
        assertNoInternals(reply);
        return reply;
    }

    /** No stack trace, class name, package or SQL in the body. */
    public static void assertNoInternals(Api.Reply reply) {
        assertThat(reply.text())
                .as("body of a %d answer", reply.status())
                .doesNotContain("Exception")
                .doesNotContain("org.hub")
                .doesNotContain("at org.")
                .doesNotContain("com.fasterxml")
                .doesNotContain("jakarta.")
                .doesNotContain("java.")
                .doesNotContain("SQL")
                .doesNotContainIgnoringCase("select ");
    }
}
