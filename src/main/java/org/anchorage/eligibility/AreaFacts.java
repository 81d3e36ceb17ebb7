package org.anchorage.eligibility;

/**
 * What the official data says about the neighbourhood of one postcode, as a decision needs it.
 *
 * @param imd2019Approximated true when the 2021 neighbourhood was merged or redesigned from several
 *                            2011 ones, so the IoD2019 figures are those of its most deprived parent
 */
public record AreaFacts(
        String postcode,
        String lsoaCode,
        String lsoaName,
        String localAuthorityCode,
        String localAuthorityName,
        String wardCode,
        int imd2025Rank,
        int imd2025Decile,
        String imd2019LsoaCode,
        Integer imd2019Rank,
        Integer imd2019Decile,
        boolean imd2019Approximated) {}
