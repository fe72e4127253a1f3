package org.hub.api.directory;

import org.hub.api.common.HubException;

/**
 * The directory could not be read (unreachable, bind refused, search failed): the sync stops before
 * changing anything. 502, since it is the directory, not the request, that failed.
 */
public final class DirectoryUnavailable extends HubException {
    private static final long serialVersionUID = 1L;

    public DirectoryUnavailable(String message) {
        super(502, message);
    }
}
