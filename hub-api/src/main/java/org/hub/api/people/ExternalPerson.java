package org.hub.api.people;

import java.util.Optional;

/**
 * A person as an identity provider or a directory describes them, already checked and mapped
 * from its claims or attributes: who they are there ({@code issuer}, {@code subject}) and what
 * their Hub profile should say.
 *
 * @param department the department's name as the provider gives it, if it gives one
 */
public record ExternalPerson(
        String issuer,
        String subject,
        String username,
        String email,
        String displayName,
        Optional<String> department) {}
