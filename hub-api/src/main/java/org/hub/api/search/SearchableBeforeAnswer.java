package org.hub.api.search;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.time.Duration;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Read-your-writes for search (issue 11 finding 8): a request that may have changed content (any
 * method but GET, HEAD and OPTIONS) that succeeded is answered only once its changes are in the
 * index and searchable, so the next search never returns a deleted thread or an edited title's
 * old text. It runs after the resource method, when the write's transaction has committed, and
 * covers the API and the pages alike.
 *
 * <p>Why here and not in the search: writes are far rarer than searches, and waiting on the
 * write keeps every search as fast as before, whatever the write load. A request that wrote
 * nothing (a sign-in, say) costs one {@code MAX(seq)} query; one that wrote waits for one
 * indexer poll and searcher refresh, a few milliseconds on a small index (see the README). If the
 * indexer is failing or slower than {@link #LIMIT}, the answer goes out anyway, logged: the
 * health check already reports the index as behind.
 */
public final class SearchableBeforeAnswer implements ContainerResponseFilter {
    private static final Logger LOG = LoggerFactory.getLogger(SearchableBeforeAnswer.class);
    static final Duration LIMIT = Duration.ofSeconds(2);
    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final Indexer indexer;

    public SearchableBeforeAnswer(Indexer indexer) {
        this.indexer = indexer;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (SAFE.contains(request.getMethod()) || response.getStatus() >= 400) {
            return;
        }
        try {
            if (!indexer.awaitSearchable(LIMIT)) {
                LOG.warn(
                        "{} {} answered before its changes were searchable: the indexer is behind or failing",
                        request.getMethod(),
                        request.getUriInfo().getPath());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // the write has committed: answer it, rather than a 500 for a change that was made
            LOG.warn(
                    "Could not wait for {} {} to be searchable",
                    request.getMethod(),
                    request.getUriInfo().getPath(),
                    e);
        }
    }
}
