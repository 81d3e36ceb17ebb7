package org.anchorage.access;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.anchorage.identity.Role;
import org.anchorage.identity.UserId;
import org.anchorage.organisation.OrganisationId;

/**
 * What one signed-in user may see and change: every rule of docs/access.md, as plain code with no
 * database, so each can be read and unit-tested. Facades ask it about one record; repositories take
 * {@link #programmeIds()} and {@link #userId()} to filter lists in SQL by the same rules.
 *
 * @param user         who is signed in
 * @param role         their one role
 * @param organisation their organisation
 * @param programmes   the programmes their organisation takes part in
 * @param leading      the programmes their organisation leads (programme managers only)
 */
public record AccessScope(UserId user, Role role, OrganisationId organisation, Set<UUID> programmes, Set<UUID> leading) {

    /** Nobody signed in: sees no record. */
    public static final AccessScope NOBODY = new AccessScope(null, null, null, Set.of(), Set.of());

    public AccessScope {
        programmes = Set.copyOf(programmes);
        leading = Set.copyOf(leading);
    }

    public boolean is(Role... roles) {
        return role != null && List.of(roles).contains(role);
    }

    /** The programmes this user works on, for {@code programme_id = ANY(...)} in SQL (all, for an administrator, is separate). */
    public List<UUID> programmeIds() {
        return List.copyOf(programmes);
    }

    public UUID userId() {
        return user == null ? null : user.value();
    }

    public boolean takesPartIn(UUID programme) {
        return programme != null && programmes.contains(programme);
    }

    // --- Programmes -------------------------------------------------------------------------------

    /** Administrators see every programme; everyone else only those their organisation takes part in. */
    public boolean seesProgramme(UUID programme) {
        return is(Role.ADMINISTRATOR) || takesPartIn(programme);
    }

    /** Changes a programme's details and eligibility rules: an administrator, or a manager taking part. */
    public boolean managesProgramme(UUID programme) {
        return is(Role.ADMINISTRATOR) || (is(Role.PROGRAMME_MANAGER) && takesPartIn(programme));
    }

    /** Changes which organisations take part: an administrator, or a manager of the lead organisation. */
    public boolean decidesWhoTakesPart(UUID programme) {
        return is(Role.ADMINISTRATOR) || (is(Role.PROGRAMME_MANAGER) && leading.contains(programme));
    }

    // --- Eligibility and screening ------------------------------------------------------------------

    /**
     * Checks a person or screens a list against a programme's rules: staff and partners of an
     * organisation taking part (an administrator too, but only for programmes their organisation is in,
     * as a check handles a real person's postcode and date of birth).
     */
    public boolean checksEligibilityFor(UUID programme) {
        return is(Role.ADMINISTRATOR, Role.PROGRAMME_MANAGER, Role.NAVIGATOR, Role.REFERRAL_PARTNER) && takesPartIn(programme);
    }

    /**
     * A screened list holds postcodes and dates of birth of people not yet referred: only the
     * organisation that uploaded it sees it, and only while it takes part in the programme.
     */
    public boolean seesScreening(UUID programme, OrganisationId uploadedBy) {
        return is(Role.ADMINISTRATOR, Role.PROGRAMME_MANAGER, Role.NAVIGATOR, Role.REFERRAL_PARTNER)
                && organisation.equals(uploadedBy) && takesPartIn(programme);
    }

    // --- Referrals and triage -----------------------------------------------------------------------

    /** A partner sees its own organisation's referrals; navigators and managers those of their programmes. */
    public boolean seesReferral(UUID programme, OrganisationId referredBy) {
        if (is(Role.REFERRAL_PARTNER)) {
            return organisation.equals(referredBy) && takesPartIn(programme);
        }
        return is(Role.NAVIGATOR, Role.PROGRAMME_MANAGER) && takesPartIn(programme);
    }

    /**
     * Once accepted, a referral is part of the person's record, so a navigator sees it only when the person
     * is on their own caseload (managers and the referring partner as before); until then, as above.
     */
    public boolean seesReferral(UUID programme, OrganisationId referredBy, boolean accepted, UserId allocatedTo) {
        if (accepted && is(Role.NAVIGATOR)) {
            return actsFor(programme, allocatedTo);
        }
        return seesReferral(programme, referredBy);
    }

    /** Accepts, declines, signposts, allocates and merges referrals of the programme. */
    public boolean triages(UUID programme) {
        return is(Role.NAVIGATOR, Role.PROGRAMME_MANAGER) && takesPartIn(programme);
    }

    // --- Participants ---------------------------------------------------------------------------------

    /**
     * Opens and acts on a participant's record: their own navigator, or a manager of their programme.
     * Another navigator of the same programme does not: a caseload is the navigator's own.
     */
    public boolean actsFor(UUID programme, UserId navigator) {
        if (is(Role.NAVIGATOR)) {
            return user.equals(navigator) && takesPartIn(programme);
        }
        return is(Role.PROGRAMME_MANAGER) && takesPartIn(programme);
    }

