package org.hub.web.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.support.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.hub.web.support.Api;
import org.hub.web.support.Api.Reply;
import org.hub.web.support.ApiChecks;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests that race for one unique key, sent at once from real threads against the real database
 * (issue 11, finding 5): never a 500, and the state afterwards is what one-at-a-time would leave.
 */
class UniqueKeyRaceTest extends AppTestBase {
    private String department;
    private Api owner;

    @BeforeAll
    void makePeople() {
        department = api.department("Revenues and Benefits");
        owner = api.user(department, "member");
    }

    @Test
    void thirtyNewVersionsOfOneDocumentAtOnceAreNumberedWithoutGapsOrTwins() throws Exception {
        String group = Api.unique("council-tax");
        expect(owner.post("/api/v1/groups", Map.of("slug", group, "name", "Council tax", "visibility", "open")), 201);
        long document = expect(
                        owner.postBytes(
                                "/api/v1/groups/" + group + "/documents",
                                multipart("reduction-scheme.txt", "Council tax reduction scheme, version 1"),
                                CONTENT_TYPE),
                        201)
                .json()
                .get("id")
                .asLong();

        int parallel = 30;
        List<Reply> replies = CommunityRulesTest.atOnce(
                parallel,
                i -> owner.postBytes(
                        "/api/v1/documents/" + document + "/versions",
                        multipart("reduction-scheme.txt", "Council tax reduction scheme, upload " + i),
                        CONTENT_TYPE));

        assertThat(statuses(replies)).containsOnly(201);
        JsonNode read = expect(owner.get("/api/v1/documents/" + document), 200).json();
        List<Integer> versions = new ArrayList<>();
        read.get("versions").forEach(v -> versions.add(v.get("version").asInt()));
        assertThat(versions)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, parallel + 1).boxed().toList());
        assertThat(read.get("version").asInt()).isEqualTo(parallel + 1);
        // Every answer, read after its own commit, shows an unbroken history too.
        for (Reply reply : replies) {
            List<Integer> seen = new ArrayList<>();
            reply.json().get("versions").forEach(v -> seen.add(v.get("version").asInt()));
            assertThat(seen)
                    .hasSizeGreaterThan(1)
                    .containsExactlyElementsOf(
                            IntStream.rangeClosed(1, seen.size()).boxed().toList());
        }
    }

    @Test
    void twentyGuidanceItemsWithOneTitleAtOnceEachGetTheirOwnSlug() throws Exception {
        Api curator = api.user(department, "curator");
        String title = "Discretionary housing payments " + Api.unique("round");
        String base = title.toLowerCase().replace(' ', '-');

        int parallel = 20;
        List<Reply> replies = CommunityRulesTest.atOnce(
                parallel,
                i -> curator.post(
                        "/api/v1/guidance",
                        Map.of("title", title, "body", "Who can apply, part " + i, "status", "published")));

        assertThat(statuses(replies)).containsOnly(201);
        List<String> slugs = replies.stream().map(r -> r.field("slug")).toList();
        List<String> expected = new ArrayList<>(List.of(base));
        IntStream.rangeClosed(2, parallel).forEach(n -> expected.add(base + "-" + n));
        assertThat(slugs).containsExactlyInAnyOrderElementsOf(expected);
        for (Reply reply : replies) {
            JsonNode stored = expect(curator.get("/api/v1/guidance/" + reply.field("slug")), 200)
                    .json();
            assertThat(stored.get("body").asText())
                    .isEqualTo(reply.json().get("body").asText());
        }
    }

    @Test
    void tenNewUsersWithOneUsernameAtOnceMakeOnePersonAndNineConflicts() throws Exception {
        Api admin = api.admin();
        String username = Api.unique("r.lee");

        List<Reply> replies = CommunityRulesTest.atOnce(
                10,
                i -> admin.post(
                        "/api/v1/admin/users",
                        Map.of(
                                "username",
                                username,
                                "displayName",
                                "Robin Lee " + i,
                                "email",
                                "robin.lee" + i + "@example.org",
                                "department",
                                department,
                                "password",
                                "glacier-orchard-" + i + "-lantern",
                                "role",
                                "member")));

        assertThat(statuses(replies)).containsExactlyInAnyOrder(201, 409, 409, 409, 409, 409, 409, 409, 409, 409);
        replies.stream().filter(r -> r.status() == 409).forEach(r -> {
            ApiChecks.assertError(r, 409);
            assertThat(r.field("message")).contains("'" + username + "' already exists");
        });
        Reply created =
                replies.stream().filter(r -> r.status() == 201).findFirst().orElseThrow();
        // The one person is the one the 201 described, and their password is the one sent with it.
        int winner = Integer.parseInt(created.field("displayName").substring("Robin Lee ".length()));
        assertThat(expect(admin.get("/api/v1/users/" + username), 200).field("displayName"))
                .isEqualTo("Robin Lee " + winner);
        api.signIn(username, "glacier-orchard-" + winner + "-lantern");
    }

    private static final String BOUNDARY = "race-boundary-7d1f";
    private static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    private static byte[] multipart(String filename, String text) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String part = "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: text/plain\r\n\r\n"
                + text + "\r\n"
                + "--" + BOUNDARY + "--\r\n";
        body.writeBytes(part.getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static List<Integer> statuses(List<Reply> replies) {
        return replies.stream().map(Reply::status).toList();
    }
}
