package org.anchorage.support.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.RecordFlag;
import org.anchorage.participant.RecordFlags;
import org.anchorage.support.EarlyWarnings;
import org.springframework.stereotype.Component;

/** Open early warnings in the record's header: an orange tag with why and since, linking to the record's early warnings. */
@Component
class EarlyWarningRecordFlags implements RecordFlags {

    private final EarlyWarningRecords records;

    EarlyWarningRecordFlags(EarlyWarningRecords records) {
        this.records = records;
    }

    @Override
    public List<RecordFlag> flagsFor(Collection<ParticipantId> people, SignedInUser viewer, LocalDate today) {
        if (people.isEmpty()) {
            return List.of();
        }
        return records.flagsOf(people, true).stream()
                .map(f -> new RecordFlag(f.participant(), EarlyWarnings.KIND, f.why(), f.since(),
                        "/participants/" + f.participant().value() + "/warnings", false))
                .toList();
    }
}
