package org.hub.web.demo;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * A subject that officers ask and talk about (one entry of {@code topics.yml}): a few ways to phrase
 * it as a question or a discussion, the situations behind it, and substantive answers. Threads are
 * built by combining a topic with the generic fragments of {@link Phrases}.
 *
 * @param departmentSlug the department that knows the subject best
 * @param subject        a lowercase noun phrase, used in generated discussion titles
 */
record Topic(
        String key,
        String subject,
        @JsonProperty("department") String departmentSlug,
        @JsonProperty("groups") List<String> groupSlugs,
        List<String> tags,
        List<Question> questions,
        List<String> discussions,
        List<QuestionBody> questionBodies,
        List<String> discussionBodies,
        List<String> answers) {

    /** {@link Question#body()} for a randomly chosen one of the topic's question bodies. */
    static final String ANY_BODY = "any";
    /** {@link Question#body()} for a generic body from {@link Phrases#genericQuestionBodies()}. */
    static final String GENERIC_BODY = "generic";

    Topic {
        Objects.requireNonNull(key, "topic key");
        subject = subject == null ? null : subject.strip();
        tags = orEmpty(tags);
        groupSlugs = orEmpty(groupSlugs);
        questions = orEmpty(questions);
        discussions = orEmpty(discussions).stream().map(String::strip).toList();
        questionBodies = orEmpty(questionBodies);
        discussionBodies = orEmpty(discussionBodies).stream().map(String::strip).toList();
        answers = orEmpty(answers).stream().map(String::strip).toList();
        for (Question q : questions) {
            if (q.bodyIndex().isPresent() && q.bodyIndex().getAsInt() >= questionBodies.size()) {
                throw new IllegalArgumentException(key + ": no question body " + q.body());
            }
            if (q.answer() >= answers.size()) {
                throw new IllegalArgumentException(key + ": no answer " + q.answer());
            }
        }
    }

    /**
     * A hand-written question title.
     *
     * @param body   which question body goes with it: an index into {@code questionBodies},
     *               {@value #ANY_BODY} or {@value #GENERIC_BODY}
     * @param answer the index of the answer that best answers it
     */
    record Question(String title, String body, int answer) {
        Question {
            title = Objects.requireNonNull(title, "question title").strip();
            if (body == null || !(body.equals(ANY_BODY) || body.equals(GENERIC_BODY) || body.matches("[0-9]+"))) {
                throw new IllegalArgumentException("question body must be an index, any or generic: " + title);
            }
        }

        java.util.OptionalInt bodyIndex() {
            return body.matches("[0-9]+")
                    ? java.util.OptionalInt.of(Integer.parseInt(body))
                    : java.util.OptionalInt.empty();
        }
    }

    /**
     * The situation behind a question.
     *
     * @param askedBy the department whose staff would ask it, when not the topic's own
     */
    record QuestionBody(String askedBy, String text) {
        QuestionBody {
            text = Objects.requireNonNull(text, "question body text").strip();
        }
    }

    List<String> questionTitles() {
        return questions.stream().map(Question::title).toList();
    }

    /** The department whose staff would ask with the given body: the body's own, else the topic's. */
    String askerDepartment(int bodyIndex) {
        String d = questionBodies.get(bodyIndex).askedBy();
        return d == null || d.isEmpty() ? departmentSlug : d;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
