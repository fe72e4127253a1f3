package org.hub.web.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the demo's threads: each hand-written question title and some discussion titles of the
 * topics, with bodies and replies combined from the topic's own text and the generic {@link Phrases}.
 * Holds the random source and look-ups for one generation; the order of random draws is what makes
 * a seed give the same organisation every time, so keep it when changing anything here.
 */
final class ThreadWriter {
    private static final Pattern SLOT = Pattern.compile("\\{([a-zA-Z]+)}");

    private final Random random;
    private final Map<String, DemoUser> usersByName = new LinkedHashMap<>();
    private final Map<String, String> departmentNames = new LinkedHashMap<>();
    private final Map<String, DemoGroup> groupsBySlug = new LinkedHashMap<>();
    private final Map<String, List<String>> homeDepartments = new LinkedHashMap<>();
    private final List<DemoUser> users;
    private final List<Topic> topics;
    private final Phrases text;
    private final int threadCount;
    private final int questionCount;

    ThreadWriter(
            Random random,
            List<DemoDepartment> departments,
            List<DemoUser> users,
            List<DemoGroup> groups,
            List<Topic> topics,
            Phrases phrases,
            List<DemoContent.GroupPlan> plans,
            int threadCount,
            int questionCount) {
        this.random = random;
        this.users = users;
        this.topics = topics;
        this.text = phrases;
        this.threadCount = threadCount;
        this.questionCount = questionCount;
        departments.forEach(d -> departmentNames.put(d.slug(), d.name()));
        users.forEach(u -> usersByName.put(u.username(), u));
        groups.forEach(g -> groupsBySlug.put(g.slug(), g));
        plans.forEach(p -> homeDepartments.put(p.slug(), p.homeDepartments()));
    }

    /** A title to use; for questions, {@code bodyRef} says which body goes with it (see {@link Topic}). */
    private record Pick(Topic topic, String title, boolean question, String bodyRef, int bestAnswer) {}

    List<DemoThread> write() {
        List<DemoThread> threads = new ArrayList<>();
        for (Pick pick : picks()) {
            threads.add(thread(pick));
        }
        threads.sort(Comparator.comparingInt(DemoThread::daysAgo).reversed());
        return List.copyOf(threads);
    }

    /** {@code questionCount} question titles and the rest discussion titles, each used once; hand-written titles first. */
    private List<Pick> picks() {
        List<Pick> questions = new ArrayList<>();
        List<Pick> discussions = new ArrayList<>();
        List<Pick> templated = new ArrayList<>();
        for (Topic t : topics) {
            for (Topic.Question q : t.questions()) {
                questions.add(new Pick(t, q.title(), true, q.body(), q.answer()));
            }
            t.discussions().forEach(title -> discussions.add(new Pick(t, title, false, "", -1)));
            String template = pickOne(text.discussionTitles());
            templated.add(new Pick(t, capitalise(template.replace("{subject}", t.subject())), false, "", -1));
        }
        Collections.shuffle(questions, random);
        Collections.shuffle(discussions, random);
        Collections.shuffle(templated, random);
        discussions.addAll(templated);
        int askedCount = Math.min(questionCount, questions.size());
        List<Pick> picks = new ArrayList<>(questions.subList(0, askedCount));
        picks.addAll(discussions.subList(0, threadCount - askedCount));
        Collections.shuffle(picks, random);
        return picks;
    }

    private DemoThread thread(Pick pick) {
        Topic topic = pick.topic();
        DemoGroup group = groupsBySlug.get(pickOne(topic.groupSlugs()));
        int bodyIndex = -1;
        if (pick.question() && pick.bodyRef().equals(Topic.ANY_BODY)) {
            bodyIndex = random.nextInt(topic.questionBodies().size());
        } else if (pick.question() && !pick.bodyRef().equals(Topic.GENERIC_BODY)) {
            bodyIndex = Integer.parseInt(pick.bodyRef());
        }
        String askerDept = bodyIndex >= 0 ? topic.askerDepartment(bodyIndex) : topic.departmentSlug();
        List<String> members = group.allMembers();
        List<String> fromDepartment = members.stream()
                .filter(m -> usersByName.get(m).departmentSlug().equals(askerDept))
                .toList();
        String asker = pickOne(fromDepartment.isEmpty() ? members : fromDepartment);

        Map<String, String> slots = threadSlots(topic, group, asker);
        String situation =
                bodyIndex >= 0 ? topic.questionBodies().get(bodyIndex).text() : pickOne(text.genericQuestionBodies());
        String body = pick.question()
                ? Phrases.before(pickOne(text.questionOpeners()))
                        + situation
                        + Phrases.after(pickOne(text.questionClosers()))
                : Phrases.before(pickOne(text.discussionOpeners()))
                        + pickOne(topic.discussionBodies())
                        + Phrases.after(pickOne(text.discussionClosers()));
        body = fill(body, postSlots(slots, asker, asker));

        List<String> tags = new ArrayList<>(topic.tags());
        if (random.nextDouble() < 0.3) {
            String extra = pickOne(pick.question() ? text.questionExtraTags() : text.discussionExtraTags());
            if (!tags.contains(extra)) {
                tags.add(extra);
            }
        }

        Set<String> experts = new LinkedHashSet<>(homeDepartments.get(group.slug()));
        experts.add(topic.departmentSlug());
        experts.add(askerDept);
        Posts posts = pick.question()
                ? questionPosts(topic, pick.bestAnswer(), group, asker, experts, slots)
                : discussionPosts(topic, group, asker, experts, slots);
        int daysAgo = 1 + (int) (Math.pow(random.nextDouble(), 1.4) * 540);
        return new DemoThread(
                group.slug(),
                asker,
                pick.question() ? "question" : "discussion",
                pick.title(),
                body,
                tags,
                posts.posts(),
                posts.accepted(),
                daysAgo);
    }

