package org.anchorage.audit;

import java.time.Instant;

/**
 * What a check of the keyed chain found, and up to where.
 *
 * @param intact                 every link re-computed with the key, positions without gaps, every
 *                               checkpoint found in the chain and no forged checkpoint line
 * @param entriesChecked         linked entries re-computed
 * @param firstBrokenSequence    the entry whose link does not match (null when intact, or when the break
 *                               is a missing tail, see {@code problem})
 * @param lastSequenceVerified   the entry at the end of the verified chain
 * @param lastPositionVerified   its position in the chain
 * @param unlinkedEntries        entries written but not yet linked (the chainer links them within seconds)
 * @param latestCheckpointPosition the newest signed checkpoint outside the database, if any
 * @param latestCheckpointAt     when it was written
 * @param latestCheckpointMatched whether the chain still has that head at that position
 * @param checkpointsMatched     how many checkpoints matched
 * @param problem                what is wrong, in words, or null
 * @param databaseRoleProtected  whether the application's database role is unable to change, delete,
 *                               truncate or alter the audit tables (false: only the triggers protect them)
 * @param databaseRoleProtection that, in words
 */
public record ChainVerification(
        boolean intact,
        long entriesChecked,
        Long firstBrokenSequence,
        Long lastSequenceVerified,
        long lastPositionVerified,
        long unlinkedEntries,
        Long latestCheckpointPosition,
        Instant latestCheckpointAt,
        boolean latestCheckpointMatched,
        int checkpointsMatched,
        String problem,
        boolean databaseRoleProtected,
        String databaseRoleProtection,
        Instant checkedAt) {}
