package org.hub.api.demo;

import java.util.List;
import java.util.Map;

/**
 * Generic fragments that wrap a {@link Topic}'s own text so that threads on the same topic read
 * differently: openers and closers for questions and discussions, short replies, agreements,
 * follow-ups from the person who asked, and templates for discussion titles.
 */
final class DemoText {

    private DemoText() {
    }

    static final List<String> QUESTION_OPENERS = List.of(
            "",
            "",
            "Hi all,\n\n",
            "Morning all,\n\n",
            "Hoping someone in another team has dealt with this before.\n\n",
            "Quick one for the group.\n\n",
            "Posting here as I think {groupName} is the right place. Shout if not.\n\n",
            "Apologies if this has been asked before; I couldn't find it in search.\n\n");

    static final List<String> QUESTION_CLOSERS = List.of(
            "\n\nAny pointers appreciated.",
            "\n\nWe need to respond within {days} days, so a quick steer would be really helpful.",
            "\n\nHappy to write up whatever we land on for everyone else.",
            "\n\nIf there's existing guidance on the Hub I've missed, please point me at it.",
            "\n\nThanks in advance, {asker}",
            "\n\nI've checked the intranet and can't find anything current.",
            "\n\nIs there a policy on this, or is it down to each service?",
            "\n\nI'd rather get this right first time than have it come back as a complaint.",
            "");

    /** Bodies for question titles that speak for themselves. */
    static final List<String> GENERIC_QUESTION_BODIES = List.of(
            "Title says it all, really. This has come up twice in {askerDept} this month and I'd like to make sure "
                + "we're giving the same answer as everyone else.",
            "This has come up on a case in {askerDept}. The only document I can find on the intranet is from before "
                + "the last restructure, so I'm not confident it's current.",
            "Asking on behalf of the {team} team: they've had a few of these recently and want to check the current "
                + "position before they reply.",
            "My manager has asked me to find out the current process before our team meeting on {weekday}. "
                + "Can anyone point me to the policy, or tell me how your team handles it?",
            "We're reviewing our procedures in {askerDept} and this is one of the areas where nobody is quite sure "
                + "what the current position is.",
            "I've had conflicting advice on this from two different teams. Is there a definitive answer?");

    static final List<String> DISCUSSION_OPENERS = List.of(
            "",
            "",
            "Starting a thread on this as it keeps coming up.\n\n",
            "Something to discuss before our next team meeting on {weekday}.\n\n",
            "Sharing for comment.\n\n");

    static final List<String> DISCUSSION_CLOSERS = List.of(
            "\n\nWhat has worked for others?",
            "\n\nI'd welcome comments before we take this to DMT in {month}.",
            "\n\nAll views welcome, especially from teams outside {askerDept}.",
            "\n\nIf you've tried something similar, please reply here rather than emailing me so everyone can see.",
            "\n\nOnce we've agreed an approach I'll ask comms whether it should become guidance.",
            "");

    /** Put before a substantive answer now and then. */
    static final List<String> ANSWER_OPENERS = List.of(
            "We had exactly this in {myDept} a few months ago.\n\n",
            "From the {myDept} side:\n\n",
            "Good question, {asker}.\n\n",
            "I dealt with one of these in {month}.\n\n",
            "Not my area exactly, but we come across this in {myDept}.\n\n",
            "Hi {asker},\n\n");

    /** Put before a contribution to a discussion now and then. */
    static final List<String> CONTRIBUTION_OPENERS = List.of(
            "From the {myDept} side:\n\n",
            "For what it's worth, here's our experience in {myDept}.\n\n",
            "Thanks for starting this, {asker}.\n\n",
            "One thing I'd build in:\n\n");

    /** Put after a substantive answer now and then. */
    static final List<String> ANSWER_ADDONS = List.of(
            "\n\nWe did this last year; see the template in the {otherGroupName} group.",
            "\n\nHappy to share our version if you message me.",
            "\n\nWorth checking with {colleague} in {colleagueDept} too; they reviewed ours.",
            "\n\nIf in doubt, speak to information governance before anything goes out.",
            "\n\nOur process note is on the team site. I'll ask comms whether it can go into the guidance library.",
            "\n\nThere was a similar thread in {otherGroupName} a while back that's worth a search.",
            "\n\nIf it ends up at the Ombudsman they'll want to see the reasoning, so write it down at the time.");