    private record Posts(List<DemoPost> posts, Integer accepted) {}

    /** A post under construction: thanks are added once everything is written. */
    private record Draft(String author, String body, boolean substantive) {}

    private Posts questionPosts(
            Topic topic,
            int bestAnswer,
            DemoGroup group,
            String asker,
            Set<String> experts,
            Map<String, String> slots) {
        if (random.nextDouble() < 0.07) {
            return new Posts(List.of(), null);
        }
        int count = postCount();
        List<String> answers = new ArrayList<>(topic.answers());
        answers.remove(bestAnswer);
        Collections.shuffle(answers, random);
        answers.add(0, topic.answers().get(bestAnswer));
        List<String> agreements = new ArrayList<>(text.agreements());
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String previous =
                    drafts.isEmpty() ? asker : drafts.get(drafts.size() - 1).author();
            boolean last = i == count - 1;
            if (i > 0 && last && random.nextDouble() < 0.4 && !previous.equals(asker)) {
                drafts.add(new Draft(asker, fill(pickOne(text.followUps()), postSlots(slots, asker, previous)), false));
                continue;
            }
            boolean substantive = !answers.isEmpty() && (i == 0 || random.nextDouble() < 0.6);
            String author = answerer(group, asker, drafts, i == 0 ? 0.7 : 0.5, substantive ? experts : null);
            Map<String, String> s = postSlots(slots, author, previous);
            if (substantive) {
                drafts.add(new Draft(author, fill(substantive(answers.remove(0), text.answerOpeners()), s), true));
            } else {
                drafts.add(new Draft(author, fill(unused(text.agreements(), agreements), s), false));
            }
        }
        Integer accepted = null;
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i).substantive()) {
                candidates.add(i);
            }
        }
        if (!candidates.isEmpty() && random.nextDouble() < 0.82) {
            accepted = random.nextDouble() < 0.75 ? candidates.get(0) : pickOne(candidates);
        }
        List<DemoPost> posts = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            boolean isAccepted = accepted != null && accepted == i;
            posts.add(new DemoPost(d.author(), d.body(), thanks(group, d, asker, isAccepted)));
        }
        return new Posts(posts, accepted);
    }

    private Posts discussionPosts(
            Topic topic, DemoGroup group, String asker, Set<String> experts, Map<String, String> slots) {
        if (random.nextDouble() < 0.04) {
            return new Posts(List.of(), null);
        }
        int count = postCount();
        List<String> answers = new ArrayList<>(topic.answers());
        Collections.shuffle(answers, random);
        List<String> replies = new ArrayList<>(text.discussionReplies());
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String previous =
                    drafts.isEmpty() ? asker : drafts.get(drafts.size() - 1).author();
            if (i > 0 && random.nextDouble() < 0.25 && !previous.equals(asker)) {
                drafts.add(new Draft(
                        asker, fill(pickOne(text.discussionFollowUps()), postSlots(slots, asker, previous)), false));
                continue;
            }
            boolean substantive = !answers.isEmpty() && random.nextDouble() < 0.55;
            String author = answerer(group, asker, drafts, 0.6, substantive ? experts : null);
            Map<String, String> s = postSlots(slots, author, previous);
            if (substantive) {
                drafts.add(
                        new Draft(author, fill(substantive(answers.remove(0), text.contributionOpeners()), s), true));
            } else {
                drafts.add(new Draft(author, fill(unused(text.discussionReplies(), replies), s), false));
            }
        }
        List<DemoPost> posts = new ArrayList<>();
        for (Draft d : drafts) {
            posts.add(new DemoPost(d.author(), d.body(), thanks(group, d, asker, false)));
        }
        return new Posts(posts, null);
    }

    /** 1 to 6, mostly 1 to 3. */
    private int postCount() {
        double x = random.nextDouble();
        if (x < 0.24) {
            return 1;
        } else if (x < 0.52) {
            return 2;
        } else if (x < 0.74) {
            return 3;
        } else if (x < 0.87) {
            return 4;
        } else if (x < 0.96) {
            return 5;
        }
        return 6;
    }

    /** One of the not yet used texts, which is then used up (the caller passes a fresh copy per thread). */
    private String unused(List<String> all, List<String> remaining) {
        if (remaining.isEmpty()) {
            remaining.addAll(all);
        }
        return remaining.remove(random.nextInt(remaining.size()));
    }

    private String substantive(String answer, List<String> openers) {
        String body = answer;
        if (random.nextDouble() < 0.3) {
            body = Phrases.before(pickOne(openers)) + body;
        }
        if (random.nextDouble() < 0.35) {
            body = body + Phrases.after(pickOne(text.answerAddons()));
        }
        return body;
    }

    /**
     * A group member other than the asker who has not posted yet (or, failing that, other than the
     * previous poster); from another department than the asker's with the given probability, when
     * the group has one. A substantive answer usually comes from the departments that know the subject
     * ({@code experts}); the rest of the time anyone may share their experience.
     */
    private String answerer(
            DemoGroup group, String asker, List<Draft> drafts, double otherDepartment, Set<String> experts) {
        String askerDept = usersByName.get(asker).departmentSlug();
        Set<String> posted = new LinkedHashSet<>();
        drafts.forEach(d -> posted.add(d.author()));
        String previous =
                drafts.isEmpty() ? asker : drafts.get(drafts.size() - 1).author();
        List<String> candidates = group.allMembers().stream()
                .filter(m -> !m.equals(asker) && !posted.contains(m))
                .toList();
        if (candidates.isEmpty()) {
            candidates = group.allMembers().stream()
                    .filter(m -> !m.equals(asker) && !m.equals(previous))
                    .toList();
        }
        if (experts != null && random.nextDouble() < 0.8) {
            List<String> knowing = candidates.stream()
                    .filter(m -> experts.contains(usersByName.get(m).departmentSlug()))
                    .toList();
            if (!knowing.isEmpty()) {
                candidates = knowing;
            }
        }
        List<String> other = candidates.stream()
                .filter(m -> !usersByName.get(m).departmentSlug().equals(askerDept))
                .toList();
        List<String> same = candidates.stream()
                .filter(m -> usersByName.get(m).departmentSlug().equals(askerDept))
                .toList();
        boolean wantOther = random.nextDouble() < otherDepartment;
        if ((wantOther && !other.isEmpty()) || same.isEmpty()) {
            return pickOne(other);
        }
        return pickOne(same);
    }

    private List<String> thanks(DemoGroup group, Draft draft, String asker, boolean accepted) {
        Set<String> thankers = new LinkedHashSet<>();
        if (!draft.author().equals(asker)) {
            if (accepted && random.nextDouble() < 0.9) {
                thankers.add(asker);
            }
            double chance = accepted ? 0.6 : draft.substantive() ? 0.45 : 0.08;
            if (random.nextDouble() < chance) {
                List<String> pool = new ArrayList<>(group.allMembers());
                Collections.shuffle(pool, random);
                int n = 1 + random.nextInt(accepted ? 4 : 3);
                for (String p : pool) {
                    if (thankers.size() >= n + (accepted ? 1 : 0)) {
                        break;
                    }
                    if (!p.equals(draft.author())) {
                        thankers.add(p);
                    }
                }
            }
        }
        return List.copyOf(thankers);
    }

    private Map<String, String> threadSlots(Topic topic, DemoGroup group, String asker) {
        DemoUser askerUser = usersByName.get(asker);
        Map<String, String> s = new LinkedHashMap<>();
        s.put("asker", askerUser.firstName());
        s.put("askerDept", departmentNames.get(askerUser.departmentSlug()));
        s.put("groupName", group.name());
        List<DemoGroup> visible = groupsBySlug.values().stream()
                .filter(g -> !g.slug().equals(group.slug()) && !"private".equals(g.visibility()))
                .toList();
        s.put("otherGroupName", pickOne(visible).name());
        s.put("days", pickOne(text.days()));
        s.put("weekday", pickOne(text.weekdays()));
        s.put("month", pickOne(text.months()));
        s.put("n", Integer.toString(12 + random.nextInt(77)));
        s.put("team", pickOne(text.teams().get(askerUser.departmentSlug())));
        s.put("subject", topic.subject());
        return s;
    }

    private Map<String, String> postSlots(Map<String, String> threadSlots, String author, String previous) {
        DemoUser me = usersByName.get(author);
        Map<String, String> s = new LinkedHashMap<>(threadSlots);
        s.put("me", me.firstName());
        s.put("myDept", departmentNames.get(me.departmentSlug()));
        s.put("prev", usersByName.get(previous).firstName());
        List<DemoUser> colleagues = users.stream()
                .filter(u -> !u.departmentSlug().equals(me.departmentSlug()))
                .toList();
        DemoUser colleague = pickOne(colleagues);
        s.put("colleague", colleague.displayName());
        s.put("colleagueDept", departmentNames.get(colleague.departmentSlug()));
        return s;
    }

    private static String fill(String template, Map<String, String> slots) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = slots.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("unknown slot {" + m.group(1) + "} in: " + template);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private <T> T pickOne(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
