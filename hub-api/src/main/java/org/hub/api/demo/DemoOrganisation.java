package org.hub.api.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A realistic demo council: departments, staff, communities of practice, a year or so of questions
 * and discussions, curated guidance and search synonyms. Pure and deterministic: the same seed always
 * gives an equal value, and nothing here touches a database, clock or file.
 *
 * <p>Departments, users and guidance are fixed; group membership and the threads vary with the seed.
 * Threads are listed oldest first ({@code daysAgo} descending), so creating them in order gives ids that
 * rise with time. Every username referenced exists in {@link #users()}, every thread and post author
 * belongs to the thread's group, and nobody thanks their own post.
 */
public record DemoOrganisation(String name, List<DemoDepartment> departments, List<DemoUser> users,
                               List<DemoGroup> groups, List<DemoThread> threads, List<DemoGuidance> guidance,
                               List<List<String>> synonyms) {

    public static final int THREAD_COUNT = 200;
    public static final int QUESTION_COUNT = 120;
    public static final String EMAIL_DOMAIN = "northbrook-council.example";

    public DemoOrganisation {
        departments = List.copyOf(departments);
        users = List.copyOf(users);
        groups = List.copyOf(groups);
        threads = List.copyOf(threads);
        guidance = List.copyOf(guidance);
        synonyms = synonyms.stream().map(List::copyOf).toList();
    }

    public static DemoOrganisation generate(long seed) {
        Random random = new Random(seed);
        List<DemoDepartment> departments = fixedDepartments();
        List<DemoUser> users = fixedUsers();
        List<Topic> topics = topics();
        List<DemoGroup> groups = buildGroups(random, users, topics);
        List<DemoThread> threads = new ThreadWriter(random, departments, users, groups, topics).write();
        return new DemoOrganisation("Northbrook Borough Council", departments, users, groups, threads,
                DemoGuidanceCatalog.items(), synonymsList());
    }

    public DemoUser user(String username) {
        return users.stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo user " + username));
    }

    public DemoGroup group(String slug) {
        return groups.stream().filter(g -> g.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo group " + slug));
    }

    // ---------------------------------------------------------------- fixed parts

    static List<DemoDepartment> fixedDepartments() {
        return List.of(
                new DemoDepartment("housing", "Housing"),
                new DemoDepartment("adult-social-care", "Adult Social Care"),
                new DemoDepartment("childrens-services", "Children's Services"),
                new DemoDepartment("planning", "Planning"),
                new DemoDepartment("communications", "Communications"),
                new DemoDepartment("digital", "Digital"),
                new DemoDepartment("revenues-benefits", "Revenues & Benefits"),
                new DemoDepartment("environment", "Environment & Waste"));
    }

    /** Six people per department; the first of each is its most senior. */
    private static final String[][] PEOPLE = {
        {"housing", "Sarah Whitfield", "Daniel Okonkwo", "Rachel Pemberton", "Imran Hussain", "Kerry Dawson",
            "Tom Gallagher"},
        {"adult-social-care", "Margaret Ellison", "Priya Sharma", "Gareth Evans", "Fiona MacLeod", "Joseph Adeyemi",
            "Hannah Brooks"},
        {"childrens-services", "Claire Donnelly", "Marcus Reid", "Aisha Begum", "Lucy Fairbrother", "Owen Pritchard",
            "Nadia Kowalski"},
        {"planning", "Richard Ashworth", "Emma Thornton", "Sanjay Patel", "Bethan Lloyd", "Callum Fraser",
            "Grace Osei"},
        {"communications", "Helen Carmichael", "Jamie Holt", "Siobhan O'Neill", "Ben Marsh", "Zara Ahmed",
            "Chloe Sutton"},
        {"digital", "Andrew Kenyon", "Mei Lin Chen", "Oliver Bains", "Rhiannon Price", "Tunde Bakare",
            "Laura Whitmore"},
        {"revenues-benefits", "Paul Haworth", "Deborah Clarke", "Kwame Mensah", "Jennifer Lowe", "Stuart McAllister",
            "Yasmin Rahman"},
        {"environment", "Ian Fletcher", "Katie Morgan", "Liam O'Connor", "Shabana Akhtar", "Neil Hargreaves",
            "Amy Robson"},
    };

    private static final Set<String> CURATORS = Set.of("helen.carmichael", "jamie.holt", "siobhan.oneill");
    private static final Set<String> ADMINS = Set.of("laura.whitmore");

    static List<DemoUser> fixedUsers() {
        List<DemoUser> users = new ArrayList<>();
        for (String[] row : PEOPLE) {
            for (int i = 1; i < row.length; i++) {
                String displayName = row[i];
                String username = usernameFor(displayName);
                String role = CURATORS.contains(username) ? "curator" : ADMINS.contains(username) ? "admin" : "member";
                users.add(new DemoUser(username, displayName, username + "@" + EMAIL_DOMAIN, row[0], role));
            }
        }
        return List.copyOf(users);
    }

    /** "Siobhan O'Neill" -> siobhan.oneill, "Mei Lin Chen" -> meilin.chen. */
    static String usernameFor(String displayName) {
        String[] parts = displayName.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").split(" ");
        StringBuilder first = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            first.append(parts[i]);
        }
        return first + "." + parts[parts.length - 1];
    }

    static List<List<String>> synonymsList() {
        return List.of(
                List.of("asc", "adult social care"),
                List.of("ehcp", "education health and care plan"),
                List.of("foi", "freedom of information"),
                List.of("sar", "subject access request"),
                List.of("hmo", "house in multiple occupation"),
                List.of("dfg", "disabled facilities grant"),
                List.of("dhp", "discretionary housing payment"),
                List.of("spd", "single person discount"),
                List.of("send", "special educational needs and disabilities"),
                List.of("dpia", "data protection impact assessment"),
                List.of("lado", "local authority designated officer"),
                List.of("hhsrs", "housing health and safety rating system"),
                List.of("ico", "information commissioner's office"),
                List.of("uc", "universal credit"),
                List.of("ombudsman", "lgsco", "local government and social care ombudsman"),
                List.of("purdah", "pre-election period"),
                List.of("ctr", "council tax reduction", "council tax support"));
    }

    static List<Topic> topics() {
        return Stream.of(DemoTopicsInformation.all(), DemoTopicsServices.all(), DemoTopicsCare.all())
                .flatMap(List::stream).toList();
    }

    // ---------------------------------------------------------------- groups

    private record GroupPlan(String slug, String name, String description, String visibility, String owner,
                             List<String> moderators, List<String> homeDepartments, List<String> alsoMembers,
                             int extraMembers) {
    }

    private static List<GroupPlan> groupPlans() {
        return List.of(
            new GroupPlan("data-protection-foi", "Data protection & FOI",
                "FOI and EIR requests, subject access requests, data sharing, breaches, retention and DPIAs. "
                    + "Ask here before you disclose.",
                "open", "rhiannon.price", List.of("siobhan.oneill"), List.of("digital", "communications"),
                List.of(), 12),
            new GroupPlan("digital-inclusion", "Digital inclusion",
                "Helping residents and staff get online: devices, skills, connectivity and assisted digital support.",
                "open", "meilin.chen", List.of("tunde.bakare"), List.of("digital"), List.of(), 11),
            new GroupPlan("customer-contact", "Customer contact",
                "Contact centre, reception and webchat: scripts, difficult calls, interpreting and channel shift.",
                "open", "jennifer.lowe", List.of("katie.morgan"), List.of("revenues-benefits", "environment"),
                List.of(), 10),
            new GroupPlan("plain-english", "Plain English & accessible content",
                "Letters, web pages and documents that residents understand: plain English, easy read, "
                    + "accessibility regulations and social media.",
                "open", "jamie.holt", List.of("andrew.kenyon"), List.of("communications"), List.of(), 12),
            new GroupPlan("housing-benefits-advice", "Housing, benefits & council tax advice",
                "Homelessness duties, the housing register, discretionary housing payments, disabled facilities "
                    + "grants and council tax discounts.",
                "open", "paul.haworth", List.of("imran.hussain"), List.of("housing", "revenues-benefits"),
                List.of(), 10),
            new GroupPlan("planning-development", "Planning & development",
                "Pre-application advice, enforcement, HMOs, trees and communicating about planning applications.",
                "open", "richard.ashworth", List.of("emma.thornton"), List.of("planning", "environment"),
                List.of(), 7),
            new GroupPlan("safeguarding-leads", "Safeguarding leads",
                "For designated safeguarding leads across services: thresholds, referrals, LADO, domestic abuse "
                    + "and information sharing. Membership approved by a moderator.",
                "restricted", "margaret.ellison", List.of("claire.donnelly"),
                List.of("adult-social-care", "childrens-services", "housing"), List.of(), 5),
            new GroupPlan("complaints-handling", "Complaints handling",
                "Complaint officers and service leads: stages and timescales, Ombudsman cases, remedies and member "
                    + "enquiries.",
                "restricted", "helen.carmichael", List.of("stuart.mcallister"), List.of("communications"),
                List.of("sarah.whitfield", "kerry.dawson", "katie.morgan", "marcus.reid"), 8),
            new GroupPlan("send-practitioners", "SEND & EHCP practitioners",
                "EHC needs assessments, plans, annual reviews and SEND transport.",
                "restricted", "lucy.fairbrother", List.of("aisha.begum"), List.of("childrens-services"), List.of(), 6),
            new GroupPlan("housing-disrepair-casework", "Housing disrepair casework",
                "Private group for officers handling disrepair claims and damp and mould cases. Case details stay here.",
                "private", "kerry.dawson", List.of("rachel.pemberton"), List.of("housing"),
                List.of("shabana.akhtar", "neil.hargreaves", "sanjay.patel", "stuart.mcallister"), 2),
            new GroupPlan("senior-leadership-comms", "Senior leadership comms",
                "Private: heads of service and the communications team agreeing lines on sensitive issues.",
                "private", "helen.carmichael", List.of("jamie.holt"), List.of("communications"),
                List.of("sarah.whitfield", "margaret.ellison", "claire.donnelly", "richard.ashworth", "andrew.kenyon",
                    "paul.haworth", "ian.fletcher"), 0),
            new GroupPlan("hospital-discharge", "Hospital discharge & reablement",
                "Private working group for adult social care, housing and the hospital discharge team.",
                "private", "priya.sharma", List.of("gareth.evans"), List.of("adult-social-care"),
                List.of("daniel.okonkwo", "imran.hussain", "tom.gallagher"), 3));
    }

    /**
     * Owner, moderators, the home departments, named extras, then a seeded sample of everyone else;
     * finally, at least two people from each department that asks about a topic in the group.
     */
    static List<DemoGroup> buildGroups(Random random, List<DemoUser> users, List<Topic> topics) {
        List<DemoGroup> groups = new ArrayList<>();
        for (GroupPlan plan : groupPlans()) {
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
            List<String> others = new ArrayList<>(users.stream().map(DemoUser::username)
                    .filter(u -> !taken.contains(u)).toList());
            Collections.shuffle(others, random);
            for (int i = 0; i < plan.extraMembers() && i < others.size(); i++) {
                members.add(others.get(i));
                taken.add(others.get(i));
            }
            for (String dept : askingDepartments(plan.slug(), topics)) {
                long present = taken.stream().filter(u -> departmentOf(users, u).equals(dept)).count();
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
            groups.add(new DemoGroup(plan.slug(), plan.name(), plan.description(), plan.visibility(), plan.owner(),
                    plan.moderators(), members));
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
        return users.stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow().departmentSlug();
    }

    // ---------------------------------------------------------------- threads

    /** Writes the threads; holds the random source and look-ups for one generation. */
    private static final class ThreadWriter {
        private static final Pattern SLOT = Pattern.compile("\\{([a-zA-Z]+)}");

        private final Random random;
        private final Map<String, DemoUser> usersByName = new LinkedHashMap<>();
        private final Map<String, String> departmentNames = new LinkedHashMap<>();
        private final Map<String, DemoGroup> groupsBySlug = new LinkedHashMap<>();
        private final Map<String, List<String>> homeDepartments = new LinkedHashMap<>();
        private final List<DemoUser> users;
        private final List<Topic> topics;

        ThreadWriter(Random random, List<DemoDepartment> departments, List<DemoUser> users, List<DemoGroup> groups,
                     List<Topic> topics) {
            this.random = random;
            this.users = users;
            this.topics = topics;
            departments.forEach(d -> departmentNames.put(d.slug(), d.name()));
            users.forEach(u -> usersByName.put(u.username(), u));
            groups.forEach(g -> groupsBySlug.put(g.slug(), g));
            groupPlans().forEach(p -> homeDepartments.put(p.slug(), p.homeDepartments()));
        }

        /** A title to use; for questions, {@code bodyRef} says which body goes with it (see {@link Topic}). */
        private record Pick(Topic topic, String title, boolean question, String bodyRef, int bestAnswer) {
        }

        List<DemoThread> write() {
            List<DemoThread> threads = new ArrayList<>();
            for (Pick pick : picks()) {
                threads.add(thread(pick));
            }
            threads.sort(Comparator.comparingInt(DemoThread::daysAgo).reversed());
            return List.copyOf(threads);
        }

        /** 120 question titles and 80 discussion titles, each used once; hand-written titles first. */
        private List<Pick> picks() {
            List<Pick> questions = new ArrayList<>();
            List<Pick> discussions = new ArrayList<>();
            List<Pick> templated = new ArrayList<>();
            for (Topic t : topics) {
                for (int i = 0; i < t.questionTitles().size(); i++) {
                    questions.add(new Pick(t, t.questionTitles().get(i), true, t.questionBodyRefs().get(i),
                            t.questionBestAnswers().get(i)));
                }
                t.discussionTitles().forEach(title -> discussions.add(new Pick(t, title, false, "", -1)));
                String template = pickOne(DemoText.DISCUSSION_TITLE_TEMPLATES);
                templated.add(new Pick(t, capitalise(template.replace("{subject}", t.subject())), false, "", -1));
            }
            Collections.shuffle(questions, random);
            Collections.shuffle(discussions, random);
            Collections.shuffle(templated, random);
            discussions.addAll(templated);
            int questionCount = Math.min(QUESTION_COUNT, questions.size());
            List<Pick> picks = new ArrayList<>(questions.subList(0, questionCount));
            picks.addAll(discussions.subList(0, THREAD_COUNT - questionCount));
            Collections.shuffle(picks, random);
            return picks;
        }

        private DemoThread thread(Pick pick) {
            Topic topic = pick.topic();
            DemoGroup group = groupsBySlug.get(pickOne(topic.groupSlugs()));
            int bodyIndex = -1;
            if (pick.question() && pick.bodyRef().equals("*")) {
                bodyIndex = random.nextInt(topic.questionBodies().size());
            } else if (pick.question() && !pick.bodyRef().equals("-")) {
                bodyIndex = Integer.parseInt(pick.bodyRef());
            }
            String askerDept = bodyIndex >= 0 ? topic.askerDepartment(bodyIndex) : topic.departmentSlug();
            List<String> members = group.allMembers();
            List<String> fromDepartment = members.stream()
                    .filter(m -> usersByName.get(m).departmentSlug().equals(askerDept)).toList();
            String asker = pickOne(fromDepartment.isEmpty() ? members : fromDepartment);

            Map<String, String> slots = threadSlots(topic, group, asker);
            String situation = bodyIndex >= 0 ? topic.questionBodies().get(bodyIndex)
                    : pickOne(DemoText.GENERIC_QUESTION_BODIES);
            String body = pick.question()
                    ? pickOne(DemoText.QUESTION_OPENERS) + situation + pickOne(DemoText.QUESTION_CLOSERS)
                    : pickOne(DemoText.DISCUSSION_OPENERS) + pickOne(topic.discussionBodies())
                        + pickOne(DemoText.DISCUSSION_CLOSERS);
            body = fill(body, postSlots(slots, asker, asker));

            List<String> tags = new ArrayList<>(topic.tags());
            if (random.nextDouble() < 0.3) {
                String extra = pickOne(pick.question() ? DemoText.QUESTION_EXTRA_TAGS : DemoText.DISCUSSION_EXTRA_TAGS);
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
            return new DemoThread(group.slug(), asker, pick.question() ? "question" : "discussion", pick.title(), body,
                    tags, posts.posts(), posts.accepted(), daysAgo);
        }

        private record Posts(List<DemoPost> posts, Integer accepted) {
        }

        /** A post under construction: thanks are added once everything is written. */
        private record Draft(String author, String body, boolean substantive) {
        }

        private Posts questionPosts(Topic topic, int bestAnswer, DemoGroup group, String asker, Set<String> experts,
                                    Map<String, String> slots) {
            if (random.nextDouble() < 0.07) {
                return new Posts(List.of(), null);
            }
            int count = postCount();
            List<String> answers = new ArrayList<>(topic.answers());
            answers.remove(bestAnswer);
            Collections.shuffle(answers, random);
            answers.add(0, topic.answers().get(bestAnswer));
            List<String> agreements = new ArrayList<>(DemoText.AGREEMENTS);
            List<Draft> drafts = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String previous = drafts.isEmpty() ? asker : drafts.get(drafts.size() - 1).author();
                boolean last = i == count - 1;
                if (i > 0 && last && random.nextDouble() < 0.4 && !previous.equals(asker)) {
                    drafts.add(new Draft(asker, fill(pickOne(DemoText.FOLLOW_UPS), postSlots(slots, asker, previous)),
                            false));
                    continue;
                }
                boolean substantive = !answers.isEmpty() && (i == 0 || random.nextDouble() < 0.6);
                String author = answerer(group, asker, drafts, i == 0 ? 0.7 : 0.5, substantive ? experts : null);
                Map<String, String> s = postSlots(slots, author, previous);
                if (substantive) {
                    drafts.add(new Draft(author, fill(substantive(answers.remove(0), DemoText.ANSWER_OPENERS), s), true));
                } else {
                    drafts.add(new Draft(author, fill(unused(DemoText.AGREEMENTS, agreements), s), false));
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

        private Posts discussionPosts(Topic topic, DemoGroup group, String asker, Set<String> experts,
                                      Map<String, String> slots) {
            if (random.nextDouble() < 0.04) {
                return new Posts(List.of(), null);
            }
            int count = postCount();
            List<String> answers = new ArrayList<>(topic.answers());
            Collections.shuffle(answers, random);
            List<String> replies = new ArrayList<>(DemoText.DISCUSSION_REPLIES);
            List<Draft> drafts = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String previous = drafts.isEmpty() ? asker : drafts.get(drafts.size() - 1).author();
                if (i > 0 && random.nextDouble() < 0.25 && !previous.equals(asker)) {
                    drafts.add(new Draft(asker, fill(pickOne(DemoText.DISCUSSION_FOLLOW_UPS),
                            postSlots(slots, asker, previous)), false));
                    continue;
                }
                boolean substantive = !answers.isEmpty() && random.nextDouble() < 0.55;
                String author = answerer(group, asker, drafts, 0.6, substantive ? experts : null);
                Map<String, String> s = postSlots(slots, author, previous);
                if (substantive) {
                    drafts.add(new Draft(author, fill(substantive(answers.remove(0), DemoText.CONTRIBUTION_OPENERS), s),
                            true));
                } else {
                    drafts.add(new Draft(author, fill(unused(DemoText.DISCUSSION_REPLIES, replies), s), false));
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
            String text = answer;
            if (random.nextDouble() < 0.3) {
                text = pickOne(openers) + text;
            }
            if (random.nextDouble() < 0.35) {
                text = text + pickOne(DemoText.ANSWER_ADDONS);
            }
            return text;
        }

        /**
         * A group member other than the asker who has not posted yet (or, failing that, other than the
         * previous poster); from another department than the asker's with the given probability, when
         * the group has one. A substantive answer usually comes from the departments that know the subject
         * ({@code experts}); the rest of the time anyone may share their experience.
         */
        private String answerer(DemoGroup group, String asker, List<Draft> drafts, double otherDepartment,
                                Set<String> experts) {
            String askerDept = usersByName.get(asker).departmentSlug();
            Set<String> posted = new LinkedHashSet<>();
            drafts.forEach(d -> posted.add(d.author()));
            String previous = drafts.isEmpty() ? asker : drafts.get(drafts.size() - 1).author();
            List<String> candidates = group.allMembers().stream()
                    .filter(m -> !m.equals(asker) && !posted.contains(m)).toList();
            if (candidates.isEmpty()) {
                candidates = group.allMembers().stream().filter(m -> !m.equals(asker) && !m.equals(previous)).toList();
            }
            if (experts != null && random.nextDouble() < 0.8) {
                List<String> knowing = candidates.stream()
                        .filter(m -> experts.contains(usersByName.get(m).departmentSlug())).toList();
                if (!knowing.isEmpty()) {
                    candidates = knowing;
                }
            }
            List<String> other = candidates.stream()
                    .filter(m -> !usersByName.get(m).departmentSlug().equals(askerDept)).toList();
            List<String> same = candidates.stream()
                    .filter(m -> usersByName.get(m).departmentSlug().equals(askerDept)).toList();
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
                    .filter(g -> !g.slug().equals(group.slug()) && !"private".equals(g.visibility())).toList();
            s.put("otherGroupName", pickOne(visible).name());
            s.put("days", pickOne(DemoText.DAYS));
            s.put("weekday", pickOne(DemoText.WEEKDAYS));
            s.put("month", pickOne(DemoText.MONTHS));
            s.put("n", Integer.toString(12 + random.nextInt(77)));
            s.put("team", pickOne(DemoText.TEAMS.get(askerUser.departmentSlug())));
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
                    .filter(u -> !u.departmentSlug().equals(me.departmentSlug())).toList();
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
}
