package org.hub.api.demo;

import java.util.List;

/** The curated guidance library of the demo council: hand-written, the same for every seed. */
final class DemoGuidanceCatalog {

    private DemoGuidanceCatalog() {
    }

    static List<DemoGuidance> items() {
        return List.of(
            new DemoGuidance("Responding to FOI requests that ask for staff names", """
                    ## Summary

                    Release the names of **senior officers** (head of service and above) and of anyone in a public-facing
                    role. For other staff, give job titles and grades and withhold names under **section 40(2)** of the
                    Freedom of Information Act 2000.

                    ## Steps

                    1. Check whether the person is already named on the website or in committee papers.
                    2. Apply the balancing test: the legitimate interest in disclosure against the person's reasonable expectations.
                    3. Record the decision and reasoning on the FOI case.
                    4. Tell the requester what you withheld and why, and offer an internal review.

                    ## Related

                    - [Make a freedom of information request](https://www.gov.uk/make-a-freedom-of-information-request)
                    - Ask in the *Data protection & FOI* group if you're unsure.
                    """.strip(), List.of("foi", "section-40", "redaction"), "published", 120, "siobhan.oneill"),

            new DemoGuidance("Sharing information with adult social care without consent", """
                    Consent is **not** the only lawful basis for sharing, and it's often the wrong one.

                    - Where you're worried about someone's wellbeing, share under *public task* (UK GDPR Article 6(1)(e)).
                    - If you suspect abuse or neglect, including self-neglect, make a **safeguarding referral**.
                    - Share what's necessary and proportionate, and record what you shared, with whom and why.
                    - Tell the person you are sharing unless that would increase the risk.

                    The duty to cooperate in section 6 of the Care Act 2014 applies to every council service. See the
                    [care and support statutory guidance](https://www.gov.uk/government/publications/care-act-statutory-guidance/care-and-support-statutory-guidance).
                    """.strip(), List.of("data-sharing", "safeguarding", "uk-gdpr"), "published", 200, "helen.carmichael"),

            new DemoGuidance("Council tax single person discount reviews", """
                    ## What happens

                    Each year we check that single person discounts are still correct, using credit reference data.

                    1. Residents flagged by the data match get a letter asking them to confirm who lives with them.
                    2. No reply after 28 days: a reminder.
                    3. Still no reply: the discount is removed and the resident is told how to appeal.

                    ## Tone

                    Don't suggest fraud. Most flags are out-of-date data. Use the approved letter.

                    More on [discounts for people who live alone](https://www.gov.uk/council-tax/discounts-for-people-who-live-alone).
                    """.strip(), List.of("council-tax", "single-person-discount", "spd"), "published", -21, "jamie.holt"),

            new DemoGuidance("Reporting a personal data breach", """
                    **Report every suspected breach to the data protection officer the same day**, whatever you think the risk is.

                    - The DPO decides whether it goes to the ICO. Reportable breaches must be reported within **72 hours**.
                    - Ask the recipient to delete misdirected information, and get that in writing.
                    - Don't investigate on your own or contact the ICO yourself.

                    Common causes: email autocomplete, attachments to the wrong case, letters to old addresses.
                    """.strip(), List.of("data-breach", "ico", "uk-gdpr"), "published", -60, "siobhan.oneill"),

            new DemoGuidance("Care leavers: housing and council tax", """
                    ## Housing register

                    Care leavers ready for independent living are placed in **Band B**. Apply six months before the
                    expected move. Local connection continues to 21, or 25 in education, under the Housing Act 1996 Part 7
                    rules for care leavers.

                    ## Council tax

                    Care leavers have **100% council tax relief until 25** under our section 13A scheme. The personal
                    adviser emails revenues; no form is needed from the young person.
                    """.strip(), List.of("care-leavers", "housing-register", "council-tax"), "published", 90, "helen.carmichael"),

            new DemoGuidance("Writing letters residents understand", """
                    1. Put what the reader needs to **do** first, in one sentence.
                    2. One idea per paragraph; short sentences; everyday words.
                    3. Keep statutory wording, but move it to a headed section at the end.
                    4. Read it aloud to someone outside the team before it goes out.

                    Offer easy read and other formats. The Accessible Information Standard applies to social care letters.
                    See [writing for GOV.UK](https://www.gov.uk/guidance/content-design/writing-for-gov-uk).
                    """.strip(), List.of("plain-english", "letters", "accessibility"), "published", 300, "jamie.holt"),

            new DemoGuidance("Damp and mould: responding to reports", """
                    *Draft for comment in the Housing disrepair casework group.*

                    - Treat every report as a potential **health hazard**, never as "lifestyle".
                    - Triage by vulnerability: young children, older people and people with respiratory conditions first.
                    - Inspect, fix the cause (ventilation, insulation, heating, leaks), then revisit after six weeks.
                    - Use environmental health for an HHSRS assessment if severity is disputed.
                    """.strip(), List.of("damp-and-mould", "disrepair", "hhsrs"), "draft", 30, "helen.carmichael"),

            new DemoGuidance("Pre-election period: what services can publish (2023 elections)", """
                    *Archived: replaced by the guidance issued before each election.*

                    During the pre-election period, follow the Code of Recommended Practice on Local Authority Publicity:

                    - no publicity featuring candidates;
                    - no new campaigns unless operationally necessary;
                    - business-as-usual service information continues.
                    """.strip(), List.of("pre-election-period", "publicity", "comms"), "archived", -400, "siobhan.oneill")
        );
    }
}
