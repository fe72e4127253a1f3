package org.hub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.search.Items.ALL;
import static org.hub.search.Items.request;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Covers facet counts and labels, and that facets only count what the viewer may see. */
class FacetsTest {

    @Test
    void countsWithLabelsAndOnlyVisibleItems() throws Exception {
        try (SearchIndex index = Items.newIndex()) {
            Items.addAll(
                    index,
                    Items.item(
                            ItemType.THREAD,
                            1,
                            "Budget",
                            "budget talk",
                            List.of("Finance", "planning"),
                            "fin",
                            "Finance Team",
                            ALL,
                            false,
                            false),
                    Items.item(
                            ItemType.THREAD,
                            2,
                            "Budget",
                            "budget again",
                            List.of("finance"),
                            "fin",
                            "Finance Team",
                            ALL,
                            false,
                            false),
                    Items.item(
                            ItemType.DOCUMENT,
                            3,
                            "Budget sheet",
                            "budget numbers",
                            List.of("finance"),
                            "ops",
                            "Operations",
                            ALL,
                            false,
                            false),
                    Items.item(
                            ItemType.THREAD,
                            4,
                            "Budget",
                            "secret budget",
                            List.of("secret-tag"),
                            "cab",
                            "Cabinet Office \u001f Private",
                            Set.of("g:9"),
                            false,
                            false));

            SearchResults r = index.search(request("budget", ALL));
            assertThat(r.total()).isEqualTo(3);
            assertThat(r.facets().get("type"))
                    .containsExactly(new FacetValue("thread", "thread", 2), new FacetValue("document", "document", 1));
            assertThat(r.facets().get("group"))
                    .containsExactly(new FacetValue("fin", "Finance Team", 2), new FacetValue("ops", "Operations", 1));
            assertThat(r.facets().get("department")).containsExactly(new FacetValue("dept-a", "Department A", 3));
            assertThat(r.facets().get("tag")).extracting(FacetValue::value).containsExactly("finance", "planning");
            assertThat(r.facets().get("tag").get(0).count()).isEqualTo(3);

            SearchResults insider = index.search(request("budget", Set.of("all", "g:9")));
            assertThat(insider.total()).isEqualTo(4);
            assertThat(insider.facets().get("group")).contains(new FacetValue("cab", "Cabinet Office   Private", 1));
            assertThat(insider.facets().get("tag"))
                    .extracting(FacetValue::value)
                    .contains("secret-tag");

            assertThat(index.search(request("budget", Set.of())).facets().get("group"))
                    .isEmpty();

            SearchResults hitsOnly = index.search(request("budget", ALL).withFacets(false));
            assertThat(hitsOnly.facets())
                    .containsOnlyKeys("type", "group", "department", "tag")
                    .allSatisfy((dim, values) -> assertThat(values).isEmpty());
            assertThat(hitsOnly.total()).isEqualTo(3);
            assertThat(Items.keys(hitsOnly)).isEqualTo(Items.keys(r));
            assertThat(index.search(request("budget", ALL).withFacets(false).withSort(SearchRequest.Sort.NEWEST))
                            .total())
                    .isEqualTo(3);
        }
    }

    @Test
    void filtersNarrowFacetsAndHits() throws Exception {
        try (SearchIndex index = Items.newIndex()) {
            Items.addAll(
                    index,
                    Items.item(
                            ItemType.THREAD,
                            1,
                            "Budget",
                            "budget talk",
                            List.of("finance"),
                            "fin",
                            "Finance Team",
                            ALL,
                            false,
                            false),
                    Items.item(
                            ItemType.DOCUMENT,
                            3,
                            "Budget sheet",
                            "budget numbers",
                            List.of("ops"),
                            "ops",
                            "Operations",
                            ALL,
                            false,
                            false));
            SearchResults r = index.search(request("budget group:fin", ALL));
            assertThat(r.total()).isEqualTo(1);
            assertThat(r.facets().get("group")).containsExactly(new FacetValue("fin", "Finance Team", 1));
            SearchResults byTag = index.search(request("tag:OPS", ALL));
            assertThat(Items.keys(byTag)).containsExactly("document:3");
        }
    }

    @Test
    void emptyIndexHasEmptyFacets() throws Exception {
        try (SearchIndex index = Items.newIndex()) {
            SearchResults r = index.search(request("anything", ALL));
            assertThat(r.total()).isZero();
            assertThat(r.facets()).containsOnlyKeys("type", "group", "department", "tag");
        }
    }

    /** Issue 11 finding 12: a query of only stop words or punctuation answered {@code "facets": {}}. */
    @Test
    void aQueryWithNothingToLookForStillHasEveryFacetKey() throws Exception {
        try (SearchIndex index = Items.newIndex()) {
            Items.addAll(
                    index,
                    Items.item(
                            ItemType.THREAD,
                            1,
                            "Budget",
                            "budget talk",
                            List.of("finance"),
                            "fin",
                            "Finance Team",
                            ALL,
                            false,
                            false));
            for (String q : List.of("the", "!!!", "", "-budget")) {
                SearchResults r = index.search(request(q, ALL));
                assertThat(r.facets()).as("facets of %s", q).containsOnlyKeys("type", "group", "department", "tag");
                assertThat(List.copyOf(r.facets().keySet())).containsExactly("type", "group", "department", "tag");
            }
        }
    }
}
