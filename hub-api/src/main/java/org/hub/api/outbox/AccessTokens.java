package org.hub.api.outbox;

/**
 * The search index's access tokens, in one place for both sides: the tokens an item is indexed
 * with (the search package's {@code ItemLoader}) and the tokens a viewer holds ({@code GroupService.accessTokens}).
 *
 * <p>DESIGN.md "Who sees what", with one refinement: group content carries "g:&lt;id&gt;" whatever
 * the group's visibility, and viewers hold the token of every group they may see. A group switched
 * between private and open then applies to the next search; with "all" on open groups' content,
 * making a group private would have leaked its items until they were reindexed.
 */
public final class AccessTokens {
    /** Held by every signed-in viewer: published guidance. */
    public static final String EVERYONE = "all";
    /** Held by curators and admins: draft guidance. */
    public static final String CURATORS = "role:curator";

    private AccessTokens() {}

    /** The token of one group's content. */
    public static String group(long groupId) {
        return "g:" + groupId;
    }
}
