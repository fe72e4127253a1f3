package org.hub.web.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.support.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.hub.web.support.Api;
import org.hub.web.support.Api.Reply;
import org.hub.web.support.ApiChecks;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cursor pagination of the community lists: walking the pages while new threads arrive shows every
 * earlier item exactly once; an empty cursor is the first page; bad list parameters answer 400.
 */
class CursorPaginationTest extends AppTestBase {
    private static final int EXISTING = 23;

    private String department;
    private String group;
    private Api asker;
    private long threadId;

    @BeforeAll
    void makeThreads() {
        department = api.department("Communications");
        asker = api.user(department, "member");
        group = Api.unique("press-office");
        expect(
                asker.post(
                        "/api/v1/groups",
                        Map.of("slug", group, "name", "Press office", "description", "", "visibility", "open")),
                201);
        for (int i = 0; i < EXISTING; i++) {
            threadId = ask("Existing question " + i);
        }
        for (int i = 0; i < 3; i++) {
            expect(asker.post("/api/v1/threads/" + threadId + "/posts", Map.of("body", "answer " + i)), 201);
        }
    }

    @Test
    void walkingTheQuestionsQueueWhileQuestionsArriveShowsEachEarlierQuestionOnce() throws Exception {
        assertStableWalk("/api/v1/questions?unanswered=true&department=" + department);
    }

    @Test
    void walkingAGroupsThreadsWhileThreadsArriveShowsEachEarlierThreadOnce() throws Exception {
        assertStableWalk("/api/v1/groups/" + group + "/threads");
    }

    /**
     * Walks the list four at a time while a second client keeps asking questions, and also asks two
     * between every two pages, so that inserts land in the middle of the walk on every run.
     */
    private void assertStableWalk(String list) throws Exception {
        List<Long> before = allIds(list);
        assertThat(before).hasSizeGreaterThanOrEqualTo(EXISTING);

        AtomicBoolean walking = new AtomicBoolean(true);
        AtomicInteger inserted = new AtomicInteger();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<?> inserter = pool.submit(() -> {
            while (walking.get()) {
                ask("Arrived during the walk " + inserted.incrementAndGet());
            }
            return null;
        });
        List<Long> seen = new ArrayList<>();
        int pages = 0;
        try {
            String cursor = null;
            do {
                Reply page = expect(
                        asker.get(list + (list.contains("?") ? "&" : "?") + "limit=4"
                                + (cursor == null ? "" : "&cursor=" + cursor)),
                        200);
                pages++;
                page.json().get("items").forEach(item -> seen.add(item.get("id").asLong()));
                cursor = page.field("nextCursor");
                ask("Arrived between pages A");
                ask("Arrived between pages B");
            } while (cursor != null);
        } finally {
            walking.set(false);
            inserter.get();
            pool.shutdown();
        }

        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).containsAll(before);
        assertThat(seen).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        // The inserts really happened while the walk went on.
        assertThat(allIds(list)).hasSizeGreaterThanOrEqualTo(before.size() + 2 * pages);
    }

    @Test
    void anEmptyCursorIsTheFirstPage() {
        Api admin = api.admin();
        for (String list : List.of(
                "/api/v1/groups",
                "/api/v1/groups/" + group + "/members",
                "/api/v1/groups/" + group + "/threads",
                "/api/v1/questions",
                "/api/v1/threads/" + threadId + "/revisions",
                "/api/v1/admin/audit")) {
            JsonNode first = expect(admin.get(list + "?limit=2"), 200).json().get("items");
            assertThat(first).as(list).isNotEmpty();
            assertThat(expect(admin.get(list + "?limit=2&cursor="), 200).json().get("items"))
                    .as(list)
                    .isEqualTo(first);
        }
    }

    @Test
    void badListParametersAnswer400AndNamingThem() {
        for (String list : List.of(
                "/api/v1/groups",
                "/api/v1/groups/" + group + "/members",
                "/api/v1/groups/" + group + "/threads",
                "/api/v1/questions",
                "/api/v1/threads/" + threadId + "/revisions")) {
            for (String limit : List.of("abc", "0", "101", "-1", "1.5", "99999999999")) {
                assertThat(ApiChecks.assertError(asker.get(list + "?limit=" + limit), 400)
                                .field("message"))
                        .as(list + " limit=" + limit)
                        .contains("limit");
            }
            ApiChecks.assertError(asker.get(list + "?cursor=not-a-cursor"), 400);
            ApiChecks.assertError(asker.get(list + "?cursor=%00"), 400);
        }
        for (String list : List.of("/api/v1/questions", "/api/v1/groups/" + group + "/threads")) {
            assertThat(ApiChecks.assertError(asker.get(list + "?unanswered=maybe"), 400)
                            .field("message"))
                    .contains("unanswered");
        }
        ApiChecks.assertError(asker.get("/api/v1/groups/" + group + "/threads?kind=poll"), 422);
    }

    private long ask(String title) {
        return expect(
                        asker.post(
                                "/api/v1/groups/" + group + "/threads",
                                Map.of("title", title, "body", "?", "kind", "question")),
                        201)
                .json()
                .get("id")
                .asLong();
    }

    private List<Long> allIds(String list) {
        Set<Long> ids = new LinkedHashSet<>();
        String cursor = null;
        do {
            Reply page = expect(
                    asker.get(list + (list.contains("?") ? "&" : "?") + "limit=100"
                            + (cursor == null ? "" : "&cursor=" + cursor)),
                    200);
            page.json().get("items").forEach(item -> ids.add(item.get("id").asLong()));
            cursor = page.field("nextCursor");
        } while (cursor != null);
        return new ArrayList<>(ids);
    }
}
