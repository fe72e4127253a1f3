package org.hub.api.directory;

import java.util.Optional;

/** One person as the directory describes them, attributes already picked out by name. */
public record DirectoryEntry(
        String dn,
        String username,
        String email,
        String displayName,
        Optional<String> department,
        Optional<String> title) {}
