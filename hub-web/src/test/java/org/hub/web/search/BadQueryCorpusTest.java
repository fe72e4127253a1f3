package org.hub.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.hub.web.support.Api;
import org.hub.web.support.ApiChecks;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Malformed searches and parameters answer 200 with results the viewer may see and every facet
 * key, or 400 with a clear JSON message: never a 500, never a private item for a non-member.
 */
class BadQueryCorpusTest extends AppTestBase {
    private Api outsider;
    private Api member;
    private String secret;
    private String privateGroup;
    private String openWord;
    private long privateThread;

    @BeforeAll
    void privateAndOpenContentSharingEveryCommonWord() throws Exception {
        String dept = api.department("Finance");
        member = api.user(dept, "member");
        outsider = api.user(dept, "member");
        secret = Searching.word("hidden");
        openWord = Searching.word("visible");
        privateGroup = Searching.group(member, "audit-committee", "private");
        String openGroup = Searching.group(member, "finance-forum", "open");
        String common = " budget review a title field value and more words to match anything café résumé";
        privateThread =
                Searching.thread(member, privateGroup, "Budget review " + secret, secret + common, List.of("budget"));
        Searching.thread(member, openGroup, "Budget review " + openWord, openWord + common, List.of("budget"));
        Searching.awaitTotal(member, secret, 1);
        Searching.awaitTotal(outsider, openWord, 1);
    }

    /** Searches a user could type or paste, each on its own and with the private word in it. */
    private List<String> corpus() {
        List<String> corpus = new ArrayList<>(List.of(
                "\"",
                "\"\"",
                "\"budget review",
                "budget \"review",
                "budget\" review\"\"\"",
                "-",
                "--",
                "- -",
                "OR",
                "AND",
                "NOT",
                "OR OR",
                "AND OR NOT",
                "budget OR",
                "OR budget",
                "-budget",
                "+",
                "+budget",
                "!",
                "!budget",
                "&&",
                "||",
                "budget && review || title",
                "*:*",
                "*",
                "?",
                "bud*",
                "b?dget",
                "*udget",
                ":",
                "::",
                "title:",
                "field:",
                "field:value",
                "title:[a TO z]",
                "title:{a TO z}",
                "[a TO z]",
                "body:budget",
                "_id:1",
                "key:thread:1",
                "/.*/",
                "/budget/",
                "budget~",
                "budget~2",
                "\"budget review\"~5",
                "budget^10",
                "budget^",
                "^",
                "\\",
                "\\\\",
                "budget\\",
                "\\\"budget\\\"",
                "\\*:\\*",
                "(",
                ")",
                "(budget",
                "budget)",
                "((budget OR review) AND title)",
                "{",
                "}",
                "[",
                "]",
                "<mark>",
                "<script>alert(1)</script>",
                "&",
                "%",
                "%00",
                "'",
                "';DROP TABLE threads;--",
                "\u0000",
                "budget\u0000review",
                "\u0001\u0002\u0007",
                "\t\n\r",
                "\u007f",
                "\u200b",
                "\ufeffbudget",
                "\ud83d\udcb0 budget \ud83d\ude00",
                "\ud83d\ude00",
                "\u0645\u064a\u0632\u0627\u0646\u064a\u0629 \u0627\u0644\u0645\u0631\u0627\u062c\u0639\u0629",
                "\u202ebudget\u202c",
                "\u05ea\u05e7\u05e6\u05d9\u05d1 budget",
                "caf\u00e9",
                "cafe\u0301",
                "r\u00e9sum\u00e9",
                "tag:",
                "tag:\"",
                "tag:\"budget",
                "group:",
                "dept:",
                "author:",
                "type:",
                "is:",
                "is:maybe",
                "type:nonsense",
                "type:thread,",
                "type:,",
                "-type:thread type:thread",
                "is:answered is:unanswered",
                "group:*",
                "tag:*",
                "author:*:*",
                "a",
                "the",
                "the of and",
                "",
                " ",
                "   \t  "));
        corpus.add("budget ".repeat(200).strip());
        corpus.add("word".repeat(250));
        corpus.add("tax ".repeat(200).strip());
        return corpus;
    }

