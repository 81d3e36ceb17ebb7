package org.anchorage.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.anchorage.outcome.JobStarted;
import org.anchorage.outcome.OutcomeAchieved;
import org.anchorage.outcome.SustainmentChecked;
import org.anchorage.participant.ParticipantId;
import org.anchorage.placement.CandidatePutForward;
import org.anchorage.placement.PlacementEnded;
import org.anchorage.placement.PlacementStarted;
import org.anchorage.plan.AssessmentRecorded;
import org.anchorage.plan.PlanAgreed;
import org.anchorage.programme.EligibilityRules;
import org.anchorage.programme.Programmes;
import org.anchorage.referral.ReferralAccepted;
import org.anchorage.referral.ReferralReceived;
import org.anchorage.training.TrainingAttended;
import org.anchorage.training.TrainingCompleted;
import org.anchorage.reporting.Milestones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the journey's domain events into milestones, in the transaction that made them happen: a figure is
 * never ahead of, or behind, what the record says. Each person's first time at a milestone counts, on its day.
 */
@Component
class JourneyMilestones {

    private static final Logger log = LoggerFactory.getLogger(JourneyMilestones.class);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final MilestoneLog milestones;
    private final Programmes programmes;
    private final Clock clock;

    JourneyMilestones(MilestoneLog milestones, Programmes programmes, Clock clock) {
        this.milestones = milestones;
        this.programmes = programmes;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    @EventListener
    void on(ReferralReceived r) {
        EligibilityRules rules = programmes.eligibilityRules(r.programme());
        String place = rules.targetPlaceFor(r.lsoaCode(), r.wardCode()).orElse("");
        UUID referral = r.referral().value();
        milestones.addPerson(new MilestoneLog.Person(referral, null, r.programme().value(), r.source(),
                r.localAuthorityCode() == null ? "" : r.localAuthorityCode(), r.lsoaCode() == null ? "" : r.lsoaCode(),
                r.decile() == null ? 0 : r.decile(), place));
        milestones.record(referral, Milestones.REFERRED, r.on());
        if (r.eligible()) {
            milestones.record(referral, Milestones.ELIGIBLE, r.on());
        }
    }

    @EventListener
    void on(ReferralAccepted a) {
        milestones.linkParticipant(a.referral().value(), a.participant());
        milestones.record(a.referral().value(), Milestones.ACCEPTED, today());
    }

    @EventListener
    void on(AssessmentRecorded e) {
        reached(e.participant(), Milestones.ASSESSED, e.on());
    }

    @EventListener
    void on(PlanAgreed e) {
        reached(e.participant(), Milestones.PLAN_AGREED, today());
    }

    @EventListener
    void on(TrainingAttended e) {
        reached(e.participant(), Milestones.TRAINING_STARTED, e.on());
    }

    @EventListener
    void on(TrainingCompleted e) {
        reached(e.participant(), Milestones.TRAINING_COMPLETED, e.on());
    }

    @EventListener
    void on(CandidatePutForward e) {
        reached(e.participant(), Milestones.PUT_FORWARD, today());
    }

    @EventListener
    void on(PlacementStarted e) {
        reached(e.participant(), Milestones.PLACEMENT_STARTED, e.on());
    }

    @EventListener
    void on(PlacementEnded e) {
        if (e.completed()) {
            reached(e.participant(), Milestones.PLACEMENT_COMPLETED, e.on());
        }
    }

    @EventListener
    void on(JobStarted e) {
        reached(e.participant(), Milestones.JOB_STARTED, e.on());
    }

    @EventListener
    void on(SustainmentChecked e) {
        if (e.inWork()) {
            reached(e.participant(), Milestones.inWork(e.weeks()), e.on());
        }
    }

    @EventListener
    void on(OutcomeAchieved e) {
        reached(e.participant(), Milestones.outcome(e.definition()), e.on());
    }

    private void reached(ParticipantId participant, String milestone, LocalDate on) {
        var referral = milestones.referralOf(participant.value());
        if (referral.isEmpty()) {
            // Someone enrolled before reporting began: counted once the backfill has placed them.
            log.debug("No reporting person for participant {}; {} not counted", participant.value(), milestone);
            return;
        }
        milestones.record(referral.get(), milestone, on);
    }
}
