package org.hub.api.demo;

import static org.hub.api.demo.Topic.topic;

import java.util.List;

/** Topics for data protection, FOI, digital inclusion, customer contact and plain English. */
final class DemoTopicsInformation {

    private DemoTopicsInformation() {
    }

    static List<Topic> all() {
        return List.of(
            topic("foi-staff-names", "communications", "data-protection-foi")
                .tags("foi", "section-40", "redaction")
                .s("staff names in FOI responses")
                .q("How do we respond to an FOI request that asks for staff names? @*/0",
                   "FOI asking for the names of every officer in a team: do we redact juniors? @0/1",
                   "Section 40 and junior staff names in FOI responses @*/0")
                .d("Our approach to staff names in FOI disclosures",
                   "Should we publish a standard line on officer names for FOI?")
                .qb("""
                    We've had a Freedom of Information request asking for the names, job titles and grades of everyone
                    in the {team} team. Some of the team are quite junior and have never had a public-facing role.
                    Do we have to give all the names, or can we rely on the personal data exemption for some of them?
                    """,
                    """
                    A requester wants the names of the officers who handled their neighbour's case, plus an org chart.
                    I'm fairly sure we can't just hand over the lot, but I'm not sure where the line is.
                    """)
                .db("""
                    Every service seems to handle staff names in FOI responses slightly differently. In {askerDept}
                    we have been naming heads of service and above, and giving job titles only below that.
                    I'd like us to agree one approach and get it written up as guidance so requesters get consistent answers.
                    """)
                .a("""
                    The usual line is that **senior officers** (head of service and above, or anyone whose role is
                    public-facing) would reasonably expect their names to be released. For more junior staff you can
                    normally withhold names under **section 40(2)** of the FOI Act, because disclosure would breach the
                    UK GDPR principles, and give job titles and grades instead.

                    Record the balancing test on the case file, not just the outcome.
                    """,
                    """
                    We do it in three steps:

                    1. Release names of anyone at head of service or above, or who already appears on the website.
                    2. For everyone else, give the job title and grade and withhold the name under s.40(2).
                    3. Say in the response that we've done this and why, and offer the right to an internal review.

                    The ICO's guidance on requests for personal data about public authority employees is the thing to cite.
                    """,
                    """
                    Worth asking the team members themselves: if someone is happy to be named we can release it, but
                    consent isn't the lawful basis we rely on, so the decision still sits with us. The FOI
                    overview on [GOV.UK](https://www.gov.uk/make-a-freedom-of-information-request) is handy to send
                    to requesters who are new to the process.
                    """,
                    """
                    Be careful with org charts: even without names, a chart with one person per box can identify
                    people. We usually collapse small teams into a single box with a headcount.
                    """)
                .build(),

            topic("sar-extension", "adult-social-care", "data-protection-foi")
                .tags("sar", "uk-gdpr", "timescales")
                .s("subject access requests for social care files")
                .q("Can we extend a subject access request deadline for a complex social care file? @0/0",
                   "SAR for twenty years of social care records: how long do we actually have? @0/0",
                   "When does the clock start on a subject access request if we need ID? @1/1")
                .d("Keeping on top of subject access requests for social care records",
                   "Reducing the SAR backlog: what's worked for other teams?")
                .qb("""
                    We've received a subject access request from a former service user for their entire adult social
                    care record going back to 2004. It runs to several thousand pages, a lot of them with third-party
                    information in. The one-month deadline looks impossible. Are we allowed to extend, and how do we tell them?
                    """,
                    """
                    A SAR came in by email from someone we can't immediately verify. We've asked for ID. Does the
                    one-month clock start from the day the email arrived or the day we get the ID back?
                    """)
                .db("""
                    We closed {month} with more overdue subject access requests than we'd like, nearly all of them
                    social care files that need heavy redaction. I'd like to hear how other services triage and
                    resource these, and whether anyone uses redaction software that actually helps.
                    """)
                .a("""
                    Under UK GDPR you can extend by **up to two further months** where the request is complex or the
                    person has made a number of requests. You must tell them within the first month that you are
                    extending, and why. A large volume of records alone isn't always enough; the third-party redaction
                    work is what makes it complex, so say that.
                    """,
                    """
                    The clock starts when you receive the information you reasonably need to confirm identity, so the
                    day the ID comes back. Don't ask for more ID than you need, though: if they are a known service user
                    and wrote from an address already on the file, you may not need any.
                    """,
                    """
                    Practical tip from {myDept}: send a short holding letter in week one listing what you're searching,
                    and offer to prioritise a particular period if they tell you what they're most interested in. Many
                    people narrow the request, which they are entitled to do.
                    """,
                    """
                    Remember that social care records can include information from health and the police. You need to
                    consult them before releasing their material, which takes time: start those conversations early.
                    """)
                .build(),

            topic("share-tenant-asc", "housing", "data-protection-foi", "safeguarding-leads")
                .tags("data-sharing", "uk-gdpr", "consent")
                .s("sharing tenant information with adult social care")
                .q("Can we share a tenant's details with adult social care without consent? @*/0",
                   "Passing a tenant's details to ASC when they've said no: is that allowed? @*/0",
                   "Lawful basis for housing officers referring tenants to adult social care @*/0")
                .d("Information sharing between housing and adult social care: where are we?")
                .qb("""
                    One of our tenancy officers visited a tenant who is clearly not coping: the flat is in a poor
                    state, there's very little food in and he seems confused. He didn't want us to "involve social
                    services". Can we still make a referral to adult social care, and what can we share?
                    """,
                    """
                    Neighbours have reported that an older tenant hasn't been seen for a while. When we made contact
                    she refused any help. We're worried about self-neglect. What's our footing for telling ASC?
                    """)
                .db("""
                    Front-line housing staff often tell me they're unsure whether they can pass on concerns to adult
                    social care without consent. I think we're under-referring as a result. Is there a data-sharing
                    agreement in place between the two services, and if not should we draft one?
                    """)
                .a("""
                    Yes, you can. Consent is not the only lawful basis and often not the right one. Where there is a
                    risk to someone's wellbeing, sharing with ASC can rely on **public task** (Article 6(1)(e) UK GDPR),
                    and for health information the substantial public interest condition for safeguarding.
                    The **Care Act 2014** duty to cooperate (section 6) backs this up.

                    Share what is necessary and proportionate, and record why you shared.
                    """,
                    """
                    If you think he may be at risk of abuse or neglect, including self-neglect, this is a safeguarding
                    concern and should go through the adult safeguarding referral route, not just a general referral.
                    The Care Act statutory guidance is here:
                    [care and support statutory guidance](https://www.gov.uk/government/publications/care-act-statutory-guidance/care-and-support-statutory-guidance).
                    """,
                    """
                    Still tell the tenant you are making the referral unless doing so would increase the risk. It keeps
                    trust and it's what the transparency principle expects. We have a short script for this in
                    {otherGroupName} if that helps.
                    """,
                    """
                    From the ASC side: please include the specific things you saw (dates, what the home looked like,
                    what he said). A referral that just says "struggling" is very hard for the front door to triage.
                    """)
                .build(),

            topic("data-breach-email", "revenues-benefits", "data-protection-foi")
                .tags("data-breach", "ico", "email")
                .s("misdirected emails and breach reporting")
                .q("Email sent to the wrong resident: is this reportable to the ICO? @0/0",
                   "Do we have to report a misdirected council tax letter as a data breach? @1/1",
                   "What counts as a reportable personal data breach? @*/0")
                .d("Lessons from this year's misdirected email incidents")
                .qb("""
                    One of the team has emailed a council tax bill to the wrong person: similar surname, autocomplete
                    picked the wrong address. It had name, address and balance owed on it. The recipient has replied
                    saying they've deleted it. Do we still need to report it, and to whom?
                    """,
                    """
                    We sent a benefits decision letter to a previous address. The new occupier opened it and brought
                    it to reception. How do I decide whether this goes to the ICO?
                    """)
                .db("""
                    Looking at the breach log for the last year, most of our incidents in {askerDept} are
                    misdirected emails, usually autocomplete. I'd like to compare notes on what has actually reduced
                    them: delay-send rules, turning off autocomplete, or something else.
                    """)
                .a("""
                    Report it internally to the data protection officer **straight away**, whatever you think the risk
                    is. The DPO decides whether it meets the threshold for the ICO. If it does, the report must go in
                    **within 72 hours** of us becoming aware, so the internal report can't wait until Monday.
                    """,
                    """
                    For a single bill with a balance on it, where the recipient has confirmed deletion, the risk is
                    usually judged low and it is logged rather than reported. Get the confirmation of deletion in
                    writing and attach it to the breach log entry.
                    """,
                    """
                    What has helped us:

                    - a two-minute delay on outgoing mail so people can pull a message back;
                    - autocomplete switched off for the shared mailboxes;
                    - **sending attachments as links** to the document store, so a wrong address gets nothing.
                    """,
                    """
                    Tell the resident whose data it was, even if it's not reportable. Most people are fine once they
                    know what happened and what we've done; it is finding out later that generates complaints.
                    """)
                .build(),

            topic("retention-complaints", "communications", "data-protection-foi", "complaints-handling")
                .tags("retention", "records-management", "complaints")
                .s("retention of casework files")
                .q("How long do we keep closed complaint files? @0/0",
                   "Retention period for complaints that went to the Ombudsman @0/0",
                   "Is there a council-wide retention schedule for casework emails? @-/0")
                .d("Tidying up old shared drives before the move to SharePoint")
                .qb("""
                    We're clearing out a shared drive and found complaint files going back to 2011. What's the
                    retention period for closed complaints, and is it different if the complaint went to the Ombudsman?
                    """)
                .db("""
                    Digital are moving our team to SharePoint in {month}. There are thousands of files on the old
                    shared drive, many long past any sensible retention period. How have other teams approached
                    the clear-out, and who signed off the deletions?
                    """)
                .a("""
                    The corporate retention schedule has complaints at **six years from closure**. Where the complaint
                    went to the Ombudsman or led to legal action, keep it six years from the end of that process instead.
                    """,
                    """
                    Don't just delete: record what you destroyed (a list of file references and dates is fine) and
                    get your head of service to sign it off. If anything is subject to a live SAR, FOI or legal hold,
                    it must not be destroyed, so check with information governance first.
                    """,
                    """
                    We did this last year. The trick was to agree the rules first, then have digital run a report of
                    everything not modified in seven years. We reviewed the report rather than opening folders one by one.
                    """)
                .build(),

            topic("foi-repeated-requests", "environment", "data-protection-foi")
                .tags("foi", "section-14", "vexatious")
                .s("persistent FOI requesters")
                .q("When can we treat a series of FOI requests as vexatious? @0/0",
                   "Same requester, fifteen FOIs about one planning site: what are our options? @-/0",
                   "Aggregating FOI requests for the cost limit @-/1")
                .d("Handling persistent requesters fairly")
                .qb("""
                    We've had fifteen requests this year from the same person about fly-tipping enforcement on one
                    estate. Each one is reasonable on its own but together they're taking a lot of officer time.
                    Is there a point where we can say no?
                    """)
                .db("""
                    Some of our most persistent FOI requesters are residents who feel they haven't been listened to
                    about a real problem. I'd like to talk about how we handle them fairly without using section 14
                    as a first resort.
                    """)
                .a("""
                    Section 14(1) lets us refuse a request that is vexatious, judged on the **request, not the person**.
                    The ICO expects you to weigh the burden against the value and purpose of the request, and look at
                    the history. Fifteen requests on one issue can qualify, but document the reasoning carefully.
                    """,
                    """
                    Before section 14, consider section 12: requests for similar information within 60 working days
                    can be aggregated for the £450 cost limit. That is often the cleaner route.
                    """,
                    """
                    Honestly, the best thing we ever did was pick up the phone. Half our repeat requesters really
                    wanted a meeting with the service, not information. A conversation with {colleague} in
                    {colleagueDept} stopped one run of requests entirely.
                    """)
                .build(),

            topic("dpia-new-system", "digital", "data-protection-foi", "digital-inclusion")
                .tags("dpia", "uk-gdpr", "procurement")
                .s("DPIAs for new systems")
                .q("Do we need a DPIA for moving the housing repairs system to the cloud? @0/0",
                   "Who signs off a data protection impact assessment for a new case management system? @0/0",
                   "DPIA template for a small pilot using an online form builder @1/1")
                .d("Making DPIAs less painful for small projects")
                .qb("""
                    We're replacing the repairs system with a cloud-hosted product. It holds tenant names, addresses,
                    phone numbers and some vulnerability flags. Is a full DPIA needed, and who should complete it:
                    us, digital, or the supplier?
                    """,
                    """
                    We want to trial an online form builder for a small consultation in {askerDept}. It's only
                    collecting names and postcodes. Do we need a full DPIA for something this size?
                    """)
                .db("""
                    Project teams tell us the DPIA template is long and confusing, so it's started too late. I'd
                    like to propose a short screening form, with the full DPIA only where the screening says so.
                    Thoughts welcome before I take it to the information governance board.
                    """)
                .a("""
                    Yes. Vulnerability flags are special category data in many cases, and a new system processing
                    them at scale is a textbook case for a DPIA under Article 35. The **service owns the DPIA**;
                    digital and the supplier contribute. Start it before the contract is signed, not after.
                    """,
                    """
                    For a small pilot, do the screening questions first. If there is no special category data, no
                    new technology and no large-scale processing, a screening record may be enough. Keep it on file
                    either way.
                    """,
                    """
                    Get the supplier's answers on hosting location, sub-processors and retention **in writing**. We
                    lost three weeks on the last one chasing them. The DPO's office has a supplier questionnaire you
                    can send on day one.
                    """)
                .build(),

            topic("device-lending", "digital", "digital-inclusion")
                .tags("digital-inclusion", "devices", "libraries")
                .s("device lending for residents")
                .q("Has anyone run a tablet lending scheme for residents? @0/0",
                   "Lending laptops to care leavers: who owns the devices? @-/0",
                   "Wiping and reissuing donated devices: what's the safe process? @-/1")
                .d("Device lending: what we learned from the first six months",
                   "Should device lending sit with libraries or with each service?")
                .qb("""
                    We've been offered {n} refurbished tablets by a local business and want to lend them to residents
                    in sheltered housing. Has anyone done something similar? I'm thinking about insurance, data
                    wiping, and who supports people once the tablet is in their hands.
                    """)
                .db("""
                    Our device lending pilot has been running since {month}. Take-up has been good but returns
                    less so, and support calls are landing on the wrong teams. Sharing the numbers and asking
                    where this should live long-term.
                    """)
                .a("""
                    We ran one through the libraries. Key things:

                    - a simple loan agreement in plain English;
                    - devices set up with a **managed profile** so they can be wiped remotely;
                    - a named digital champion for the first three sessions, not just a helpline number.
                    """,
                    """
                    Data wiping has to be a certified process, especially for donated devices. Digital can do it, or
                    there are charities that do it free and give you a certificate per device. Don't rely on a factory reset.
                    """,
                    """
                    Think about connectivity as well as the device. A tablet without data is a paperweight for
                    someone with no broadband. The National Databank through the Good Things Foundation gives free SIMs.
                    """)
                .build(),

            topic("assisted-digital", "revenues-benefits", "digital-inclusion", "customer-contact")
                .tags("assisted-digital", "online-forms", "accessibility")
                .s("assisted digital support")
                .q("How do we support residents who can't apply online for council tax support? @0/1",
                   "Assisted digital for the new online forms: who does it? @-/1",
                   "Is it lawful to make an application online only? @-/0")
                .d("Online by default, but not online only")
                .qb("""
                    The new council tax support form is online only. Reception are seeing people who don't have a
                    device or can't use one. What's our assisted digital offer, and where is it written down?
                    """)
                .db("""
                    We talk about "digital by default" a lot. I'd like us to be explicit about the routes for people
                    who can't use online services: phone, face to face, someone filling the form in on their behalf.
                    What do your services offer today?
                    """)
                .a("""
                    Online-only is risky. The **Equality Act 2010** duty to make reasonable adjustments means we need
                    an alternative route for disabled residents, and the public sector equality duty means we should
                    have considered who is excluded. Keep a phone or face-to-face route and say so on the form's start page.
                    """,
                    """
                    In {myDept} the contact centre completes the form with the resident on the phone and reads back
                    each answer. It takes about twenty minutes. We record it as "assisted" so we can track demand.
                    """,
                    """
                    The [GOV.UK Service Manual](https://www.gov.uk/service-manual) has a good section on assisted
                    digital support. The principle is that the support should get the user through the whole service,
                    not just the form.
                    """)
                .build(),

            topic("staff-digital-skills", "digital", "digital-inclusion")
                .tags("digital-skills", "training", "frontline")
                .s("digital skills for frontline staff")
                .q("Digital skills training for frontline staff: what's available? @-/0",
                   "Care workers without council email accounts: how do they get training? @0/0")
                .d("Building digital confidence in frontline teams")
                .qb("""
                    Many of our home care staff don't have a council laptop and only use their phones. We're moving
                    rotas and training online. What do other services do for staff who are not confident online?
                    """)
                .db("""
                    A staff survey in {askerDept} found that a third of frontline staff don't feel confident using the
                    systems we've given them. I'd like to pull together what already exists across the council before
                    we commission anything new.
                    """)
                .a("""
                    Learning and development run a drop-in digital skills session every month, and it's open to
                    anyone. For staff without email, the manager can book them on through the L&D mailbox.
                    """,
                    """
                    Pair people up. We set up "digital buddies" in {myDept}: one confident person per team, an hour
                    a week protected. It worked better than any course.
                    """,
                    """
                    Make sure whatever you use works on a phone. If the rota system only works properly on a desktop,
                    no amount of training will fix it.
                    """)
                .build(),

            topic("unacceptable-behaviour", "environment", "customer-contact", "complaints-handling")
                .tags("unacceptable-behaviour", "staff-safety", "customer-contact")
                .s("abusive contact and the unacceptable behaviour policy")
                .q("What do we do about a resident who is abusive on the phone every week? @0/0",
                   "Applying the unacceptable behaviour policy: who decides? @-/0",
                   "Can we restrict a resident to contact by email only? @0/0")
                .d("Supporting staff after abusive calls")
                .qb("""
                    We have a resident who calls most weeks about missed bin collections and is regularly abusive
                    to the call handlers: swearing, personal comments. Staff are dreading his calls. What can we
                    actually do under the policy?
                    """)
                .db("""
                    Abusive contact has noticeably increased this year. Staff in {askerDept} say they don't always know
                    what support is available after a bad call. What do your teams do straight after an incident?
                    """)
                .a("""
                    Under the unacceptable behaviour policy the service manager can put a **contact restriction** in
                    place, for example a single point of contact or written contact only. It must be proportionate,
                    time-limited (we use six months), reviewed, and the resident must be told in writing how to appeal.
                    """,
                    """
                    Before restricting contact, check whether there's an underlying service failure. If his bins really
                    are being missed every week, fix that first. The Ombudsman will look at both.
                    """,
                    """
                    Call handlers can end a call after **one warning** if the caller is abusive. Log it on the CRM
                    with the time so there's a record. Staff should never feel they have to sit through it.
                    """,
                    """
                    Add a marker to the record so anyone picking up a call knows the arrangement. Keep the wording
                    factual; the resident can see it if they make a SAR.
                    """)
                .build(),

            topic("interpreters", "adult-social-care", "customer-contact")
                .tags("interpreting", "translation", "equalities")
                .s("interpreting and translation")
                .q("How do we book a telephone interpreter at short notice? @0/0",
                   "Can family members interpret for a resident at an assessment? @1/1",
                   "Translating standard letters: who pays? @-/2")
                .d("Improving our offer for residents whose first language isn't English")
                .qb("""
                    A resident has come to reception who speaks very little English and needs to talk about a
                    care assessment. I'd like to get an interpreter on the phone now. What's the process and the
                    cost code?
                    """,
                    """
                    At a home visit the son offered to interpret for his mother. Is that acceptable or should we
                    always use a professional interpreter?
                    """)
                .db("""
                    We spent about £{n}k on interpreting last year, mostly by phone. Some services are translating the
                    same letters separately. Is there appetite for a shared library of translated standard letters?
                    """)
                .a("""
                    The council has a contract for telephone interpreting, available 24/7. The access code and
                    instructions are on the intranet under "Interpreting and translation". Charge it to your team's
                    cost centre; there's no central budget.
                    """,
                    """
                    Avoid using family members for anything involving assessment, safeguarding or consent. You can't
                    be sure what's being passed on and it can put the resident in a difficult position.
                    Use a professional interpreter and **record** that you offered one.
                    """,
                    """
                    We did this last year: the five most used letters were translated into the top six community
                    languages. They are in the {otherGroupName} group's files. Happy to share the list.
                    """)
                .build(),

            topic("webchat", "communications", "customer-contact")
                .tags("webchat", "channel-shift", "contact-centre")
                .s("webchat in the contact centre")
                .q("Has anyone set up webchat for the contact centre? @0/0",
                   "Webchat transcripts: how long do we keep them? @-/1",
                   "Chatbots for council tax enquiries: worth it? @-/2")
                .d("Webchat pilot: results after three months")
                .qb("""
                    We're looking at adding webchat for council tax and waste enquiries. Has anyone in the council
                    run a pilot? I'm interested in staffing: how many chats can one advisor realistically handle?
                    """)
                .db("""
                    Our webchat pilot ran for three months. About {n}% of chats were resolved without a call back,
                    and satisfaction was higher than on the phone. Sharing the headline figures and asking for views
                    on whether we extend it.
                    """)
                .a("""
                    In our pilot advisors could manage **two chats at once** comfortably, three at peak with canned
                    responses. More than that and quality dropped. Plan staffing for peaks, Monday mornings and after
                    bills go out.
                    """,
                    """
                    Transcripts are records like any other correspondence, so they go on the retention schedule.
                    We keep them two years unless they form part of a case.
                    """,
                    """
                    Don't start with a chatbot. Start with people on webchat, learn what questions come in, and fix
                    the web content so they don't need asking. Then think about automation.
                    """)
                .build(),

            topic("bin-collection-changes", "environment", "customer-contact", "plain-english")
                .tags("waste", "bin-collections", "comms")
                .s("bin collection changes")
                .q("Script for explaining bin collection day changes @0/0",
                   "How do we tell residents about a new garden waste charge? @-/1",
                   "Missed bin reports after the round changes: what's the line? @0/2")
                .d("Round changes: how to avoid a wave of missed-bin calls")
                .qb("""
                    Collection days are changing for about {n},000 households from next month. Call volumes always spike
                    when we do this. Has anyone got a script the call handlers can use, and a line for social media?
                    """)
                .db("""
                    The last round re-organisation generated thousands of calls in the first fortnight. Before the next
                    one, I'd like to pull together everything that worked and didn't, from letters to crew briefings.
                    """)
                .a("""
                    Keep the script short:

                    1. confirm the address and the new day;
                    2. tell them to put the bin out by **7am**;
                    3. point them to the "find your bin day" page and offer to text a reminder.

                    We did this last year; the template is in the Customer contact group's files.
                    """,
                    """
                    The letter is what matters most. Put the new day in **large bold text at the top**, not in the
                    third paragraph. Residents don't read past the first line.
                    """,
                    """
                    Brief the crews as well. Residents ask them directly and if they give a different answer
                    from the contact centre, trust goes fast.
                    """)
                .build(),

            topic("accessible-pdfs", "digital", "plain-english")
                .tags("accessibility", "pdf", "website")
                .s("accessible documents on the website")
                .q("Do PDFs on the council website need to meet the accessibility regulations? @0/0",
                   "Our committee papers are scanned PDFs: are we breaking the accessibility rules? @-/1",
                   "How do we write an accessibility statement for an old web app? @-/2")
                .d("Moving from PDFs to HTML pages: where to start")
                .qb("""
                    We publish a lot of forms and policies as PDFs. Someone said these all need to be accessible now.
                    Is that right, and does it apply to old documents as well?
                    """)
                .db("""
                    We have roughly {n}0 PDFs on the website. Analytics show most are rarely opened, and many aren't
                    accessible. I'd like to propose converting the most-used ones to HTML and archiving the rest.
                    """)
                .a("""
                    Yes. The Public Sector Bodies Accessibility Regulations 2018 cover documents on our website.
                    PDFs published **before 23 September 2018** are exempt unless they're needed to use a service,
                    such as a form. New PDFs must meet WCAG 2.2 AA. See
                    [accessibility requirements for public sector websites](https://www.gov.uk/guidance/accessibility-requirements-for-public-sector-websites-and-apps).
                    """,
                    """
                    Scanned PDFs are images, so they're not accessible at all. Either produce a tagged PDF from the
                    original document or, better, publish the content as an HTML page.
                    """,
                    """
                    Any document you can't fix yet should be listed in the **accessibility statement** with a date
                    for fixing it. That's a legal requirement too, not just good practice.
                    """)
                .build(),

            topic("easy-read", "adult-social-care", "plain-english")
                .tags("easy-read", "accessible-information", "letters")
                .s("easy read information")
                .q("Easy read version of the care charges letter: does anyone have one? @0/0",
                   "Who produces easy read documents in the council? @-/1",
                   "Meeting the Accessible Information Standard in social care letters @-/0")
                .d("Should easy read be the default for adult social care letters?")
                .qb("""
                    We've had a complaint that our financial assessment letter was impossible for a resident with a
                    learning disability to understand. Does anyone have an easy read version, or know who can make one?
                    """)
                .db("""
                    Many of the people we write to in {askerDept} would benefit from easy read versions. Producing them
                    one at a time is slow. Could we agree a small set of core letters to have in easy read as standard?
                    """)
                .a("""
                    The Accessible Information Standard applies to adult social care: we must **identify, record,
                    flag, share and meet** people's information needs. If someone needs easy read, that should be on
                    their record and every letter should follow it.
                    """,
                    """
                    We commission easy read from a local self-advocacy group. They test it with people with learning
                    disabilities, which is worth far more than us guessing. Turnaround is about two weeks.
                    """,
                    """
                    Quick wins while you wait: one idea per sentence, short sentences, a picture per point, and the
                    key thing (how much, when, who to ring) on the first page.
                    """)
                .build(),

            topic("plain-english-letters", "revenues-benefits", "plain-english")
                .tags("plain-english", "letters", "content-design")
                .s("plain English letters")
                .q("Rewriting the council tax reminder letter in plain English @0/0",
                   "How long should a standard council letter be? @-/0",
                   "Can we drop the legal wording from enforcement letters? @-/0")
                .d("Our letters are too long: let's fix the top five")
                .qb("""
                    Our council tax reminder letter is two pages of dense text and people ring to ask what it means.
                    The legal team say some wording must stay. Has anyone rewritten a statutory letter and kept legal happy?
                    """)
                .db("""
                    We looked at the five letters that generate most calls. All of them put the action the resident
                    needs to take in the second half. I'd like help from comms to redesign them.
                    """)
                .a("""
                    Put what the person needs to **do** at the top in one sentence, then the detail. Keep the statutory
                    wording but move it to a clearly headed section at the end. Legal usually accept that as long as
                    the words themselves are unchanged.
                    """,
                    """
                    Test it. Read it aloud to someone outside the team. If they can't tell you what to do next after
                    ten seconds, it's not finished. The GOV.UK guide to
                    [writing for GOV.UK](https://www.gov.uk/guidance/content-design/writing-for-gov-uk) is a good reference.
                    """,
                    """
                    We cut our reminder from two pages to one in {myDept}: calls about it fell noticeably and
                    payments after the reminder went up. Happy to share the before and after.
                    """)
                .build(),

            topic("incident-social-media", "communications", "plain-english", "senior-leadership-comms")
                .tags("social-media", "incidents", "comms")
                .s("social media during incidents")
                .q("Who signs off social media posts during an out-of-hours incident? @0/0",
                   "What do we post when a road is closed for a major incident? @-/1",
                   "Replying to misinformation on social media during an incident @-/2")
                .d("Our incident comms rota needs a refresh")
                .qb("""
                    There was a burst water main at the weekend and the on-call officer wasn't sure whether they could
                    post updates without comms sign-off. What's the rule out of hours?
                    """)
                .db("""
                    The incident comms rota was written before we had half our current channels. I'd like to refresh
                    it, including who can post, pre-approved wording, and how we hand over to partners.
                    """)
                .a("""
                    Out of hours, the on-call comms officer can post factual updates using the pre-approved templates
                    without further sign-off. Anything about cause, blame or compensation goes to the duty director first.
                    """,
                    """
                    Keep posts short and factual: **what's happening, where, what people should do, when the next
                    update is**. Always say when the next update will be, even if it's "in two hours".
                    """,
                    """
                    For misinformation, correct it once, calmly, with a link to our page. Don't argue in replies.
                    Partners like the police may be better placed to correct some things.
                    """)
                .build()
        );
    }
}
