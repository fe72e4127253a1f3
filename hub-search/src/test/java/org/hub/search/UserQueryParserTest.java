package org.hub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hub.search.Items.ALL;
import static org.hub.search.Items.keys;
import static org.hub.search.Items.request;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Covers the user query language: words, phrases, exclusions, OR, filters, and refusal of bad input. */
class UserQueryParserTest {

    @Test
    void parsesEveryConstruct() throws Exception {
        ParsedQuery q = UserQueryParser.parse(
                "leave \"annual leave\" -sick carers OR parents tag:HR group:fin dept:ops author:Alice type:thread,guidance is:unanswered -tag:old");
        assertThat(q.words()).isEqualTo("leave");
        assertThat(q.phrases()).containsExactly(new ParsedQuery.Alternative("annual leave", true));
        assertThat(q.excluded()).containsExactly(new ParsedQuery.Alternative("sick", false));
        assertThat(q.orGroups())
                .containsExactly(List.of(
                        new ParsedQuery.Alternative("carers", false), new ParsedQuery.Alternative("parents", false)));
        assertThat(q.filters())
                .containsExactly(
                        new ParsedQuery.FieldFilter(SearchSchema.TAG, "hr", false),
                        new ParsedQuery.FieldFilter(SearchSchema.GROUP, "fin", false),
                        new ParsedQuery.FieldFilter(SearchSchema.DEPARTMENT, "ops", false),
                        new ParsedQuery.FieldFilter(SearchSchema.AUTHOR, "alice", false),
                        new ParsedQuery.FieldFilter(SearchSchema.TAG, "old", true));
        assertThat(q.types()).containsExactlyInAnyOrder(ItemType.THREAD, ItemType.GUIDANCE);
        assertThat(q.answered()).isFalse();
    }

    @Test
    void lucenSyntaxIsJustText() throws Exception {
        ParsedQuery q = UserQueryParser.parse("title:[a TO z] *:* foo^10 bar~2 (baz)");
        assertThat(q.filters()).isEmpty();
        assertThat(q.words()).isEqualTo("title:[a TO z] *:* foo^10 bar~2 (baz)");
        assertThat(UserQueryParser.parse("\"unbalanced phrase").phrases())
                .containsExactly(new ParsedQuery.Alternative("unbalanced phrase", true));
        assertThat(UserQueryParser.parse("OR - -- AND NOT").hasPositiveText()).isFalse();
        assertThat(UserQueryParser.parse("tag:\"two words\"").filters())
                .containsExactly(new ParsedQuery.FieldFilter(SearchSchema.TAG, "two words", false));
    }

    @Test
    void emojiAndSymbolsAreNotWords() throws Exception {
        assertThat(UserQueryParser.parse("\uD83D\uDE00 budget\uD83D\uDCB0review \u00A9")
                        .words())
                .isEqualTo("budget review");
        assertThat(UserQueryParser.parse("\uD83D\uDC69\u200D\uD83D\uDCBB\uFE0F").hasPositiveText())
                .isFalse();
        assertThat(UserQueryParser.parse("caf\u00e9 cafe\u0301").words()).isEqualTo("caf\u00e9 cafe\u0301");
    }

