package org.hub.api.guidance;

/**
 * The guidance list's order: published items first (what readers came for), then drafts, then
 * archived items last, each newest first. One number per item so that the list keeps its
 * single-number keyset cursor; the DAO's SQL computes the same number.
 */
final class GuidanceOrder {
    /** Ids stay far below 2^48; the status's rank sits above them. */
    static final long RANK_UNIT = 1L << 48;

    private GuidanceOrder() {}

    static long key(Guidance g) {
        return key(g.status(), g.id());
    }

    static long key(GuidanceStatus status, long id) {
        return rank(status) * RANK_UNIT + id;
    }

    private static long rank(GuidanceStatus status) {
        return switch (status) {
            case PUBLISHED -> 2;
            case DRAFT -> 1;
            case ARCHIVED -> 0;
        };
    }
}
