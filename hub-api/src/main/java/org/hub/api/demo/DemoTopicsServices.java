package org.hub.api.demo;

import static org.hub.api.demo.Topic.topic;

import java.util.List;

/** Topics for housing, benefits, council tax and planning. */
final class DemoTopicsServices {

    private DemoTopicsServices() {
    }

    static List<Topic> all() {
        return List.of(
            topic("spd-review", "revenues-benefits", "housing-benefits-advice")
                .tags("council-tax", "single-person-discount", "spd")
                .s("single person discount reviews")
                .q("What's the process for a council tax single person discount review? @0/0",
                   "Single person discount review: what evidence can we ask for? @1/1",
                   "Backdating the removal of a single person discount @1/1")
                .d("Running this year's single person discount review")
                .qb("""
                    We're planning the annual review of single person discounts. Last time we had a lot of complaints
                    from people who thought the letter accused them of fraud. What's the process, and what can we
                    actually ask people to provide?
                    """,
                    """
                    A data match suggests another adult has been living at an address with a 25% discount for about
                    two years. Can we remove the discount from the date they moved in, and how do we prove it?
                    """)
                .db("""
                    The single person discount review starts in {month}. Last year's letters generated a lot of calls.
                    I'd like to agree the letter, the evidence rules and the escalation route before we send anything.
                    """)
                .a("""
                    The review usually runs like this:

                    1. a credit reference data match flags accounts where another adult may be resident;
                    2. a plain, non-accusatory letter asks the resident to **confirm** who lives there;
                    3. no reply after {days} days: a reminder, then the discount is removed with the right to appeal.

                    Residents can appeal to the Valuation Tribunal if they disagree.
                    """,
                    """
                    Yes, you can backdate the removal to the date the second adult became resident, and there is a
                    penalty for failing to notify us. But you need evidence: electoral register, credit data, or
                    their own admission. A data match alone is a prompt to ask, not proof.
                    """,
                    """
                    Tone matters. We changed the letter from "you may be committing fraud" to "please check your
                    discount is still right" and replies went up. The
                    [GOV.UK council tax discounts page](https://www.gov.uk/council-tax/discounts-for-people-who-live-alone)
                    explains the rules in plain language, so link to it.
                    """)
                .build(),

            topic("care-leavers-council-tax", "childrens-services", "housing-benefits-advice")
                .tags("care-leavers", "council-tax", "exemptions")
                .s("council tax relief for care leavers")
                .q("Do care leavers get a council tax exemption? @0/0",
                   "Care leaver living outside the borough: who pays their council tax relief? @-/1",
                   "Council tax for care leavers sharing a flat with a friend @-/2")
                .d("Making the care leaver council tax exemption automatic")
                .qb("""
                    One of my care leavers has just moved into her own flat and received a full council tax bill.
                    I thought we had a local exemption until 25. Who do I contact and what's the process?
                    """)
                .db("""
                    Our care leavers keep receiving council tax bills and then having to apply for the exemption.
                    Could leaving care and revenues agree a monthly list so it's applied automatically?
                    """)
                .a("""
                    We have a local discount under **section 13A** of the Local Government Finance Act 1992: care leavers
                    get 100% relief until their 25th birthday. The personal adviser emails revenues with the
                    address and date of tenancy; we do the rest. No form needed from the young person.
                    """,
                    """
                    If they live in another borough it depends on that council's scheme. Some have reciprocal
                    arrangements; others don't. Check their scheme, and if they don't offer it, our leaving care
                    budget can sometimes pay the bill instead.
                    """,
                    """
                    In a shared flat the relief only covers the care leaver's share. The flatmate would be liable for
                    their part. Worth explaining that before they sign anything.
                    """)
                .build(),

            topic("care-leavers-banding", "housing", "housing-benefits-advice", "safeguarding-leads")
                .tags("housing-register", "care-leavers", "allocations")
                .s("housing for care leavers")
                .q("Housing register banding for care leavers @0/0",
                   "Do care leavers get priority on the housing register if placed out of area? @-/1",
                   "When should a care leaver's housing application be made? @0/2")
                .d("Reviewing the care leaver protocol between housing and children's services")
                .qb("""
                    [childrens-services] I'm a personal adviser in children's services. My young person turns 18 in a few months and
                    I need to understand which band she'll be placed in on the housing register and how long the
                    wait usually is.
                    """)
                .db("""
                    The joint protocol for care leavers' housing was last updated three years ago. Since then we've
                    had the local connection change and more young people placed out of area. Time to review it?
                    """)
                .a("""
                    Under our allocations scheme care leavers who are ready to live independently go into **Band B**
                    (high housing need). The application should go in about **six months before** they're expected to
                    move, so the readiness assessment can be done in time.
                    """,
                    """
                    Care leavers placed outside the borough keep a local connection with us up to 21 (and to 25 if
                    they're in education). That comes from the Housing Act 1996 Part 7 local connection rules as
                    amended for care leavers, not just our scheme.
                    """,
                    """
                    Please copy in the housing options care leaver lead when you submit the application. We try to
                    match people with a tenancy sustainment worker before they move, and we can only do that if
                    we know who's coming.
                    """)
                .build(),

            topic("homelessness-relief", "housing", "housing-benefits-advice")
                .tags("homelessness", "housing-act-1996", "relief-duty")
                .s("homelessness prevention and relief duties")
                .q("When does the prevention duty end and the relief duty start? @0/0",
                   "Section 21 notice served: do we owe the prevention duty now? @0/0",
                   "Duty to refer: what do other departments need to send housing? @1/1")
                .d("Getting more duty to refer notifications from other services")
                .qb("""
                    A family have come to us with a valid section 21 notice expiring in five weeks. Do we accept a
                    prevention duty now, and what happens if the notice expires and they are still there?
                    """,
                    """
                    [adult-social-care] I work in adult social care and think one of my clients may be homeless within the next few weeks.
                    What do I need to send housing, and is there a form?
                    """)
                .db("""
                    Very few duty to refer notifications come from inside the council; most come from the hospital and
                    probation. I'd like to talk about how we make it easier for colleagues in other services.
                    """)
                .a("""
                    Under **Housing Act 1996 Part 7** (as amended by the Homelessness Reduction Act 2017), someone is
                    threatened with homelessness if they're likely to become homeless within 56 days. A valid section 21
                    notice expiring within 56 days triggers the **prevention duty**. If prevention fails, the **relief
                    duty** starts once they are actually homeless.
                    """,
                    """
                    The duty to refer formally applies to named public bodies, but as a council we should do it anyway.
                    Send name, contact details, the reason you think they're at risk, and confirm **they've consented**
                    to the referral. The online form is on the housing pages.
                    """,
                    """
                    The [homelessness code of guidance](https://www.gov.uk/guidance/homelessness-code-of-guidance-for-local-authorities)
                    is the authority on this, chapter 12 for relief and chapter 11 for prevention.
                    """,
                    """
                    Practical point: if the landlord is still willing to talk, we can sometimes negotiate more time or
                    offer a payment from the prevention fund. The earlier we hear, the more options there are.
                    """)
                .build(),

            topic("dhp", "revenues-benefits", "housing-benefits-advice")
                .tags("dhp", "housing-costs", "universal-credit")
                .s("discretionary housing payments")
                .q("Discretionary housing payments: can we pay rent in advance? @0/0",
                   "DHP for a tenant affected by the benefit cap: how long can we award? @-/1",
                   "Can a DHP cover a rent shortfall for someone on Universal Credit? @-/0")
                .d("Spending the DHP allocation fairly before year end")
                .qb("""
                    A family moving from temporary accommodation needs rent in advance for a private let. Someone told
                    me DHP can cover it. Is that right, and who decides?
                    """)
                .db("""
                    We've committed about {n}% of the DHP budget with four months to go. Let's talk priorities so we
                    don't run out in February and turn away the cases that need it most.
                    """)
                .a("""
                    Yes. DHP can cover rent in advance and deposits, as long as the person is getting Housing Benefit
                    or the housing element of **Universal Credit** at the new address. The benefits team decides;
                    send the application with the tenancy offer.
                    """,
                    """
                    For the benefit cap, awards are normally short-term, three to six months, with an agreed plan
                    (employment support, a move to cheaper accommodation). The DWP's DHP guidance manual sets out
                    what they expect.
                    """,
                    """
                    DHP is discretionary and cash-limited. Write down your priorities and apply them consistently; if
                    it's challenged, that's what protects the decision.
                    """)
                .build(),

            topic("dfg", "housing", "housing-benefits-advice", "hospital-discharge")
                .tags("dfg", "adaptations", "occupational-therapy")
                .s("disabled facilities grants")
                .q("How long is the waiting list for a disabled facilities grant? @0/0",
                   "Does the DFG means test apply to children's adaptations? @-/0",
                   "Can we fast-track a DFG for someone waiting to leave hospital? @1/1")
                .d("Speeding up disabled facilities grants")
                .qb("""
                    An OT has recommended a level-access shower and stairlift for a resident. The family want to know
                    how long a disabled facilities grant will take and whether they'll have to contribute.
                    """,
                    """
                    [adult-social-care] We have a patient ready for discharge but the home needs a ramp and a downstairs bathroom. Is there
                    a fast-track route for DFGs when someone is stuck in hospital?
                    """)
                .db("""
                    Average time from OT referral to completed adaptation is currently around {n} weeks. Contractors,
                    means tests and landlord consents all add delay. Where could we cut time out?
                    """)
                .a("""
                    There is **no means test** for adaptations for a disabled child. For adults the test looks at income
                    and savings. The maximum mandatory grant is £30,000 in England; see
                    [disabled facilities grants on GOV.UK](https://www.gov.uk/disabled-facilities-grants).
                    """,
                    """
                    Our housing assistance policy has a **discretionary fast-track** for hospital discharge: small
                    works under £5,000 can go ahead without the full means test. Ask the OT to mark the referral
                    "discharge" and copy in the home improvement agency.
                    """,
                    """
                    For a council tenant it isn't a DFG at all: adaptations come from the housing revenue account
                    budget, which is usually quicker. Worth checking the tenure first.
                    """)
                .build(),

            topic("smi-discount", "revenues-benefits", "housing-benefits-advice")
                .tags("council-tax", "disregards", "dementia")
                .s("the severe mental impairment disregard")
                .q("Severe mental impairment council tax disregard for someone with dementia @0/0",
                   "Who can sign the certificate for a severe mental impairment discount? @-/0")
                .d("Why so few residents claim the severe mental impairment disregard")
                .qb("""
                    A carer has asked about a council tax reduction for her mother who has advanced dementia. I think
                    there's a disregard for severe mental impairment but I'm not sure what evidence is needed.
                    """)
                .db("""
                    Compared with similar councils we have very few severe mental impairment disregards. Are social
                    workers aware of it? Could we add a prompt to the care assessment?
                    """)
                .a("""
                    The person must have a **severe mental impairment certified by a registered medical practitioner**
                    and be entitled to a qualifying benefit, such as Attendance Allowance or PIP daily living. If they
                    live alone, no council tax is payable. The claim can be backdated to when the conditions were met.
                    """,
                    """
                    Social workers often know the family is struggling with money but don't know this exists. We added
                    a line to the financial assessment checklist in {myDept} and claims rose straight away.
                    """)
                .build(),

            topic("pre-app-advice", "planning", "planning-development")
                .tags("planning", "pre-application", "fees")
                .s("pre-application planning advice")
                .q("Do we charge for pre-application planning advice for householders? @0/0",
                   "Pre-app advice: how binding is it on the later decision? @-/1",
                   "Pre-app requests from councillors on behalf of residents @-/1")
                .d("Is our pre-application service worth the fee?")
                .qb("""
                    A resident wants advice on a rear extension before applying. Do we charge householders for
                    pre-application advice, and what do they get for it?
                    """)
                .db("""
                    Our pre-app fees haven't changed for years and take-up is low. I'd like to compare with other
                    services and consider a lighter-touch written-advice option.
                    """)
                .a("""
                    Yes. Householder pre-app is a fixed fee for written advice within 20 working days, with a meeting
                    as an optional extra. Fees are on the planning pages. Permitted development questions can often be
                    answered with a Lawful Development Certificate instead.
                    """,
                    """
                    Pre-app advice is **not binding**, and we say so in every letter. It's a material consideration only
                    in the sense that officers will try to be consistent; the decision is made on the application.
                    """,
                    """
                    Point people to [planning permission on GOV.UK](https://www.gov.uk/planning-permission-england-wales)
                    and the interactive householder guide first. Half of our requests turn out not to need permission.
                    """)
                .build(),

            topic("hmo-enforcement", "planning", "planning-development", "housing-disrepair-casework")
                .tags("hmo", "planning-enforcement", "licensing")
                .s("HMO licensing and planning enforcement")
                .q("Unauthorised HMO conversion: planning enforcement or licensing first? @0/0",
                   "Does a six-person HMO need planning permission as well as a licence? @-/0",
                   "Sharing HMO licence data with planning enforcement @-/1")
                .d("Joining up HMO licensing and planning enforcement")
                .qb("""
                    Neighbours report that a family house has been converted into a seven-bed HMO. It has no planning
                    permission and no licence. Which team takes the lead?
                    """)
                .db("""
                    Licensing and planning enforcement both deal with HMOs but don't routinely share what they find.
                    Landlords notice the gap. Can we agree a joint protocol?
                    """)
                .a("""
                    Both, in parallel. Private sector housing deals with the licence and conditions under the Housing
                    Act 2004; planning enforcement looks at the material change of use. A large HMO (more than six
                    occupants) needs planning permission; for smaller ones it depends on whether there's an Article 4
                    direction. See [HMO licensing](https://www.gov.uk/house-in-multiple-occupation-licence).
                    """,
                    """
                    Licensing data can be shared with planning for enforcement; it's a public task for both. Keep the
                    sharing to what's needed and note it in the privacy notice.
                    """,
                    """
                    We did a joint visit last year with environmental health, planning and fire. It was much more
                    effective than three separate letters.
                    """)
                .build(),

            topic("contentious-applications", "planning", "planning-development", "senior-leadership-comms")
                .tags("planning", "consultation", "comms")
                .s("comms for contentious planning applications")
                .q("Handling comms for a contentious planning application @0/0",
                   "Can officers respond to misleading claims about an application on social media? @-/1",
                   "Neighbour notification: do we have to write to everyone who commented last time? @-/0")
                .d("Planning committee and social media: lessons from the retail park application")
                .qb("""
                    A large housing application is going to committee next month and there's a very active
                    campaign against it. Residents are asking the press office for comment. What can we say without
                    prejudicing the decision?
                    """)
                .db("""
                    The retail park application generated {n} objections and a lot of misinformation online. Let's
                    look back at how we handled comms and what we'd do differently.
                    """)
                .a("""
                    Stick to **process, not merits**: when the committee meets, how to comment, where the officer
                    report will be published. Don't comment on whether the scheme is good or bad; that's for committee.
                    """,
                    """
                    Correcting a factual error about process is fine ("the consultation closes on the 14th, not the 4th").
                    Anything that looks like defending the application should come from the applicant, not us.
                    """,
                    """
                    Publish a short FAQ page and keep pointing people to it. It saves answering the same thing in
                    forty places.
                    """)
                .build(),

            topic("tpo-queries", "environment", "planning-development")
                .tags("trees", "tpo", "planning")
                .s("tree preservation order enquiries")
                .q("How do residents find out whether a tree has a preservation order? @0/0",
                   "Dangerous tree covered by a TPO: can the owner just fell it? @-/1")
                .d("Putting tree preservation orders on the online map")
                .qb("""
                    We get a lot of calls asking whether a tree is protected. Is there a map the contact centre can
                    use, and what do we tell people who want to prune a protected tree?
                    """)
                .db("""
                    Tree preservation order records are still partly on paper. Would it be worth putting them on the
                    online map? It would cut calls to the tree officers significantly.
                    """)
                .a("""
                    Protected trees are on the planning constraints layer of the internal map. Call handlers can check
                    by address. Work to a protected tree needs consent; trees in a conservation area need six weeks'
                    notice.
                    """,
                    """
                    There's an exemption for work to a tree that is **dead or dangerous**, but the owner must give
                    five working days' notice except in an emergency, and they carry the risk if we disagree later.
                    Tell them to take photos.
                    """)
                .build()
        );
    }
}
