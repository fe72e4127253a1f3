package org.hub.api.common;

/**
 * A missing item, or one the viewer may not see: both answer 404 with the same message so that
 * a hidden item's existence is not revealed.
 */
public class NotFoundException extends HubException {
    public NotFoundException(String entity, Object key) {
        super(404, "No " + entity + " " + key + " was found.");
    }
}
