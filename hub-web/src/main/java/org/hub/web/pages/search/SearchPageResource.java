package org.hub.web.pages.search;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hub.api.search.SearchResponse;
import org.hub.api.search.SearchService;
import org.hub.web.pages.common.FormSubmission;
import org.hub.web.pages.common.Viewer;

/** {@code /search}: results with highlights, facet links with counts, did-you-mean, sort and pages. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public final class SearchPageResource {
    static final int PAGE_SIZE = 10;
    /** A query the parser cannot read, or a page past the end: said beside the search box. */
    private static final FormSubmission QUERY = FormSubmission.correcting(400);

    private final SearchService search;

    public SearchPageResource(SearchService search) {
        this.search = search;
    }

    @GET
    @Path("search")
    public Response search(
            @Context ContainerRequestContext request,
            @QueryParam("q") String q,
            @QueryParam("type") String type,
            @QueryParam("group") String group,
            @QueryParam("department") String department,
            @QueryParam("tag") String tag,
            @QueryParam("sort") String sort,
            @QueryParam("page") String page,
            @QueryParam("original") String original) {
        Viewer viewer = Viewer.required(request);
        SearchFilters filters = new SearchFilters(
                q, type, group, department, tag, sort, SearchFilters.page(page), "true".equals(original));
        if (!filters.any()) {
            return Response.ok(SearchView.empty(viewer, filters)).build();
        }
        return QUERY.submit(
                () -> {
                    SearchResponse results = search.search(
                            viewer.user(),
                            new SearchService.Query(
                                    filters.q(),
                                    filters.type(),
                                    filters.group(),
                                    filters.department(),
                                    filters.tag(),
                                    null,
                                    null,
                                    null,
                                    filters.sort(),
                                    PAGE_SIZE,
                                    (filters.page() - 1) * PAGE_SIZE,
                                    filters.original()));
                    return Response.ok(SearchView.of(viewer, filters, results, PAGE_SIZE))
                            .build();
                },
                e -> SearchView.failed(viewer, filters, e.getMessage()));
    }
}