    /** A participant's own record, seen through their own sign-in. */
    public boolean isThePerson(UserId participantSignIn) {
        return is(Role.PARTICIPANT) && user.equals(participantSignIn);
    }

    // --- Training -------------------------------------------------------------------------------------

    /** Trainers see the sessions they run or their provider runs; navigators and managers those of their programmes. */
    public boolean seesSession(UUID programme, UserId trainer, OrganisationId provider) {
        if (is(Role.TRAINER)) {
            return user.equals(trainer) || organisation.equals(provider);
        }
        return is(Role.NAVIGATOR, Role.PROGRAMME_MANAGER) && takesPartIn(programme);
    }

    /** Takes the register and schedules: the trainer or their provider, or a manager of the programme. */
    public boolean runsSession(UUID programme, UserId trainer, OrganisationId provider) {
        if (is(Role.TRAINER)) {
            return user.equals(trainer) || organisation.equals(provider);
        }
        return is(Role.PROGRAMME_MANAGER) && takesPartIn(programme);
    }

    /** A name on a session: its trainer sees everyone booked; staff only the people they act for. */
    public boolean seesBookedPerson(UUID sessionProgramme, UserId trainer, OrganisationId provider,
                                    UUID personProgramme, UserId personNavigator) {
        if (is(Role.TRAINER)) {
            return seesSession(sessionProgramme, trainer, provider);
        }
        return actsFor(personProgramme, personNavigator);
    }

    // --- Placements -----------------------------------------------------------------------------------

    /** An employer hosts its own organisation's sites and placements, in programmes it takes part in. */
    public boolean hosts(OrganisationId host) {
        return is(Role.EMPLOYER) && organisation.equals(host);
    }

    /** Navigators and managers see the placements of their programmes, to match and put people forward. */
    public boolean staffsPlacements(UUID programme) {
        return is(Role.NAVIGATOR, Role.PROGRAMME_MANAGER) && takesPartIn(programme);
    }

    // --- Mentoring (step 8) ---------------------------------------------------------------------------

    /**
     * A mentor sees a person only while assigned to them: from the start date to the end date (if any),
     * and only while the mentor's organisation takes part in the person's programme. Outside those dates,
     * or for anyone else's mentee, the person does not exist for them.
     */
    public boolean mentors(UUID programme, UserId mentor, java.time.LocalDate startsOn, java.time.LocalDate endsOn,
                           java.time.LocalDate today) {
        return is(Role.MENTOR) && user.equals(mentor) && takesPartIn(programme) && startsOn != null
                && !today.isBefore(startsOn) && (endsOn == null || !today.isAfter(endsOn));
    }

    /** Assigns, ends and plans mentoring: the person's own navigator, or a manager of their programme. */
    public boolean assignsMentorFor(UUID programme, UserId navigator) {
        return actsFor(programme, navigator);
    }

    // --- Support actions and the barrier fund (step 8) -------------------------------------------------

    /** Support actions are part of the record: the person's own navigator, or a manager of their programme. */
    public boolean supports(UUID programme, UserId navigator) {
        return actsFor(programme, navigator);
    }

    // --- Job starts and sustainment checks (step 9) ----------------------------------------------------

    /**
     * Records a job start or a sustainment check, and sees them: the person's own navigator, or a manager
     * of their programme. A host or a mentor does not: pay and leaving reasons are the record's.
     */
    public boolean recordsJobOutcomes(UUID programme, UserId navigator) {
        return actsFor(programme, navigator);
    }

    // --- Job search (step 9) ----------------------------------------------------------------------------

    /**
     * Sees a person's job applications and records them, their status changes, interview preparation and the
     * job start that ends one: the person's own navigator, or a manager of their programme (as the Work section).
     */
    public boolean recordsJobSearch(UUID programme, UserId navigator) {
        return recordsJobOutcomes(programme, navigator);
    }

    /**
     * Offers a job to someone after their placement, which puts an application at "offer" on their record: only
     * an employer of the organisation hosting that placement. It sees no more of the record than it did.
     */
    public boolean offersJobAfterPlacement(OrganisationId placementHost) {
        return hosts(placementHost);
    }

    /**
     * Sees a programme's outcomes achieved and its outcome definitions, and marks outcomes claimed from the
     * funder: a manager of the programme (as for its other settings), or an administrator.
     */
    public boolean claimsOutcomes(UUID programme) {
        return managesProgramme(programme);
    }

    /** Sets a programme's barrier fund budget and sees all its requests: a programme manager taking part in it. */
    public boolean managesBarrierFund(UUID programme) {
        return is(Role.PROGRAMME_MANAGER) && takesPartIn(programme);
    }

    /**
     * A request for barrier fund money: the programme's managers, and the navigator who asked for it or who
     * looks after the person (still only in a programme their organisation takes part in).
     */
    public boolean seesFundRequest(UUID programme, UserId requestedBy, UserId personNavigator) {
        if (managesBarrierFund(programme)) {
            return true;
        }
        return is(Role.NAVIGATOR) && takesPartIn(programme) && (user.equals(requestedBy) || user.equals(personNavigator));
    }