    @Test
    void everyMalformedSearchAnswers200Or400AndNeverLeaks() {
        List<String> problems = new ArrayList<>();
        for (String q : corpus()) {
            for (String text : List.of(q, q + " " + secret, secret + q, q + secret)) {
                check(Searching.searchPath(text, ""), text, problems);
            }
            String text = q + " " + secret;
            check("/api/v1/search/suggest?q=" + Searching.encode(text), text, problems);
            check(
                    "/api/v1/search/similar?title=" + Searching.encode(text.length() > 200 ? q : text) + "&body="
                            + Searching.encode(text),
                    text,
                    problems);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aMemberStillFindsThePrivateWordThroughOperatorsAndPunctuation() {
        for (String q : List.of(
                secret,
                "\"" + secret,
                secret + "\"",
                "+" + secret,
                secret + " OR nothing",
                "(" + secret + ")",
                secret + "\u0000",
                "\ud83d\ude00 " + secret,
                secret + " budget^",
                "budget~ " + secret)) {
            assertThat(Searching.keys(Searching.search(member, q).get("hits")))
                    .as(q)
                    .contains("thread:" + privateThread);
        }
    }

    @Test
    void aLongPasteIsRefusedWithAClearMessageAtTheDocumentedLimit() {
        String thousand =
                (openWord + " ").repeat(1000 / (openWord.length() + 1) + 1).substring(0, 1000);
        String tenThousand = "council tax budget review ".repeat(400).substring(0, 10_000);
        JsonNode ok = Searching.search(outsider, thousand.substring(0, 300));
        assertThat(ok.get("total").asLong()).isEqualTo(1);
        for (String tooLong : List.of(thousand + "x", tenThousand)) {
            var reply = ApiChecks.assertError(outsider.get(Searching.searchPath(tooLong, "")), 400);
            assertThat(reply.field("message")).contains("1000 characters");
        }
        var words = ApiChecks.assertError(outsider.get(Searching.searchPath("tax ".repeat(200), "")), 400);
        assertThat(words.field("message")).contains("words");
    }

    @Test
    void badParametersAnswer400WithAMessage() {
        List<String> problems = new ArrayList<>();
        for (String parameters : List.of(
                "&limit=0",
                "&limit=-1",
                "&limit=101",
                "&limit=abc",
                "&limit=1.5",
                "&limit=99999999999",
                "&offset=-1",
                "&offset=abc",
                "&offset=99999999999",
                "&offset=1000000",
                "&after=yesterday",
                "&after=2026-13-45",
                "&after=22/11/2026",
                "&before=abc",
                "&before=2026-02-30",
                "&type=nonsense",
                "&type=thread,nonsense",
                "&sort=oldest",
                "&sort=score",
                "&sort=%00")) {
            String path = Searching.searchPath("budget", parameters);
            var reply = outsider.get(path);
            if (reply.status() != 400) {
                problems.add(parameters + " -> " + reply.status() + " " + reply.text());
                continue;
            }
            ApiChecks.assertError(reply, 400);
        }
        for (String parameters : List.of("&limit=abc", "&limit=-5")) {
            for (String path : List.of(
                    "/api/v1/search/suggest?q=budget",
                    "/api/v1/search/similar?title=budget",
                    "/api/v1/threads/" + privateThread + "/related?x=1")) {
                int status = outsider.get(path + parameters).status();
                if (status == 500) {
                    problems.add(path + parameters + " -> 500");
                }
            }
        }
        assertThat(problems).isEmpty();
        // Blank and repeated separators are no error: they mean "no filter".
        assertThat(Searching.search(outsider, openWord, "&type=&sort=&after=&before=&group=&tag=")
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(Searching.search(outsider, openWord, "&type=thread,,thread")
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(Searching.search(outsider, openWord, "&after=2026-12-31&before=2026-01-01")
                        .get("total")
                        .asLong())
                .isZero();
    }

    private void check(String path, String text, List<String> problems) {
        Api.Reply reply = outsider.get(path);
        String label = path.substring(0, path.indexOf('?')) + " " + printable(text) + " -> " + reply.status();
        if (reply.status() == 400) {
            if (reply.json() == null || reply.json().path("code").asInt() != 400 || reply.field("message") == null) {
                problems.add(label + " without a JSON message: " + reply.text());
            }
            return;
        }
        if (reply.status() != 200 || reply.json() == null) {
            problems.add(label + " " + reply.text());
            return;
        }
        // Issue 11 finding 12: a stop-word or punctuation query answered "facets": {}.
        if (path.startsWith("/api/v1/search?")) {
            List<String> keys = new ArrayList<>();
            reply.json().path("facets").fieldNames().forEachRemaining(keys::add);
            if (!keys.equals(List.of("type", "group", "department", "tag"))) {
                problems.add(
                        label + " facets without the four keys: " + reply.json().path("facets"));
            }
        }
        // didYouMean echoes the viewer's own text; everything else comes from the index.
        JsonNode fromIndex = reply.json().deepCopy();
        if (fromIndex.has("didYouMean")
                && text.toLowerCase(java.util.Locale.ROOT).contains(secret)) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) fromIndex).remove("didYouMean");
        }
        String body = fromIndex.toString().toLowerCase(java.util.Locale.ROOT);
        if (body.contains(secret) || body.contains(privateGroup) || body.contains("\"id\":" + privateThread + ",")) {
            problems.add(label + " leaked the private thread: " + reply.text());
        }
    }

    private static String printable(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().limit(60).forEach(c -> {
            if (Character.isISOControl(c)) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return "[" + sb + (text.length() > 60 ? "…" : "") + "]";
    }
}