    @Test
    void refusesWhatItCannotServe() {
        assertThatThrownBy(() -> UserQueryParser.parse("x".repeat(10_000))).isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> UserQueryParser.parse("w ".repeat(65))).isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> UserQueryParser.parse("type:memo")).isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> UserQueryParser.parse("is:lost")).isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> UserQueryParser.parse("is:answered is:unanswered"))
                .isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void operatorsAndFiltersWorkAgainstTheIndex() throws Exception {
        try (SearchIndex index = Items.newIndex()) {
            Items.addAll(
                    index,
                    Items.item(
                            ItemType.THREAD,
                            1,
                            "Annual leave carry over",
                            "Can I carry leave into next year",
                            List.of("hr"),
                            "hr",
                            "HR",
                            ALL,
                            false,
                            false),
                    Items.item(
                            ItemType.THREAD,
                            2,
                            "Sick leave",
                            "Reporting sick leave to your manager",
                            List.of("hr"),
                            "hr",
                            "HR",
                            ALL,
                            true,
                            false),
                    Items.item(
                            ItemType.GUIDANCE,
                            3,
                            "Leave for carers",
                            "Carers leave policy",
                            List.of("policy"),
                            null,
                            null,
                            ALL,
                            false,
                            true),
                    Items.item(
                            ItemType.DOCUMENT,
                            4,
                            "Parental leave form",
                            "Form for parents",
                            List.of("forms"),
                            "ops",
                            "Ops",
                            ALL,
                            false,
                            false),
                    IndexedItem.builder(ItemType.GUIDANCE, 5)
                            .title("Old leave rules")
                            .body("archived leave guidance")
                            .author("bob", "Bob")
                            .createdAt(Items.T0)
                            .url("/guidance/5")
                            .accessTokens(ALL)
                            .archived(true)
                            .build());
            assertThat(keys(index.search(request("\"annual leave\"", ALL)))).containsExactly("thread:1");
            assertThat(keys(index.search(request("leave -sick", ALL))))
                    .doesNotContain("thread:2")
                    .contains("thread:1");
            assertThat(keys(index.search(request("carers OR parents", ALL))))
                    .containsExactlyInAnyOrder("guidance:3", "document:4");
            assertThat(keys(index.search(request("leave type:guidance", ALL))))
                    .containsExactlyInAnyOrder("guidance:3", "guidance:5");
            assertThat(keys(index.search(request("leave", ALL).withTypes(Set.of(ItemType.GUIDANCE)))))
                    .containsExactlyInAnyOrder("guidance:3", "guidance:5");
            assertThat(keys(index.search(request("leave", ALL).withLimit(50))))
                    .doesNotContain("guidance:5")
                    .hasSize(4);
            assertThat(keys(index.search(request("leave is:unanswered", ALL)))).containsExactly("thread:1");
            assertThat(keys(index.search(request("leave is:answered", ALL)))).containsExactly("thread:2");
            assertThat(keys(index.search(request("tag:forms", ALL)))).containsExactly("document:4");
            assertThat(keys(index.search(request("leave author:ALICE group:hr", ALL))))
                    .containsExactlyInAnyOrder("thread:1", "thread:2");
            assertThat(keys(index.search(request("type:thread", ALL)))).containsExactly("thread:2", "thread:1");
            assertThat(index.search(request("leave type:thread", ALL).withTypes(Set.of(ItemType.DOCUMENT)))
                            .total())
                    .isZero();
        }
    }

    @Test
    void badQueryCorpusNeverFailsNorLeaks() throws Exception {
        List<String> corpus = List.of(
                "",
                " ",
                "\"",
                "\"\"",
                "-",
                "--",
                "OR",
                "AND",
                "NOT",
                "OR OR",
                "a OR",
                "OR a",
                "-\"\"",
                "*",
                "*:*",
                "?",
                "title:[a TO z]",
                "body:{* TO *}",
                "access:g\\:9",
                "key:thread\\:2",
                "(((",
                ")))",
                "[",
                "]",
                "{}",
                "~",
                "^",
                "foo^",
                "a~",
                "!",
                "&&",
                "||",
                "\\",
                "\\\\",
                "/",
                "/regex/",
                "\u0000\u0001\u0007",
                "secret\u0000",
                "tag:",
                "group:",
                "type:",
                "is:",
                ":",
                "::",
                "a:b:c",
                "tag:*",
                "author:*",
                "type:thread,",
                "type:,",
                "-type:thread",
                "\"secret",
                "secret\"",
                "\uD83D\uDE00",
                "\uD800",
                "x".repeat(999),
                "x".repeat(1001),
                "x".repeat(10_000),
                "a ".repeat(300),
                "é".repeat(200),
                "'); DROP TABLE items; --",
                "<script>alert(1)</script>",
                "%00",
                "\t\n\r",
                "tag:\"",
                "tag:\"a",
                "-\"a b",
                "OR \"",
                "1e309",
                "-1",
                "NaN");
        try (SearchIndex index = Items.newIndex()) {
            Items.addAll(
                    index,
                    Items.thread(1, "Public note", "nothing special", ALL),
                    Items.thread(2, "Secret plan", "secret secret", Set.of("g:9")));
            for (String q : corpus) {
                for (SearchRequest.Sort sort : SearchRequest.Sort.values()) {
                    try {
                        SearchResults r = index.search(request(q, ALL).withSort(sort));
                        assertThat(keys(r)).as(q).doesNotContain("thread:2");
                        assertThat(r.total()).as(q).isLessThanOrEqualTo(1);
                    } catch (InvalidQueryException expected) {
                        assertThat(expected.getMessage()).isNotBlank();
                    }
                }
                assertThat(index.suggest(q, ALL, 5)).extracting(Suggestion::id).doesNotContain(2L);
                assertThat(index.similar(q, q, ALL, 5))
                        .extracting(SearchHit::id)
                        .doesNotContain(2L);
                assertThat(index.related(q, ALL, 5)).extracting(SearchHit::id).doesNotContain(2L);
            }
        }
    }
}
