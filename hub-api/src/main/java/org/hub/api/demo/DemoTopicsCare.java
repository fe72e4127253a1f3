package org.hub.api.demo;

import static org.hub.api.demo.Topic.topic;

import java.util.List;

/** Topics for safeguarding, complaints, SEND, disrepair, leadership comms and hospital discharge. */
final class DemoTopicsCare {

    private DemoTopicsCare() {
    }

    static List<Topic> all() {
        return List.of(
            topic("section-42", "adult-social-care", "safeguarding-leads")
                .tags("safeguarding", "section-42", "care-act")
                .s("section 42 safeguarding enquiries")
                .q("When does a concern meet the threshold for a section 42 enquiry? @0/0",
                   "Self-neglect and hoarding: is that a safeguarding referral or a care assessment? @1/2",
                   "Who decides whether a safeguarding concern goes to a section 42 enquiry? @-/3")
                .d("Consistency of section 42 decisions across teams")
                .qb("""
                    We've had a concern from a housing officer about a tenant with a learning disability who seems
                    to be giving money to a new "friend". She has capacity for most decisions. Does this meet the
                    threshold for a section 42 enquiry?
                    """,
                    """
                    A tenant's flat has severe hoarding and there's a fire risk. He has care and support needs but
                    refuses help. Should this go in as a safeguarding concern or a request for assessment?
                    """)
                .db("""
                    Our audit found that similar concerns lead to a section 42 enquiry in one locality team and not in
                    another. I'd like to compare how each team applies the three-part test.
                    """)
                .a("""
                    Section 42 of the **Care Act 2014** applies where the adult:

                    1. has needs for care and support (whether or not we're meeting them);
                    2. is experiencing, or at risk of, abuse or neglect (which includes **self-neglect** and financial abuse);
                    3. as a result of those needs can't protect themselves.

                    If all three are met, we must make (or cause) enquiries. Capacity doesn't remove the duty; it
                    shapes what the enquiry looks like.
                    """,
                    """
                    Financial abuse by a new "friend" is a classic case. Even if she has capacity, she may be
                    coerced. Make the referral, and the enquiry can establish what she wants. **Making Safeguarding
                    Personal** means her views drive the outcome.
                    """,
                    """
                    Self-neglect with a fire risk: refer it as safeguarding **and** contact the fire service for a safe
                    and well visit. They'll go where we sometimes can't.
                    """,
                    """
                    The decision is made by the safeguarding adults team manager, but the referrer should get feedback.
                    If you've heard nothing in five working days, chase it.
                    """)
                .build(),

            topic("lado", "childrens-services", "safeguarding-leads")
                .tags("lado", "allegations", "safer-recruitment")
                .s("LADO referrals")
                .q("When should we refer a concern about a member of staff to the LADO? @0/0",
                   "Allegation against a foster carer: do we tell the LADO before speaking to them? @-/1",
                   "LADO referral for behaviour outside work @-/2")
                .d("Raising awareness of the LADO role outside children's services")
                .qb("""
                    A parent has complained that one of our youth workers sent her daughter messages on social media.
                    The messages aren't explicit but they feel over-familiar. Is this a LADO matter?
                    """)
                .db("""
                    Most LADO referrals come from schools. Very few come from other council services, even those with
                    staff working with children (leisure, libraries, transport). Are people aware of the role?
                    """)
                .a("""
                    Yes. Refer where someone who works with children may have **behaved in a way that has harmed, or
                    may have harmed, a child**, or behaved in a way that suggests they may pose a risk. Over-familiar
                    messaging is a boundary issue the LADO will want to know about.
                    See [Working together to safeguard children](https://www.gov.uk/government/publications/working-together-to-safeguard-children--2).
                    """,
                    """
                    Talk to the LADO **before** speaking to the member of staff. If you raise it with them first, you
                    risk evidence being deleted or the child being put under pressure.
                    """,
                    """
                    Conduct outside work counts: the "transferable risk" test. Something in their personal life may
                    show they could pose a risk to the children they work with.
                    """)
                .build(),

            topic("domestic-abuse-transfer", "housing", "safeguarding-leads", "housing-benefits-advice")
                .tags("domestic-abuse", "tenancy", "management-transfer")
                .s("rehousing survivors of domestic abuse")
                .q("Management transfer for a tenant fleeing domestic abuse: how quickly can we move her? @0/0",
                   "Can we keep a domestic abuse survivor's new address off the housing system? @0/1",
                   "Joint tenancy and domestic abuse: can we remove the perpetrator? @-/2")
                .d("Are we meeting the Domestic Abuse Act duties in housing?")
                .qb("""
                    A tenant has disclosed domestic abuse and the perpetrator knows where she lives. She wants an
                    urgent move. What's the route, and how do we protect her new address?
                    """)
                .db("""
                    Since the Domestic Abuse Act 2021, survivors have priority need automatically and can't lose
                    their secure tenancy by moving. Let's check our allocations and transfer processes reflect that.
                    """)
                .a("""
                    A **management transfer** can be authorised by the area housing manager without waiting for the
                    register. Use temporary accommodation or a refuge place in the meantime if the risk is immediate.
                    Refer to MARAC if the risk assessment scores high.
                    """,
                    """
                    Restrict the record: the system has a "sensitive address" flag that hides the new address from
                    everyone except named officers. Make sure the old and new rent accounts aren't linked in a way
                    that shows up on letters.
                    """,
                    """
                    Under the Domestic Abuse Act 2021, a survivor who leaves a secure tenancy because of abuse must be
                    given a **secure tenancy** again if we rehouse them. Don't offer an introductory tenancy by mistake.
                    """)
                .build(),

            topic("stage-2-complaints", "communications", "complaints-handling")
                .tags("complaints", "stage-2", "timescales")
                .s("stage 2 complaints")
                .q("What's the timescale for a stage 2 complaint response? @-/0",
                   "Resident unhappy with stage 1 but raising new issues: is that stage 2 or a new complaint? @0/1",
                   "Can we skip stage 2 and send a complaint straight to the Ombudsman? @-/2")
                .d("Our stage 2 response times are slipping")
                .qb("""
                    A resident has asked to escalate to stage 2, but their email raises two new issues we didn't cover
                    at stage 1. Do we deal with everything at stage 2, or log the new points as a fresh complaint?
                    """)
                .db("""
                    {n}% of stage 2 responses were late last quarter. Most delays are waiting for information from
                    services. What could we change?
                    """)
                .a("""
                    Under our policy stage 2 is **20 working days** from acknowledgement, extendable once by up to 10
                    working days with an explanation to the resident. Acknowledge within five working days.
                    """,
                    """
                    New issues that arose **after** the stage 1 response can be added at stage 2 if they're closely
                    linked. Unrelated new issues go in as a new stage 1 complaint. Explain that to the resident so
                    they don't feel fobbed off.
                    """,
                    """
                    The Ombudsman expects complainants to have completed our process first, but they can use
                    discretion where we've been very slow. Don't try to skip stages to save time; it reads badly.
                    """)
                .build(),

            topic("councillor-enquiries", "communications", "complaints-handling", "senior-leadership-comms")
                .tags("councillor-enquiries", "mp-enquiries", "casework")
                .s("member and MP enquiries")
                .q("How do we handle an MP enquiry that's really a complaint? @-/1",
                   "Councillor asking for a tenant's personal details: what can we share? @0/0",
                   "Response times for member enquiries @-/1")
                .d("Member enquiries and complaints: one process or two?")
                .qb("""
                    A ward councillor has asked for details of a tenant's rent arrears, saying she's acting on the
                    tenant's behalf. We don't have anything from the tenant. What can we share?
                    """)
                .db("""
                    Member enquiries and formal complaints often cover the same issue, and residents sometimes get two
                    different answers. Should all member enquiries go through the complaints team?
                    """)
                .a("""
                    Councillors acting on behalf of a constituent can usually receive the personal data needed to
                    help, **where the constituent has asked them to**. If in doubt, ask the councillor to confirm
                    the resident has asked for their help. Don't share more than the query needs.
                    """,
                    """
                    Member enquiries get a response within 10 working days. If it's really a complaint, respond to the
                    councillor and tell them it's been logged as a complaint so the resident keeps their right to escalate.
                    """,
                    """
                    We did this last year: a single log of member enquiries and complaints, so the same officer sees
                    both. It stopped the conflicting answers.
                    """)
                .build(),

            topic("ombudsman-remedies", "housing", "complaints-handling")
                .tags("ombudsman", "remedies", "complaints")
                .s("Ombudsman remedies")
                .q("How much financial redress should we offer for a delayed repair? @0/0",
                   "Ombudsman asked for our complaint file: what do we send? @-/1",
                   "Do we have to comply with the Housing Ombudsman's complaint handling code? @-/2")
                .d("Learning from this year's Ombudsman decisions")
                .qb("""
                    A tenant waited four months for a leak to be fixed. We've upheld the complaint. What level of
                    compensation would be reasonable, and is there a council policy?
                    """)
                .db("""
                    We had {n} Ombudsman decisions this year; most found fault in complaint handling rather than the
                    original service. Let's go through the themes.
                    """)
                .a("""
                    The Ombudsman's remedies guidance suggests amounts for **time and trouble** (often £100 to £300)
                    plus any actual financial loss. Our redress policy follows it. Always pair money with a clear
                    apology and a fixed date for the repair.
                    """,
                    """
                    Send the whole file: the complaint, every response, internal emails, repair logs. Redact nothing
                    about the complainant; the Ombudsman has statutory powers to see it. Do redact unrelated
                    third-party data.
                    """,
                    """
                    For landlord services the **Housing Ombudsman's Complaint Handling Code** is statutory. We have to
                    self-assess against it each year and publish the assessment.
                    """)
                .build(),

            topic("ehcp-annual-review", "childrens-services", "send-practitioners")
                .tags("ehcp", "send", "annual-review")
                .s("EHCP annual reviews")
                .q("Template for an EHCP annual review letter? @0/0",
                   "EHCP annual review: who should we invite? @0/0",
                   "How long do we have to amend an EHCP after the annual review? @1/1")
                .d("Annual reviews are piling up: what are other teams doing?")
                .qb("""
                    I'm new to the SEND team and need to send out annual review invitations for next term. Does
                    anyone have a current template letter, and what deadlines do I need to put in it?
                    """,
                    """
                    Following an annual review meeting the school recommended changes to section F. How long do we
                    have to issue the amended plan, and what do we send the parents in the meantime?
                    """)
                .db("""
                    We're running about {n} annual reviews behind. Schools are holding meetings but the paperwork isn't
                    coming back in time. I'd like to hear what has helped other teams catch up.
                    """)
                .a("""
                    Under the **Children and Families Act 2014** and the SEND Regulations, the review meeting must be
                    held within 12 months of the plan (or last review). Invite the parents, the young person, the
                    school and health and social care professionals involved, with **at least two weeks' notice**.
                    The template is in the team's files; I'll pin it.
                    """,
                    """
                    After the meeting the school sends its report within two weeks. We then have **four weeks** to
                    tell the parents whether we'll keep, amend or cease the plan. If amending, send the draft with
                    the proposed changes; the final plan follows within eight weeks.
                    """,
                    """
                    The [SEND code of practice](https://www.gov.uk/government/publications/send-code-of-practice-0-to-25)
                    chapter 9 has it all. Parents also find
                    [the GOV.UK EHC plan page](https://www.gov.uk/children-with-special-educational-needs/extra-SEN-help)
                    easier to read than our letters.
                    """,
                    """
                    What helped us most was a shared tracker with schools, so they can see which reviews are due and
                    we can see which reports are missing, rather than emails back and forth.
                    """)
                .build(),

            topic("ehc-needs-assessment", "childrens-services", "send-practitioners")
                .tags("ehcp", "send", "needs-assessment")
                .s("EHC needs assessment timescales")
                .q("We're going to miss the 20-week deadline for an EHC needs assessment: what now? @0/0",
                   "Parent requested an EHC needs assessment directly: do we have to consider it? @-/1",
                   "Educational psychology advice is late: can we issue the draft without it? @0/2")
                .d("Hitting the 20-week timescale")
                .qb("""
                    We're at week 16 of an EHC needs assessment and still waiting on educational psychology advice.
                    The parents have asked when the draft will be ready. What are our obligations?
                    """)
                .db("""
                    Only about {n}% of new plans were issued within 20 weeks this year. The bottleneck is mostly
                    specialist advice. What have others done?
                    """)
                .a("""
                    The whole process, from request to final plan, must take **no more than 20 weeks**. There are
                    limited exceptions, but late advice from our own services isn't one of them. Tell the parents
                    honestly, give a date, and record the reason.
                    """,
                    """
                    Yes: a parent can request an assessment directly and we must decide within **six weeks** whether
                    to assess. The test is whether the child may have SEN and may need provision through a plan.
                    """,
                    """
                    You can't issue a draft without the statutory advice. Escalate to the principal educational
                    psychologist; they can prioritise or commission an associate.
                    """)
                .build(),

            topic("send-transport", "childrens-services", "send-practitioners", "complaints-handling")
                .tags("send", "home-to-school-transport", "eligibility")
                .s("SEND home to school transport")
                .q("Is a child with an EHCP automatically eligible for home to school transport? @0/0",
                   "Transport appeals for SEND pupils: who hears them? @-/1")
                .d("Independent travel training for young people with SEND")
                .qb("""
                    Parents of a Year 7 pupil with an EHCP have applied for transport. The school is 2.5 miles away.
                    They assume an EHCP means automatic transport. Is that right?
                    """)
                .db("""
                    Our SEND transport budget is under significant pressure. Independent travel training has worked
                    elsewhere for young people who are ready. Is anyone running it here?
                    """)
                .a("""
                    No, an EHCP doesn't automatically mean transport. Eligibility depends on whether the child can't
                    reasonably be expected to walk to school because of their SEN or disability, accompanied if
                    necessary. It's assessed case by case under the Education Act 1996.
                    """,
                    """
                    Appeals have two stages: a review by a senior officer, then an independent appeal panel. Keep the
                    decision letter clear about both and the timescales.
                    """)
                .build(),

            topic("damp-mould", "housing", "housing-disrepair-casework")
                .tags("damp-and-mould", "disrepair", "hhsrs")
                .s("damp and mould cases")
                .q("How quickly do we need to respond to a damp and mould report now? @0/0",
                   "Tenant blames condensation on lifestyle: how do we avoid that trap? @0/1",
                   "Damp and mould in a home with a newborn: what's the priority? @-/0")
                .d("Our damp and mould approach after Awaab's Law")
                .qb("""
                    A tenant has reported black mould in her child's bedroom. A surveyor visited and said it's
                    condensation. She's unhappy. What timescales apply now, and what should we be doing?
                    """)
                .db("""
                    With the new requirements on damp and mould, I'd like us to look at how cases are triaged, how
                    quickly we inspect, and how we talk to tenants, starting with the last {n} cases.
                    """)
                .a("""
                    Treat damp and mould as a **health hazard**, not a lifestyle issue. The new rules require us to
                    investigate within a short fixed period and make homes safe quickly where there's a significant
                    risk. Vulnerable occupants (young children, people with respiratory conditions) go to the top.
                    """,
                    """
                    Never close a case as "condensation, tenant lifestyle". Look at ventilation, insulation and heating
                    first. Give advice, but fix the building. The Ombudsman's spotlight report on damp and mould is
                    blunt about this.
                    """,
                    """
                    Book a follow-up visit six weeks after the work to check it's worked. Half our repeat reports
                    came from treatments that didn't deal with the cause.
                    """,
                    """
                    Environmental health can do an **HHSRS** assessment if there's a dispute about severity. We've done
                    joint visits with {colleagueDept} that resolved things quickly.
                    """)
                .build(),

            topic("disrepair-claims", "housing", "housing-disrepair-casework")
                .tags("disrepair", "pre-action-protocol", "legal")
                .s("housing disrepair claims")
                .q("We've had a pre-action protocol letter for disrepair: what happens next? @0/0",
                   "Claims management companies door-knocking on our estates @-/2",
                   "Can we still do repairs once a disrepair claim has been made? @-/1")
                .d("Reducing disrepair claims by fixing things first time")
                .qb("""
                    A solicitor has sent a letter of claim under the pre-action protocol for housing conditions. It
                    lists damp, a broken window and a leaking bath. What do we need to do, and by when?
                    """)
                .db("""
                    Disrepair claims cost us about £{n}k last year in damages and legal costs. Most involved repairs
                    that had been reported more than once. I'd like to look at repeat repairs.
                    """)
                .a("""
                    Under the **pre-action protocol for housing conditions claims** we must respond within **20 working
                    days**, with our view on liability and the disclosure requested. Send it to legal services on the
                    day it arrives, along with the repair history.
                    """,
                    """
                    Yes, do the repairs. The claim doesn't stop us fixing the problem, and it reduces damages. Arrange
                    access in writing and keep a record of attempts.
                    """,
                    """
                    Put a note through doors on estates where claims companies are active, explaining how to report
                    repairs directly and that tenants don't need a third party to get repairs done.
                    """)
                .build(),

            topic("budget-consultation", "communications", "senior-leadership-comms")
                .tags("budget", "consultation", "comms")
                .s("the budget consultation")
                .q("What's the line on the budget consultation for front-line staff? @0/0",
                   "Can we consult on closing a library before the budget is set? @-/1",
                   "Budget consultation: how do we reach people who don't do online surveys? @-/2")
                .d("Planning the budget consultation comms")
                .qb("""
                    Staff are being asked by residents whether services will be cut. What's the agreed line for
                    front-line staff while the budget consultation is open?
                    """)
                .db("""
                    The budget consultation opens in {month}. I'd like agreement on the narrative, the channels, and how
                    we make sure seldom-heard groups respond, not just the usual voices.
                    """)
                .a("""
                    The agreed line: **no decisions have been made**; the consultation is open until the closing date;
                    everyone's views will be considered by councillors before the budget is set in February. Point
                    people to the consultation page and offer a paper copy.
                    """,
                    """
                    Consultation must happen at a **formative stage**, when proposals are still open to change, and
                    give enough information and time for a proper response. Consult on specific proposals, not just
                    general priorities, if a closure is likely.
                    """,
                    """
                    Go to people: libraries, children's centres, the food bank, community groups. Our response rate
                    from those sessions was far higher than the online survey alone.
                    """)
                .build(),

            topic("pre-election-period", "communications", "senior-leadership-comms", "plain-english")
                .tags("pre-election-period", "publicity", "comms")
                .s("the pre-election period")
                .q("What can we publish during the pre-election period? @-/0",
                   "Can a cabinet member be quoted in a press release before the local elections? @0/0",
                   "Pre-election period and social media: do we pause everything? @-/1")
                .d("Pre-election period guidance for services")
                .qb("""
                    The pre-election period starts soon. We had planned to launch a new recycling campaign with a quote
                    from the cabinet member. Can we still go ahead?
                    """)
                .db("""
                    Every year services ask the same questions about the pre-election period. I'd like one short
                    guidance page that answers them, reviewed by legal.
                    """)
                .a("""
                    The Code of Recommended Practice on Local Authority Publicity applies. During the pre-election
                    period, **avoid publicity about candidates** or anything that could be seen as politically
                    persuasive. Business-as-usual service information carries on. A quote from a cabinet member who
                    is standing should be replaced by one from an officer.
                    """,
                    """
                    Social media doesn't stop, but scheduled posts need checking. Pause anything featuring
                    councillors, and avoid launching new initiatives unless there's an operational reason.
                    """)
                .build(),

            topic("media-enquiries", "communications", "senior-leadership-comms", "complaints-handling")
                .tags("media", "press-office", "reputation")
                .s("media enquiries")
                .q("A journalist phoned me directly: what should I do? @0/0",
                   "Responding to a press enquiry about a safeguarding case @-/1",
                   "How do we respond to a story based on a leaked document? @-/2")
                .d("Getting service managers media-ready")
                .qb("""
                    A local journalist called my mobile asking about the closure of a day centre. I said I'd get back to
                    her. What's the process, and how quickly does she need a response?
                    """)
                .db("""
                    Service managers are increasingly contacted by the media directly. I'd like to offer short media
                    awareness sessions. What would be most useful?
                    """)
                .a("""
                    Don't comment; take the journalist's name, outlet, question and deadline, and pass it to the press
                    office straight away. We aim to respond within the deadline, even if it's a holding line.
                    """,
                    """
                    For safeguarding cases we **never confirm or deny** details about an individual. The standard line
                    covers our duties in general terms. Agree anything beyond that with the director and legal.
                    """,
                    """
                    Brief the relevant cabinet member before a story runs, so they don't learn about it from the paper.
                    """)
                .build(),

            topic("discharge-to-assess", "adult-social-care", "hospital-discharge")
                .tags("hospital-discharge", "discharge-to-assess", "reablement")
                .s("discharge to assess")
                .q("Discharge to assess: who pays for the first four weeks? @0/0",
                   "Patient medically fit but homeless: who leads on discharge? @1/1",
                   "Reablement capacity is full: what are the options for Friday discharges? @-/2")
                .d("Weekend discharges and the reablement rota")
                .qb("""
                    The hospital wants to discharge a patient on pathway 1 tomorrow with a package of care. We haven't
                    done a Care Act assessment yet. Who funds the first weeks, and when do we assess?
                    """,
                    """
                    The ward has a patient who is medically fit for discharge but has no home to go to: he was sofa
                    surfing. Housing say he's not in priority need. What do we do?
                    """)
                .db("""
                    Friday discharges are putting real pressure on reablement. I'd like to look at a weekend rota and
                    earlier notice from the wards.
                    """)
                .a("""
                    Under discharge to assess, the **Care Act assessment happens after discharge**, once the person
                    has had a chance to recover at home. Short-term support immediately after discharge is free
                    at the point of delivery; longer-term needs are then assessed and charged as usual.
                    """,
                    """
                    The hospital must make a **duty to refer** to housing under the Housing Act 1996, with consent.
                    Priority need isn't the only question; the relief duty applies to everyone eligible and homeless.
                    Housing options can often find something short-term while we work on the longer plan.
                    """,
                    """
                    Ask the ward for an "expected date of discharge" as early as possible. With 48 hours' notice we
                    can almost always start a package; with four hours it's a scramble.
                    """)
                .build(),

            topic("carers-assessment", "adult-social-care", "hospital-discharge", "housing-benefits-advice")
                .tags("carers", "carers-assessment", "care-act")
                .s("carers' assessments")
                .q("Does a carer have a right to an assessment if the cared-for person refuses one? @0/0",
                   "Young carer turning 18: what assessment applies? @-/1")
                .d("Reaching carers who don't think of themselves as carers")
                .qb("""
                    A daughter caring for her father is exhausted, but he refuses any assessment or services. Can she
                    still have a carer's assessment in her own right?
                    """)
                .db("""
                    We know many carers never come forward because they see themselves as family, not carers. Could
                    other services like revenues, housing and libraries help us reach them?
                    """)
                .a("""
                    Yes. Under **section 10 of the Care Act 2014**, a carer who appears to have needs for support must
                    be offered an assessment, whether or not the person they care for has one or agrees to one.
                    """,
                    """
                    For a young carer approaching 18, do a **transition assessment** under the Care Act if it would be
                    of significant benefit. Plan it a few months before the birthday, with children's services.
                    """,
                    """
                    Add one question to forms you already have: "Do you look after someone?" Revenues added it to the
                    council tax support form in {myDept}'s pilot and referrals went up.
                    """)
                .build()
        );
    }
}
