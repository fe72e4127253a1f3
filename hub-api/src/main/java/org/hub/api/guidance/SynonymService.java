package org.hub.api.guidance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.hub.api.audit.AuditLog;
import org.hub.api.common.HubException;
import org.hub.api.users.Permissions;
import org.hub.api.users.User;
import org.jdbi.v3.core.Jdbi;

/**
 * The organisation's jargon and acronyms, kept by curators: each set lists words or phrases that
 * mean the same. Stored in the database and applied to the index at query time, so a change
 * affects the very next search with no reindex. The index is reached through {@code toIndex} (in
 * the application, the search index's {@code setSynonyms}), so that guidance knows no search code.
 */
public final class SynonymService {
    public static final int MAX_SETS = 1000;
    public static final int MAX_TERMS = 20;
    public static final int MAX_TERM_LENGTH = 100;
    private static final String SEPARATOR = "|";

    private final Jdbi jdbi;
    private final Consumer<List<List<String>>> toIndex;
    private final AuditLog audit;

    public SynonymService(Jdbi jdbi, Consumer<List<List<String>>> toIndex, AuditLog audit) {
        this.jdbi = jdbi;
        this.toIndex = toIndex;
        this.audit = audit;
    }

    /** Loads the stored sets into the index; called at start-up. */
    public void applyStored() {
        toIndex.accept(stored());
    }

    public List<List<String>> get(User actor) {
        Permissions.requireCurator(actor);
        return stored();
    }

    public List<List<String>> replace(User actor, List<List<String>> sets) {
        Permissions.requireCurator(actor);
        List<List<String>> cleaned = clean(sets);
        jdbi.useTransaction(handle -> {
            GuidanceDao dao = handle.attach(GuidanceDao.class);
            dao.clearSynonyms();
            for (int i = 0; i < cleaned.size(); i++) {
                dao.insertSynonym(i, String.join(SEPARATOR, cleaned.get(i)));
            }
            audit.record(handle, actor, "synonyms.replace", "synonyms", cleaned.size() + " sets");
        });
        toIndex.accept(cleaned);
        return cleaned;
    }

    private List<List<String>> stored() {
        return jdbi.onDemand(GuidanceDao.class).synonyms().stream()
                .map(terms -> Arrays.asList(terms.split("\\" + SEPARATOR)))
                .toList();
    }

    public static List<List<String>> clean(List<List<String>> sets) {
        if (sets == null) {
            throw HubException.invalid("synonyms must be a list of lists of terms.");
        }
        if (sets.size() > MAX_SETS) {
            throw HubException.invalid("at most " + MAX_SETS + " synonym sets are allowed.");
        }
        List<List<String>> cleaned = new ArrayList<>();
        for (List<String> set : sets) {
            if (set == null) {
                throw HubException.invalid("each synonym set must be a list of terms.");
            }
            Set<String> terms = new LinkedHashSet<>();
            for (String term : set) {
                String t =
                        term == null ? "" : term.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                if (t.isEmpty()
                        || t.length() > MAX_TERM_LENGTH
                        || t.contains(SEPARATOR)
                        || t.chars().anyMatch(Character::isISOControl)) {
                    throw HubException.invalid("each synonym must be 1 to " + MAX_TERM_LENGTH
                            + " characters, without '|' or control characters.");
                }
                terms.add(t);
            }
            if (terms.size() < 2 || terms.size() > MAX_TERMS) {
                throw HubException.invalid("each synonym set needs 2 to " + MAX_TERMS + " different terms.");
            }
            cleaned.add(List.copyOf(terms));
        }
        return cleaned;
    }
}