    /** Approves or refuses a request: a manager of the programme who is not the person who asked for it. */
    public boolean decidesFundRequest(UUID programme, UserId requestedBy) {
        return managesBarrierFund(programme) && !user.equals(requestedBy);
    }

    /** Totals of a fund over a period, never a person: its managers, and funders of the programme (step 10). */
    public boolean seesFundTotals(UUID programme) {
        return managesBarrierFund(programme) || (is(Role.FUNDER) && takesPartIn(programme));
    }

    // --- Outreach (step 11) ------------------------------------------------------------------------------

    /** Records and reads a programme's outreach log: its navigators and managers while their organisation takes part. */
    public boolean recordsOutreach(UUID programme) {
        return is(Role.NAVIGATOR, Role.PROGRAMME_MANAGER) && takesPartIn(programme);
    }

    // --- Live opportunities (step 11) -------------------------------------------------------------------

    /**
     * Posts, changes and withdraws a vacancy of this employer shared through this programme: an employer for its own
     * organisation in programmes it takes part in, or a manager of the programme for any of its employers.
     */
    public boolean managesVacancy(UUID programme, OrganisationId employer) {
        if (is(Role.EMPLOYER)) {
            return organisation.equals(employer) && takesPartIn(programme);
        }
        return is(Role.PROGRAMME_MANAGER) && takesPartIn(programme);
    }

    /**
     * The same rule for lists in SQL: vacancies of {@link #programmeIds()}, and only of this employer when it is an
     * employer's own list ({@code null} for a manager, who sees every employer's). Empty for every other role.
     */
    public java.util.Optional<OrganisationId> vacancyListLimitedTo() {
        return is(Role.EMPLOYER) ? java.util.Optional.of(organisation) : java.util.Optional.empty();
    }

    /** Whether this user posts vacancies at all (the list is empty for any other role). */
    public boolean postsVacancies() {
        return is(Role.EMPLOYER, Role.PROGRAMME_MANAGER);
    }

    // --- Careers content (step 11) -------------------------------------------------------------------

    /**
     * Edits the roles in health and care residents read (what each job is, its training, its route, its easy read):
     * programme managers and administrators. The content is the installation's, not one programme's, and names no one.
     */
    public boolean editsCareersContent() {
        return is(Role.ADMINISTRATOR, Role.PROGRAMME_MANAGER);
    }

    // --- Reporting (step 10) ----------------------------------------------------------------------------

    /**
     * Sees a programme's reports: its funders and its managers while their organisation takes part, and
     * administrators (who run the service). Figures only, never a person.
     */
    public boolean seesReports(UUID programme) {
        return is(Role.ADMINISTRATOR) || (is(Role.FUNDER, Role.PROGRAMME_MANAGER) && takesPartIn(programme));
    }

    /**
     * Sees a programme's figures exactly, without disclosure control: its own managers, who can open the
     * people behind them anyway. Funders and administrators always get suppressed figures.
     */
    public boolean seesExactFigures(UUID programme) {
        return is(Role.PROGRAMME_MANAGER) && takesPartIn(programme);
    }

    // --- Safeguarding ---------------------------------------------------------------------------------

    /**
     * Reads a safeguarding concern in full and acts on it (acknowledge, decide, refer, flag, close): the
     * programme's designated lead and deputies while their organisation takes part; while a programme has no
     * lead yet, its programme managers, so a concern never waits for nobody. Nobody else, not even the
     * person's navigator or an administrator: the data is special-category and needed only by those who act on it.
     *
     * @param designated    whether this user is the programme's lead or a deputy
     * @param programmeHasLead whether the programme has a designated lead now
     */
    public boolean handlesConcerns(UUID programme, boolean designated, boolean programmeHasLead) {
        if (designated) {
            return takesPartIn(programme);
        }
        return !programmeHasLead && is(Role.PROGRAMME_MANAGER) && takesPartIn(programme);
    }

    /** The person who raised a concern sees their own report and that it was received or acknowledged, nothing the lead added. */
    public boolean raised(UserId raisedBy) {
        return user != null && user.equals(raisedBy);
    }

    /**
     * Who may be a programme's safeguarding lead or deputy: an enabled staff user of an organisation taking
     * part who works with participants for the programme (manager, navigator, trainer, mentor). Not an employer
     * (a host sees only the candidates put forward to it, and would otherwise read every concern of the programme),
     * an administrator (runs the system, sees no person's record), a funder (aggregates only), a referral partner
     * (outside the programme, sees only its own referrals) or a participant.
     */
    public static boolean mayBeDesignated(Role role, boolean enabled, boolean organisationTakesPart) {
        return enabled && organisationTakesPart && role != null
                && List.of(Role.PROGRAMME_MANAGER, Role.NAVIGATOR, Role.TRAINER, Role.MENTOR).contains(role);
    }
}
