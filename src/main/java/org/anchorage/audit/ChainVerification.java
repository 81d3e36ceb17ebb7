package org.anchorage.audit;

/**
 * The result of re-computing every hash of the trail. {@code firstBrokenSequence} is the first
 * entry whose hash or link does not match, or null when the whole chain holds.
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSequence) {}
