package org.hub.api.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hand-written subject that officers ask and talk about: a few ways to phrase it as a question
 * or a discussion, the situations behind it, and substantive answers. Threads are built by
 * combining a topic with generic openers, closers and replies (see {@link DemoText}).
 *
 * <p>Text may hold slots in braces, filled per thread: {@code {asker}}, {@code {prev}}, {@code {me}},
 * {@code {myDept}}, {@code {askerDept}}, {@code {groupName}}, {@code {otherGroupName}},
 * {@code {colleague}}, {@code {colleagueDept}}, {@code {days}}, {@code {weekday}}, {@code {month}}, {@code {n}}.
 */
record Topic(String key, String subject, String departmentSlug, List<String> groupSlugs, List<String> tags,
             List<String> questionTitles, List<String> questionBodyRefs, List<Integer> questionBestAnswers, List<String> discussionTitles,
             List<String> questionBodies, List<String> questionBodyDepartments, List<String> discussionBodies,
             List<String> answers) {

    /**
     * A question title ends with {@code " @<body>/<answer>"}: the body it goes with (an index, {@code *} for
     * any, {@code -} for a generic one) and the index of the answer that best answers it.
     */
    private static final Pattern TITLE_REF = Pattern.compile("^(.*) @([0-9]+|\\*|-)/([0-9]+)$");
    /** A question body written from another department's point of view starts with {@code [dept-slug] }. */
    private static final Pattern BODY_DEPT = Pattern.compile("^\\[([a-z-]+)] (.*)$", Pattern.DOTALL);

    /** The department whose staff would ask with the given body: the body's own, else the topic's. */
    String askerDepartment(int bodyIndex) {
        String d = questionBodyDepartments.get(bodyIndex);
        return d.isEmpty() ? departmentSlug : d;
    }

    static Builder topic(String key, String departmentSlug, String... groupSlugs) {
        return new Builder(key, departmentSlug, List.of(groupSlugs));
    }

    static final class Builder {
        private final String key;
        private final String dept;
        private final List<String> groups;
        private String subject;
        private List<String> tags = List.of();
        private final List<String> qTitles = new ArrayList<>();
        private final List<String> qRefs = new ArrayList<>();
        private final List<Integer> qBest = new ArrayList<>();
        private final List<String> qBodyDepts = new ArrayList<>();
        private final List<String> dTitles = new ArrayList<>();
        private final List<String> qBodies = new ArrayList<>();
        private final List<String> dBodies = new ArrayList<>();
        private final List<String> answers = new ArrayList<>();

        private Builder(String key, String dept, List<String> groups) {
            this.key = key;
            this.dept = dept;
            this.groups = groups;
        }

        Builder tags(String... t) {
            tags = List.of(t);
            return this;
        }

        /** A lowercase noun phrase for the topic, used in generated discussion titles. */
        Builder s(String s) {
            subject = s;
            return this;
        }

        /** Question titles, each ending with {@code " @<body>/<answer>"}: see {@link Topic#TITLE_REF}. */
        Builder q(String... titles) {
            for (String t : strip(titles)) {
                Matcher m = TITLE_REF.matcher(t);
                if (!m.matches()) {
                    throw new IllegalArgumentException("question title without a body reference: " + t);
                }
                qTitles.add(m.group(1));
                qRefs.add(m.group(2));
                qBest.add(Integer.parseInt(m.group(3)));
            }
            return this;
        }

        Builder d(String... titles) {
            dTitles.addAll(strip(titles));
            return this;
        }

        Builder qb(String... bodies) {
            for (String b : strip(bodies)) {
                Matcher m = BODY_DEPT.matcher(b);
                qBodies.add(m.matches() ? m.group(2) : b);
                qBodyDepts.add(m.matches() ? m.group(1) : "");
            }
            return this;
        }

        Builder db(String... bodies) {
            dBodies.addAll(strip(bodies));
            return this;
        }

        Builder a(String... a) {
            answers.addAll(strip(a));
            return this;
        }

        Topic build() {
            for (String ref : qRefs) {
                if (ref.matches("[0-9]+") && Integer.parseInt(ref) >= qBodies.size()) {
                    throw new IllegalStateException(key + ": no question body " + ref);
                }
            }
            for (int best : qBest) {
                if (best >= answers.size()) {
                    throw new IllegalStateException(key + ": no answer " + best);
                }
            }
            return new Topic(key, subject, dept, groups, tags, List.copyOf(qTitles), List.copyOf(qRefs), List.copyOf(qBest),
                    List.copyOf(dTitles), List.copyOf(qBodies), List.copyOf(qBodyDepts), List.copyOf(dBodies),
                    List.copyOf(answers));
        }

        private static List<String> strip(String[] s) {
            return Arrays.stream(s).map(String::strip).toList();
        }
    }
}
