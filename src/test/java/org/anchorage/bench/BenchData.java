package org.anchorage.bench;

/** Where the benchmarks find the data the product ships. */
final class BenchData {

    static final String POSTCODES = "/areas/postcode_lsoa21_england.csv.gz";

    private BenchData() {}
}
