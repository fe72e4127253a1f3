package org.hub.api.search;

import io.dropwizard.lifecycle.Managed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.hub.search.SearchIndex;
import org.hub.search.SearchIndexException;
import org.hub.search.SearchIndexOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index on disk: opens it, sets a corrupt one aside (renamed, never deleted) so it can be
 * rebuilt from the database, and closes it last at shutdown.
 */
public final class IndexFolder implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(IndexFolder.class);

    private final SearchIndex index;
    private final boolean fresh;

    private IndexFolder(SearchIndex index, boolean fresh) {
        this.index = index;
        this.fresh = fresh;
    }

    public static IndexFolder open(Path path, SearchIndexOptions options, Clock clock) {
        try {
            if (!SearchIndex.isHealthy(path)) {
                setAside(path, clock);
            }
            boolean fresh = !Files.isDirectory(path) || isEmpty(path);
            Files.createDirectories(path);
            try {
                return new IndexFolder(SearchIndex.open(path, options), fresh);
            } catch (SearchIndexException e) {
                if (!e.isCorruption()) {
                    throw e;
                }
                setAside(path, clock);
                Files.createDirectories(path);
                return new IndexFolder(SearchIndex.open(path, options), true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + path, e);
        }
    }

    private static void setAside(Path path, Clock clock) throws IOException {
        Path aside = path.resolveSibling(path.getFileName() + ".corrupt-" + clock.millis());
        LOG.error("The search index at {} is corrupt; moved it to {} and rebuilding from the database", path, aside);
        Files.move(path, aside);
    }

    private static boolean isEmpty(Path path) throws IOException {
        try (var files = Files.list(path)) {
            return files.findAny().isEmpty();
        }
    }

    public SearchIndex index() {
        return index;
    }

    /** True when the index was just created (new or set aside) and must be filled from the database. */
    public boolean isFresh() {
        return fresh;
    }

    @Override
    public void stop() {
        index.close();
    }
}
