package org.hub.web.pages.admin;

import java.util.Locale;
import java.util.Map;

/**
 * The audit log's action codes ({@code guidance.published}) as people read them. Codes without an
 * entry here are turned into words ("Guidance published") rather than shown raw, so an action
 * added elsewhere never reaches the page as a code.
 */
final class AuditLabels {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("department.create", "Department added"),
            Map.entry("document.delete", "Document deleted"),
            Map.entry("group.create", "Group created"),
            Map.entry("group.update", "Group settings changed"),
            Map.entry("guidance.create", "Guidance drafted"),
            Map.entry("guidance.edit", "Guidance edited"),
            Map.entry("guidance.draft", "Guidance returned to draft"),
            Map.entry("guidance.published", "Guidance published"),
            Map.entry("guidance.archived", "Guidance archived"),
            Map.entry("member.add", "Member added to a group"),
            Map.entry("member.approve", "Join request approved"),
            Map.entry("member.join", "Joined a group"),
            Map.entry("member.leave", "Left a group"),
            Map.entry("member.remove", "Member removed from a group"),
            Map.entry("member.request", "Asked to join a group"),
            Map.entry("member.role", "Member's role changed"),
            Map.entry("post.delete", "Answer deleted"),
            Map.entry("post.edit", "Answer edited by a moderator"),
            Map.entry("synonyms.replace", "Synonyms changed"),
            Map.entry("thread.accept", "Answer accepted"),
            Map.entry("thread.delete", "Question deleted"),
            Map.entry("thread.edit", "Question edited by a moderator"),
            Map.entry("token.create", "API token created"),
            Map.entry("user.create", "Person added"),
            Map.entry("user.deactivate", "Person deactivated"),
            Map.entry("user.role", "Person's role changed"),
            Map.entry("user.update", "Person's details changed"));

    private AuditLabels() {}

    static String of(String action) {
        String known = LABELS.get(action);
        if (known != null) {
            return known;
        }
        String words = action.replace('.', ' ').replace('_', ' ').strip();
        return words.isEmpty() ? action : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** {@code department:parks} as "Department parks"; targets without a kind are shown as they are. */
    static String target(String target) {
        int colon = target.indexOf(':');
        if (colon <= 0) {
            return target;
        }
        String kind = target.substring(0, colon);
        return kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1) + " " + target.substring(colon + 1);
    }
}
