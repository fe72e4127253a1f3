package org.hub.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoOrganisationTest {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,40}");
    private static final Pattern GROUP_SLUG = Pattern.compile("[a-z0-9-]{2,60}");
    private static final Pattern TAG = Pattern.compile("[a-z0-9-]{1,40}");

    private final DemoOrganisation org = DemoOrganisation.generate(42L);

    @Test
    void sameSeedGivesAnEqualValue() {
        assertThat(DemoOrganisation.generate(42L)).isEqualTo(org);
        assertThat(DemoOrganisation.generate(7L)).isEqualTo(DemoOrganisation.generate(7L));
    }

    @Test
    void differentSeedsGiveDifferentThreads() {
        assertThat(DemoOrganisation.generate(43L).threads()).isNotEqualTo(org.threads());
    }

    @Test
    void counts() {
        assertThat(org.departments()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(org.departments())
                .extracting(DemoDepartment::slug)
                .contains(
                        "housing", "adult-social-care", "childrens-services", "planning", "communications", "digital");
        assertThat(org.users()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(org.groups()).hasSize(12);
        assertThat(org.groups())
                .extracting(DemoGroup::visibility)
                .contains("open", "restricted", "private")
                .allMatch(v -> Set.of("open", "restricted", "private").contains(v));
        assertThat(org.threads()).hasSize(200);
        long questions = org.threads().stream().filter(DemoThread::isQuestion).count();
        assertThat(questions).isBetween(110L, 130L);
        assertThat(org.guidance()).hasSizeBetween(6, 12);
        assertThat(org.synonyms()).isNotEmpty().allMatch(s -> s.size() >= 2);
    }

    @Test
    void everyDepartmentHasPeopleAndCommunicationsHasCurators() {
        Map<String, Long> perDept =
                org.users().stream().collect(Collectors.groupingBy(DemoUser::departmentSlug, Collectors.counting()));
        assertThat(perDept.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        org.departments().stream().map(DemoDepartment::slug).toList());
        List<DemoUser> curators =
                org.users().stream().filter(u -> u.role().equals("curator")).toList();
        assertThat(curators).hasSizeBetween(2, 3).allMatch(u -> u.departmentSlug()
                .equals("communications"));
        assertThat(org.users())
                .allMatch(u -> Set.of("member", "curator", "admin").contains(u.role()));
    }

    @Test
    void usernamesSlugsAndEmailsAreValidAndUnique() {
        assertThat(org.users())
                .extracting(DemoUser::username)
                .allMatch(u -> USERNAME.matcher(u).matches())
                .doesNotHaveDuplicates()
                .doesNotContain("admin");
        assertThat(org.users())
                .extracting(DemoUser::email)
                .allMatch(e -> e.matches("[a-z0-9._-]+@[a-z0-9.-]+"))
                .doesNotHaveDuplicates();
        assertThat(org.departments())
                .extracting(DemoDepartment::slug)
                .allMatch(s -> GROUP_SLUG.matcher(s).matches())
                .doesNotHaveDuplicates();
        assertThat(org.groups())
                .extracting(DemoGroup::slug)
                .allMatch(s -> GROUP_SLUG.matcher(s).matches())
                .doesNotHaveDuplicates();
        assertThat(org.groups()).extracting(DemoGroup::name).doesNotHaveDuplicates();
        Set<String> deptSlugs =
                org.departments().stream().map(DemoDepartment::slug).collect(Collectors.toSet());
        assertThat(org.users()).allMatch(u -> deptSlugs.contains(u.departmentSlug()));
    }

    @Test
    void groupMembershipIsConsistent() {
        Set<String> usernames = usernames();
        for (DemoGroup g : org.groups()) {
            assertThat(g.allMembers()).as(g.slug()).doesNotHaveDuplicates();
            assertThat(g.allMembers()).as(g.slug()).allMatch(usernames::contains);
            assertThat(g.memberUsernames()).as(g.slug()).doesNotContain(g.ownerUsername());
            assertThat(g.allMembers().size()).as(g.slug()).isGreaterThanOrEqualTo(6);
            Set<String> depts = g.allMembers().stream()
                    .map(u -> org.user(u).departmentSlug())
                    .collect(Collectors.toSet());
            assertThat(depts).as("departments in " + g.slug()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(g.description()).isNotBlank();
        }
    }

    @Test
    void threadsReferToRealGroupsAndMembers() {
        Map<String, DemoGroup> groups =
                org.groups().stream().collect(Collectors.toMap(DemoGroup::slug, Function.identity()));
        for (DemoThread t : org.threads()) {
            DemoGroup g = groups.get(t.groupSlug());
            assertThat(g).as(t.title()).isNotNull();
            Set<String> members = new HashSet<>(g.allMembers());
            assertThat(members).as(t.title()).contains(t.authorUsername());
            assertThat(Set.of("question", "discussion")).contains(t.kind());
            assertThat(t.title()).isNotBlank().hasSizeLessThanOrEqualTo(200);
            assertThat(t.bodyMarkdown())
                    .isNotBlank()
                    .hasSizeLessThanOrEqualTo(50_000)
                    .doesNotContain("{", "}");
            assertThat(t.daysAgo()).isPositive();
            assertThat(t.posts()).hasSizeLessThanOrEqualTo(6);
            for (DemoPost p : t.posts()) {
                assertThat(members).as(t.title()).contains(p.authorUsername());
                assertThat(p.bodyMarkdown()).isNotBlank().doesNotContain("{", "}");
                assertThat(p.thankedBy()).doesNotHaveDuplicates().doesNotContain(p.authorUsername());
                assertThat(members).containsAll(p.thankedBy());
            }
        }
    }

    @Test
    void acceptedAnswersAreValidAndOnlyOnQuestions() {
        for (DemoThread t : org.threads()) {
            if (t.acceptedPostIndex() == null) {
                continue;
            }
            assertThat(t.isQuestion()).as(t.title()).isTrue();
            assertThat(t.acceptedPostIndex()).isBetween(0, t.posts().size() - 1);
            assertThat(t.posts().get(t.acceptedPostIndex()).authorUsername()).isNotEqualTo(t.authorUsername());
        }
        List<DemoThread> questions =
                org.threads().stream().filter(DemoThread::isQuestion).toList();
        long accepted =
                questions.stream().filter(t -> t.acceptedPostIndex() != null).count();
        long noPosts = questions.stream().filter(t -> t.posts().isEmpty()).count();
        long answeredNotAccepted = questions.stream()
                .filter(t -> !t.posts().isEmpty() && t.acceptedPostIndex() == null)
                .count();
        assertThat(accepted).isGreaterThan(questions.size() / 2);
        assertThat(noPosts).isPositive();
        assertThat(answeredNotAccepted).isPositive();
    }

    @Test
    void tagsAreValid() {
        for (DemoThread t : org.threads()) {
            assertThat(t.tags())
                    .as(t.title())
                    .isNotEmpty()
                    .hasSizeLessThanOrEqualTo(10)
                    .doesNotHaveDuplicates()
                    .allMatch(tag -> TAG.matcher(tag).matches());
        }
        for (DemoGuidance g : org.guidance()) {
            assertThat(g.tags()).as(g.title()).hasSizeLessThanOrEqualTo(10).allMatch(tag -> TAG.matcher(tag)
                    .matches());
        }
    }

    @Test
    void titlesAreMostlyDistinctAndNothingIsPlaceholderText() {
        long distinct = org.threads().stream()
                .map(t -> t.title().toLowerCase(Locale.ROOT))
                .distinct()
                .count();
        assertThat(distinct).isGreaterThanOrEqualTo(190);
        long distinctBodies =
                org.threads().stream().map(DemoThread::bodyMarkdown).distinct().count();
        assertThat(distinctBodies).isGreaterThanOrEqualTo(150);
        for (DemoThread t : org.threads()) {
            assertThat(t.title().toLowerCase(Locale.ROOT)).doesNotContain("lorem", "ipsum");
            assertThat(t.bodyMarkdown().toLowerCase(Locale.ROOT)).doesNotContain("lorem", "ipsum");
            t.posts().forEach(p -> assertThat(p.bodyMarkdown().toLowerCase(Locale.ROOT))
                    .doesNotContain("lorem"));
        }
        org.guidance().forEach(g -> assertThat(g.bodyMarkdown().toLowerCase(Locale.ROOT))
                .doesNotContain("lorem"));
    }

    @Test
    void answersComeFromOtherDepartmentsToo() {
        long crossDepartmentPosts = org.threads().stream()
                .flatMap(t -> t.posts().stream().filter(p -> !org.user(p.authorUsername())
                        .departmentSlug()
                        .equals(org.user(t.authorUsername()).departmentSlug())))
                .count();
        long allPosts = org.threads().stream().mapToLong(t -> t.posts().size()).sum();
        assertThat(crossDepartmentPosts).isGreaterThan(allPosts / 3);
        long acceptedFromOtherDept = org.threads().stream()
                .filter(t -> t.acceptedPostIndex() != null)
                .filter(t -> !org.user(t.posts().get(t.acceptedPostIndex()).authorUsername())
                        .departmentSlug()
                        .equals(org.user(t.authorUsername()).departmentSlug()))
                .count();
        assertThat(acceptedFromOtherDept).isPositive();
    }

    @Test
    void everyGroupHasThreadsAndThanksAreSprinkled() {
        Set<String> withThreads =
                org.threads().stream().map(DemoThread::groupSlug).collect(Collectors.toSet());
        assertThat(withThreads)
                .containsAll(org.groups().stream().map(DemoGroup::slug).toList());
        long thanked = org.threads().stream()
                .flatMap(t -> t.posts().stream())
                .filter(p -> !p.thankedBy().isEmpty())
                .count();
        assertThat(thanked).isGreaterThan(50);
    }

    @Test
    void someMarkdownAndGovUkLinks() {
        String all = org.threads().stream()
                .flatMap(t -> java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(t.bodyMarkdown()),
                        t.posts().stream().map(DemoPost::bodyMarkdown)))
                .collect(Collectors.joining("\n"));
        assertThat(all).contains("**", "\n1. ", "\n- ", "](https://www.gov.uk/");
        assertThat(all).contains("Care Act 2014", "UK GDPR", "Housing Act 1996", "Children and Families Act 2014");
    }

    @Test
    void guidanceIsOwnedByCuratorsWithADraftAndOverdueItems() {
        Set<String> curators = org.users().stream()
                .filter(u -> u.role().equals("curator"))
                .map(DemoUser::username)
                .collect(Collectors.toSet());
        assertThat(org.guidance()).allMatch(g -> curators.contains(g.ownerUsername()));
        assertThat(org.guidance())
                .extracting(DemoGuidance::status)
                .allMatch(s -> Set.of("draft", "published", "archived").contains(s))
                .contains("draft", "published");
        long overduePublished = org.guidance().stream()
                .filter(g -> g.status().equals("published") && g.reviewInDays() < 0)
                .count();
        assertThat(overduePublished).isGreaterThanOrEqualTo(2);
        assertThat(org.guidance())
                .extracting(DemoGuidance::title)
                .doesNotHaveDuplicates()
                .allMatch(t -> t.length() <= 200);
    }

    @Test
    void askersSpeakForTheirOwnDepartment() {
        for (long seed = 1; seed <= 10; seed++) {
            DemoOrganisation other = DemoOrganisation.generate(seed);
            for (DemoThread t : other.threads()) {
                String dept = other.user(t.authorUsername()).departmentSlug();
                if (t.bodyMarkdown().contains("I'm a personal adviser in children's services")) {
                    assertThat(dept).as(t.title()).isEqualTo("childrens-services");
                }
                if (t.bodyMarkdown().contains("I work in adult social care")) {
                    assertThat(dept).as(t.title()).isEqualTo("adult-social-care");
                }
            }
        }
    }

    @Test
    void everyTopicIsWellFormed() {
        for (Topic t : DemoOrganisation.topics()) {
            assertThat(t.subject()).as(t.key()).isNotBlank();
            assertThat(t.questionTitles()).as(t.key()).isNotEmpty();
            assertThat(t.questionBodies()).as(t.key()).isNotEmpty();
            assertThat(t.discussionBodies()).as(t.key()).isNotEmpty();
            assertThat(t.answers()).as(t.key()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(t.groupSlugs()).as(t.key()).isNotEmpty();
        }
        assertThat(DemoOrganisation.topics())
                .extracting(Topic::key)
                .doesNotHaveDuplicates()
                .hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void threadsAreOldestFirst() {
        List<Integer> days = org.threads().stream().map(DemoThread::daysAgo).toList();
        for (int i = 1; i < days.size(); i++) {
            assertThat(days.get(i)).isLessThanOrEqualTo(days.get(i - 1));
        }
    }

    @Test
    void otherSeedsAreValidToo() {
        for (long seed = 1; seed <= 20; seed++) {
            DemoOrganisation other = DemoOrganisation.generate(seed);
            assertThat(other.threads()).hasSize(200);
            assertThat(other.threads().stream()
                            .map(DemoThread::title)
                            .distinct()
                            .count())
                    .isGreaterThanOrEqualTo(190);
            for (DemoThread t : other.threads()) {
                Set<String> members = new HashSet<>(other.group(t.groupSlug()).allMembers());
                assertThat(members).contains(t.authorUsername());
                t.posts().forEach(p -> {
                    assertThat(members).contains(p.authorUsername());
                    assertThat(p.thankedBy()).doesNotContain(p.authorUsername());
                });
                if (t.acceptedPostIndex() != null) {
                    assertThat(t.isQuestion()).isTrue();
                    assertThat(t.posts().get(t.acceptedPostIndex()).authorUsername())
                            .isNotEqualTo(t.authorUsername());
                }
            }
        }
    }

    private Set<String> usernames() {
        return org.users().stream().map(DemoUser::username).collect(Collectors.toSet());
    }
}
