package org.hub.web.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The demo's hand-written content, read from the YAML files beside this class
 * ({@code organisation.yml}, {@code topics.yml}, {@code phrases.yml}, {@code guidance.yml},
 * {@code documents.yml}). Unknown fields are refused, so a misspelt key fails loudly.
 */
record DemoContent(
        OrganisationFile organisation,
        List<Topic> topics,
        Phrases phrases,
        List<DemoGuidance> guidance,
        List<DemoDocument> documents) {

    /** organisation.yml: the council, its departments and staff, its groups and search synonyms. */
    record OrganisationFile(
            String name,
            String emailDomain,
            List<DepartmentEntry> departments,
            List<GroupPlan> groups,
            List<List<String>> synonyms) {}

    record DepartmentEntry(String slug, String name, List<Person> people) {}

    /** @param role {@code member} (when absent), {@code curator} or {@code admin} */
    record Person(String name, String username, String role) {
        Person {
            role = role == null ? "member" : role;
        }
    }

    /**
     * A group and how to fill it: owner, moderators, everyone in {@code homeDepartments},
     * {@code alsoMembers}, then {@code extraMembers} people drawn at random from everyone else.
     */
    record GroupPlan(
            String slug,
            String name,
            String description,
            String visibility,
            String owner,
            List<String> moderators,
            List<String> homeDepartments,
            List<String> alsoMembers,
            int extraMembers) {
        GroupPlan {
            moderators = moderators == null ? List.of() : List.copyOf(moderators);
            homeDepartments = homeDepartments == null ? List.of() : List.copyOf(homeDepartments);
            alsoMembers = alsoMembers == null ? List.of() : List.copyOf(alsoMembers);
        }
    }

    private record TopicsFile(List<Topic> topics) {}

    private record GuidanceFile(List<DemoGuidance> guidance) {}

    private record DocumentsFile(List<DemoDocument> documents) {}

    /** The content shipped in the jar, read once: it never changes while the JVM runs. */
    static DemoContent bundled() {
        return Bundled.CONTENT;
    }

    private static final class Bundled {
        static final DemoContent CONTENT = read();
    }

    private static DemoContent read() {
        ObjectMapper yaml = new YAMLMapper();
        return new DemoContent(
                read(yaml, "organisation.yml", OrganisationFile.class),
                List.copyOf(read(yaml, "topics.yml", TopicsFile.class).topics()),
                read(yaml, "phrases.yml", Phrases.class),
                List.copyOf(read(yaml, "guidance.yml", GuidanceFile.class).guidance()),
                List.copyOf(read(yaml, "documents.yml", DocumentsFile.class).documents()));
    }

    private static <T> T read(ObjectMapper yaml, String file, Class<T> type) {
        try (InputStream in = DemoContent.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("The demo content " + file + " is missing from the jar");
            }
            return yaml.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo content " + file, e);
        }
    }
}
