package org.hub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.search.Items.ALL;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Covers issue 11 finding 1: nothing a viewer gets back (hits, order, scores, totals, facets,
 * did-you-mean, suggestions, similar and related items) depends on content hidden from them.
 * The attack: an outsider puts two items in a private group of their own, one holding a guessed
 * word and one an unused word, and searches both words; with index-wide statistics the scores
 * and the order differed when the guessed word occurred in another private group or a draft.
 */
class RankingSideChannelTest {
    private static final Set<String> OUTSIDER = Set.of("all", "g:mine");
    private static final String GUESS = "zeppelin";
    private static final String UNUSED = "quokka";

    /** What the outsider may see: some public content and their own private group. */
    private static void visible(SearchIndex index) {
        Items.addAll(
                index,
                Items.item(
                        ItemType.THREAD,
                        1,
                        "Leave policy",
                        "How much annual leave carries over into next year",
                        List.of("hr"),
                        "hr",
                        "HR",
                        ALL,
                        false,
                        false),
                Items.item(
                        ItemType.THREAD,
                        2,
                        "Budget review",
                        "The budget review for the zeppelin hangar was delayed",
                        List.of(),
                        "ops",
                        "Ops",
                        ALL,
                        false,
                        false),
                Items.item(
                        ItemType.GUIDANCE,
                        3,
                        "Working from home",
                        "Guidance for working from home safely",
                        List.of("hr"),
                        null,
                        null,
                        ALL,
                        false,
                        true),
                Items.item(
                        ItemType.THREAD,
                        10,
                        "Notes " + GUESS,
                        "A note on the " + GUESS + " and other things",
                        List.of(),
                        "mine",
                        "Mine",
                        Set.of("g:mine"),
                        false,
                        false),
                Items.item(
                        ItemType.THREAD,
                        11,
                        "Notes " + UNUSED,
                        "A note on the " + UNUSED + " and other things",
                        List.of(),
                        "mine",
                        "Mine",
                        Set.of("g:mine"),
                        false,
                        false),
                Items.item(
                        ItemType.POST,
                        12,
                        "Notes " + GUESS,
                        "A reply mentioning the " + GUESS + " twice: " + GUESS,
                        List.of(),
                        "mine",
                        "Mine",
                        Set.of("g:mine"),
                        false,
                        false));
    }

    /** Content the outsider may not see, full of the guessed word: another private group and a draft. */
    private static void hidden(SearchIndex index) {
        for (int i = 0; i < 30; i++) {
            Items.addAll(
                    index,
                    Items.item(
                            ItemType.THREAD,
                            100 + i,
                            "The " + GUESS + " project " + i,
                            "Secret " + GUESS + " plans, " + GUESS + " budget and a long description of the " + GUESS
                                    + " programme number " + i,
                            List.of("secret"),
                            "secret",
                            "Secret",
                            Set.of("g:secret"),
                            i % 2 == 0,
                            false));
        }
        Items.addAll(
                index,
                Items.item(
                        ItemType.GUIDANCE,
                        200,
                        "Draft " + GUESS + " guidance",
                        GUESS + " " + GUESS + " draft zeppelins",
                        List.of(),
                        null,
                        null,
                        Set.of("role:curator"),
                        false,
                        false),
                Items.item(
                        ItemType.THREAD,
                        201,
                        "Zeppelinn spelling",
                        "zeppelinz zeplin zepelin",
                        List.of(),
                        "secret",
                        "Secret",
                        Set.of("g:secret"),
                        false,
                        false));
    }

    /** Runs {@code probe} on an index of the visible content alone and on one with the hidden content too. */
    private static <T> void sameWithAndWithoutHidden(
            java.util.function.Function<SearchIndex, T> probe, Consumer<T> check) {
        T without;
        T with;
        try (SearchIndex index = Items.newIndex()) {
            visible(index);
            without = probe.apply(index);
        }
        try (SearchIndex index = Items.newIndex()) {
            hidden(index); // first, so segments mix hidden and visible documents
            visible(index);
            hidden(index); // again: updates leave deleted hidden copies behind
            with = probe.apply(index);
        }
        check.accept(without);
        assertThat(with).isEqualTo(without);
    }

    private static SearchResults search(SearchIndex index, SearchRequest req) {
        try {
            return index.search(req);
        } catch (InvalidQueryException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void scoresAndOrderInOnesOwnPrivateGroupDoNotDependOnHiddenContent() {
        SearchRequest req = new SearchRequest(
                GUESS + " OR " + UNUSED,
                Set.of(),
                "mine",
                null,
                null,
                null,
                null,
                null,
                SearchRequest.Sort.RELEVANCE,
                20,
                0,
                OUTSIDER);
        sameWithAndWithoutHidden(index -> search(index, req), r -> {
            assertThat(Items.keys(r)).containsExactlyInAnyOrder("thread:10", "thread:11", "post:12");
            assertThat(r.hits()).allSatisfy(h -> assertThat(h.score()).isPositive());
        });
    }

    @Test
    void wholeIndexSearchesTotalsAndFacetsDoNotDependOnHiddenContent() {
        for (String q : List.of(GUESS, GUESS + " budget", "notes", "leave OR " + GUESS, "\"the " + GUESS + "\"")) {
            sameWithAndWithoutHidden(index -> search(index, SearchRequest.of(q, OUTSIDER)), r -> assertThat(r.total())
                    .isPositive());
        }
    }

    @Test
    void didYouMeanOffersOnlyTheViewersWords() {
        sameWithAndWithoutHidden(
                index -> search(index, SearchRequest.of("zeppelinz", OUTSIDER)).didYouMean(),
                dym -> assertThat(dym).isEqualTo(GUESS));
    }

    @Test
    void suggestionsSimilarAndRelatedItemsDoNotDependOnHiddenContent() {
        sameWithAndWithoutHidden(
                index -> index.suggest("note", OUTSIDER, 10), s -> assertThat(s).hasSize(2));
        sameWithAndWithoutHidden(
                index -> index.similar(
                        "Budget for the " + GUESS, "A note on the " + GUESS + " budget and leave", OUTSIDER, 10),
                s -> assertThat(s).isNotEmpty());
        sameWithAndWithoutHidden(index -> index.related("thread:10", OUTSIDER, 10), s -> assertThat(s)
                .isNotEmpty());
    }

    @Test
    void statisticsArePerViewer() throws Exception {
        // each viewer's scores come from what that viewer sees: the hidden items above do count for
        // a viewer who may see them, so this test's hidden content really does move the statistics
        try (SearchIndex index = Items.newIndex()) {
            visible(index);
            hidden(index);
            Set<String> everything = Set.of("all", "g:mine", "g:secret", "role:curator");
            SearchResults r = index.search(SearchRequest.of(GUESS, everything));
            assertThat(r.total()).isEqualTo(34);
            SearchResults own = index.search(SearchRequest.of(GUESS, OUTSIDER));
            assertThat(own.hits().get(0).score())
                    .isNotEqualTo(r.hits().stream()
                            .filter(h -> h.key().equals(own.hits().get(0).key()))
                            .findFirst()
                            .orElseThrow()
                            .score());
        }
    }
}
