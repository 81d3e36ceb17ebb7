package org.anchorage.outcome.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.outcome.JobOutcomes;
import org.anchorage.outcome.JobRule;
import org.anchorage.outcome.OutcomeDefinition;
import org.anchorage.outcome.internal.OutcomeRecords.StartFacts;
import org.anchorage.participant.ParticipantId;
import org.anchorage.placement.Placements;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outcomes from the stored facts, with no access check or audit (the facade does those): one person's the way
 * a page reads them, or a whole programme's in a few set-based reads. Both feed the same pure calculator.
 */
@Component
public class OutcomeAssessment {

    /** The National Living Wage is the rate for 21 and over in placement's rates table. */
    static final int LIVING_WAGE_AGE = 21;

    private final OutcomeRecords records;
    private final Placements placements;

    OutcomeAssessment(OutcomeRecords records, Placements placements) {
        this.records = records;
        this.placements = placements;
    }

    /** One person's job starts, latest first, each with its outcomes. */
    @Transactional(readOnly = true)
    public List<JobOutcomes> ofPerson(ParticipantId person, LocalDate today) {
        List<StartFacts> starts = records.factsOf(person);
        return assess(starts, records.storedFor(starts.stream().map(s -> s.facts().jobStart()).toList()), today);
    }

    /** Every job start of a programme (all programmes when null), ordered by start id. */
    @Transactional(readOnly = true)
    public List<JobOutcomes> ofProgramme(UUID programme, LocalDate today) {
        return assess(records.factsOfProgramme(programme), records.storedForProgramme(programme), today);
    }

    private List<JobOutcomes> assess(List<StartFacts> starts, Map<UUID, Map<UUID, OutcomeCalculator.Stored>> stored, LocalDate today) {
        Map<UUID, List<OutcomeDefinition>> definitions = new HashMap<>();
        Map<UUID, List<JobRule>> rules = new HashMap<>();
        LivingWage livingWage = new LivingWage();
        return starts.stream().map(s -> {
            LocalDate on = s.facts().startsOn();
            List<OutcomeDefinition> defs = definitions.computeIfAbsent(s.programme(), records::definitionsFor);
            JobRule rule = rules.computeIfAbsent(s.programme(), records::jobRulesFor).stream().filter(r -> r.inForceOn(on))
                    .findFirst().orElse(JobRule.ANY_JOB);
            boolean measured = defs.stream().anyMatch(d -> d.inForceOn(on));
            // Asked only when a definition applies: the rates table starts in April 2024, and so do the definitions.
            int wage = measured ? livingWage.on(on) : 0;
            return OutcomeCalculator.outcomes(s.facts(), rule, defs, wage, stored.getOrDefault(s.facts().jobStart(), Map.of()), today);
        }).toList();
    }

    /**
     * The National Living Wage by date, asked of placement once per rate rather than once per day: a rate found
     * for a day holds from its effective date to that day, as it is the latest rate on or before it.
     */
    private final class LivingWage {
        private final java.util.TreeMap<LocalDate, Placements.MinimumWage> known = new java.util.TreeMap<>();
        private final java.util.TreeMap<LocalDate, LocalDate> askedUpTo = new java.util.TreeMap<>();

        int on(LocalDate day) {
            var from = askedUpTo.floorEntry(day);
            if (from != null && !day.isAfter(from.getValue())) {
                return known.get(from.getKey()).hourlyPence();
            }
            Placements.MinimumWage rate = placements.minimumWage(LIVING_WAGE_AGE, day);
            LocalDate upTo = askedUpTo.containsKey(rate.effectiveFrom()) && askedUpTo.get(rate.effectiveFrom()).isAfter(day)
                    ? askedUpTo.get(rate.effectiveFrom()) : day;
            known.put(rate.effectiveFrom(), rate);
            askedUpTo.put(rate.effectiveFrom(), upTo);
            return rate.hourlyPence();
        }
    }
}
