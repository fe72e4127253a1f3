package org.hub.web.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A realistic demo council: departments, staff, communities of practice, a year or so of questions
 * and discussions, curated guidance, documents and search synonyms. The hand-written content is the
 * YAML beside this class ({@link DemoContent}); this puts it together for a seed. Pure and
 * deterministic: the same seed always gives an equal value, and nothing here touches a database,
 * clock or file.
 *
 * <p>Departments, users, guidance and documents are fixed; group membership and the threads vary with
 * the seed. Threads are listed oldest first ({@code daysAgo} descending), so creating them in order
 * gives ids that rise with time. Every username referenced exists in {@link #users()}, every thread
 * and post author belongs to the thread's group, and nobody thanks their own post.
 */
public record DemoOrganisation(
        String name,
        List<DemoDepartment> departments,
        List<DemoUser> users,
        List<DemoGroup> groups,
        List<DemoThread> threads,
        List<DemoGuidance> guidance,
        List<List<String>> synonyms,
        List<DemoDocument> documents) {

    public static final int THREAD_COUNT = 200;
    public static final int QUESTION_COUNT = 120;

    public DemoOrganisation {
        departments = List.copyOf(departments);
        users = List.copyOf(users);
        groups = List.copyOf(groups);
        threads = List.copyOf(threads);
        guidance = List.copyOf(guidance);
        synonyms = synonyms.stream().map(List::copyOf).toList();
        documents = List.copyOf(documents);
    }

    public static DemoOrganisation generate(long seed) {
        DemoContent content = DemoContent.bundled();
        DemoContent.OrganisationFile org = content.organisation();
        Random random = new Random(seed);
        List<DemoDepartment> departments = org.departments().stream()
                .map(d -> new DemoDepartment(d.slug(), d.name()))
                .toList();
        List<DemoUser> users = users(org);
        List<DemoGroup> groups = buildGroups(random, users, content.topics(), org.groups());
        List<DemoThread> threads = new ThreadWriter(
                        random,
                        departments,
                        users,
                        groups,
                        content.topics(),
                        content.phrases(),
                        org.groups(),
                        THREAD_COUNT,
                        QUESTION_COUNT)
                .write();
        return new DemoOrganisation(
                org.name(),
                departments,
                users,
                groups,
                threads,
                content.guidance(),
                org.synonyms(),
                content.documents());
    }

    public DemoUser user(String username) {
        return users.stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo user " + username));
    }

    public DemoGroup group(String slug) {
        return groups.stream()
                .filter(g -> g.slug().equals(slug))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo group " + slug));
    }

    static List<Topic> topics() {
        return DemoContent.bundled().topics();
    }

    private static List<DemoUser> users(DemoContent.OrganisationFile org) {
        List<DemoUser> users = new ArrayList<>();
        for (DemoContent.DepartmentEntry d : org.departments()) {
            for (DemoContent.Person p : d.people()) {
                users.add(new DemoUser(
                        p.username(), p.name(), p.username() + "@" + org.emailDomain(), d.slug(), p.role()));
            }
        }
        return List.copyOf(users);
    }

    /**
     * Owner, moderators, the home departments, named extras, then a seeded sample of everyone else;
     * finally, at least two people from each department that asks about a topic in the group.
     */
    private static List<DemoGroup> buildGroups(
            Random random, List<DemoUser> users, List<Topic> topics, List<DemoContent.GroupPlan> plans) {
        List<DemoGroup> groups = new ArrayList<>();
        for (DemoContent.GroupPlan plan : plans) {
            Set<String> taken = new LinkedHashSet<>();
            taken.add(plan.owner());
            taken.addAll(plan.moderators());
            List<String> members = new ArrayList<>();
            for (DemoUser u : users) {
                if (plan.homeDepartments().contains(u.departmentSlug()) && taken.add(u.username())) {
                    members.add(u.username());
                }
            }
            for (String also : plan.alsoMembers()) {
                if (taken.add(also)) {
                    members.add(also);
                }
            }
            List<String> others = new ArrayList<>(users.stream()
                    .map(DemoUser::username)
                    .filter(u -> !taken.contains(u))
                    .toList());
            Collections.shuffle(others, random);
            for (int i = 0; i < plan.extraMembers() && i < others.size(); i++) {
                members.add(others.get(i));
                taken.add(others.get(i));
            }
            for (String dept : askingDepartments(plan.slug(), topics)) {
                long present = taken.stream()
                        .filter(u -> departmentOf(users, u).equals(dept))
                        .count();
                for (DemoUser u : users) {
                    if (present >= 2) {
                        break;
                    }
                    if (u.departmentSlug().equals(dept) && taken.add(u.username())) {
                        members.add(u.username());
                        present++;
                    }
                }
            }
            groups.add(new DemoGroup(
                    plan.slug(),
                    plan.name(),
                    plan.description(),
                    plan.visibility(),
                    plan.owner(),
                    plan.moderators(),
                    members));
        }
        return List.copyOf(groups);
    }

    private static Set<String> askingDepartments(String groupSlug, List<Topic> topics) {
        Set<String> depts = new LinkedHashSet<>();
        for (Topic t : topics) {
            if (t.groupSlugs().contains(groupSlug)) {
                depts.add(t.departmentSlug());
                for (int i = 0; i < t.questionBodies().size(); i++) {
                    depts.add(t.askerDepartment(i));
                }
            }
        }
        return depts;
    }

    private static String departmentOf(List<DemoUser> users, String username) {
        return users.stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow()
                .departmentSlug();
    }
}
