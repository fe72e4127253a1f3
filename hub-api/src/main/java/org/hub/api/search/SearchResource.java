package org.hub.api.search;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.hub.api.auth.HubPrincipal;
import org.hub.api.common.HubException;
import org.hub.search.UserQueryParser;

/** Search across every silo the viewer may see: results, suggestions, similar and related items. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search")
public final class SearchResource {
    private final SearchService search;

    public SearchResource(SearchService search) {
        this.search = search;
    }

    @GET
    @Path("/search")
    @Operation(summary = "Search threads, posts, documents and guidance, with facets, highlights and did-you-mean")
    public SearchResponse search(
            @Auth HubPrincipal principal,
            @Parameter(
                            description = "Words, \"exact phrases\", -excluded, OR, and the filters"
                                    + " tag: group: dept: author: type: is:answered is:unanswered; at most "
                                    + SearchService.MAX_QUERY + " characters and " + UserQueryParser.MAX_TERMS
                                    + " words or filters (longer answers 400)")
                    @QueryParam("q")
                    String q,
            @QueryParam("type") String type,
            @QueryParam("group") String group,
            @QueryParam("department") String department,
            @QueryParam("tag") String tag,
            @QueryParam("author") String author,
            @QueryParam("after") String after,
            @QueryParam("before") String before,
            @QueryParam("sort") String sort,
            @QueryParam("limit") String limit,
            @QueryParam("offset") String offset,
            @Parameter(
                            description = "true: search for q as typed even when it finds nothing and its"
                                    + " did-you-mean correction would find something (\"search instead for\")")
                    @QueryParam("original")
                    String original) {
        return search.search(
                principal.user(),
                new SearchService.Query(
                        q,
                        type,
                        group,
                        department,
                        tag,
                        author,
                        after,
                        before,
                        sort,
                        WholeNumber.parse("limit", limit),
                        WholeNumber.parse("offset", offset),
                        flag("original", original)));
    }

    @GET
    @Path("/search/suggest")
    @Operation(summary = "Titles matching what the user is typing")
    public SearchResponse.Suggestions suggest(
            @Auth HubPrincipal principal, @QueryParam("q") String q, @QueryParam("limit") String limit) {
        return search.suggest(principal.user(), q, WholeNumber.parse("limit", limit));
    }

    @GET
    @Path("/search/similar")
    @Operation(summary = "Existing threads and guidance like a question being written")
    public SearchResponse.Items similar(
            @Auth HubPrincipal principal,
            @QueryParam("title") String title,
            @QueryParam("body") String body,
            @QueryParam("limit") String limit) {
        return search.similar(principal.user(), title, body, WholeNumber.parse("limit", limit));
    }

    @GET
    @Path("/threads/{id}/related")
    @Operation(summary = "Threads and guidance related to a thread")
    public SearchResponse.Items related(
            @Auth HubPrincipal principal, @PathParam("id") long id, @QueryParam("limit") String limit) {
        return search.related(principal.user(), id, WholeNumber.parse("limit", limit));
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.isEmpty() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw HubException.badRequest(name + " must be true or false.");
    }
}