    /** A second voice agreeing with the previous post and adding a practical point. */
    static final List<String> AGREEMENTS = List.of(
            "+1 to what {prev} said. The only thing I'd add is to record the decision and who made it on the case record.",
            "Agree with {prev}. We also copy in the team manager so there's a second pair of eyes.",
            "What {prev} said. In {myDept} we've found it helps to agree the wording with legal once and then reuse it.",
            "Just to back up {prev}: we went through this in {month} and it was exactly as described.",
            "Same experience here. Build in time for the unexpected: it always takes longer than the timescale suggests.",
            "This matches our process in {myDept}. Keep the resident informed at each step and most of the heat goes out of it.",
            "Thanks {prev}, that's clearer than our own process note. Mind if we borrow the wording?",
            "Adding to {prev}'s point: check the equality impact as well, especially if the change affects older or disabled residents.");

    /** The asker coming back after the answers. */
    static final List<String> FOLLOW_UPS = List.of(
            "Thanks {prev}, that's really helpful. I'll take it to our team meeting on {weekday}.",
            "That's what I needed, thank you. I'll update our process note.",
            "Really useful, thanks all. I'll report back on how it goes.",
            "Thank you. I hadn't appreciated that; it changes how we'll approach it.",
            "Brilliant, thanks {prev}. I'll drop you a message about the template.",
            "Thanks both. We've gone with this approach and the resident is happy with the outcome.");

    /** Replies in a discussion that don't come from the topic's own material. */
    static final List<String> DISCUSSION_REPLIES = List.of(
            "Thanks for sharing this, {asker}. We're trying something similar in {myDept} and would be keen to compare notes.",
            "+1. One thing we learned the hard way: get legal involved early rather than at the end.",
            "Could this go into the guidance library? It would save a lot of people asking the same thing.",
            "Interesting. How are you measuring whether it's working? We struggled to get good data.",
            "Happy to be part of a task-and-finish group on this if one is set up.",
            "Worth talking to {colleague} in {colleagueDept}; they did a lot of work on this last year.",
            "Strong support from {myDept}. The current position generates a lot of avoidable contact for us.",
            "Agree with the direction. Can we make sure residents with no internet access aren't left out?");

    /** The starter of a discussion coming back. */
    static final List<String> DISCUSSION_FOLLOW_UPS = List.of(
            "Thanks all, lots to think about. I'll pull this together into a short proposal.",
            "Really helpful, thank you. I'll share a draft here before it goes anywhere.",
            "Thanks {prev}. I'll set up a call with those interested; reply here if you'd like to join.",
            "Great responses, thank you. Update: DMT have agreed to a three-month trial.");

    /** Templates for discussion titles made from a topic's subject. */
    static final List<String> DISCUSSION_TITLE_TEMPLATES = List.of(
            "Comparing notes on {subject}",
            "What's working for you on {subject}?",
            "Lessons learned: {subject}",
            "Proposal: one council-wide approach to {subject}",
            "Time to refresh our guidance on {subject}?");

    /** Extra tags now and then, by thread kind. */
    static final List<String> QUESTION_EXTRA_TAGS = List.of("process", "policy", "legislation", "good-practice");
    static final List<String> DISCUSSION_EXTRA_TAGS = List.of("good-practice", "lessons-learned", "proposal", "improvement");

    static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday");
    static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    /** Teams within each department, for "the ... team". */
    static final Map<String, List<String>> TEAMS = Map.of(
            "housing", List.of("housing options", "tenancy management", "private sector housing"),
            "adult-social-care", List.of("safeguarding adults", "financial assessments", "reablement"),
            "childrens-services", List.of("SEND", "leaving care", "early help"),
            "planning", List.of("development management", "planning enforcement", "building control"),
            "communications", List.of("press office", "digital comms", "internal comms"),
            "digital", List.of("information governance", "service design", "IT service desk"),
            "revenues-benefits", List.of("council tax", "benefits", "business rates"),
            "environment", List.of("waste services", "environmental health", "parks and open spaces"));
    static final List<String> DAYS = List.of("10", "14", "20", "21", "28");
}
