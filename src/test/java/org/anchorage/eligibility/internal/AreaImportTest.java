package org.anchorage.eligibility.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.anchorage.eligibility.AreaProfile;
import org.anchorage.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing a newer ONS Postcode Directory in its published layout, and refusing a wrong file whole. */
class AreaImportTest {

    @TempDir
    Path folder;

    /** An ONSPD-shaped file: real Essex rows, a central-London postcode the shipped file lacks, and a Welsh one. */
    private Path onspd() throws Exception {
        Path file = folder.resolve("ONSPD_NOV_2026_UK.csv");
        StringBuilder csv = new StringBuilder("pcd,pcd2,pcds,dointr,doterm,oslaua,osward,lsoa21,lat,long\n");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                getClass().getResourceAsStream("/areas/postcode_lsoa21_england.csv.gz")), StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            int rows = 0;
            while ((line = reader.readLine()) != null && rows < 1_500) {
                if (!line.startsWith("RM")) {
                    continue;
                }
                String[] f = line.split(",");
                csv.append(f[0].replace(" ", "")).append(',').append(f[0]).append(',').append(f[0]).append(",198001,")
                        .append(rows == 0 ? "202403" : "").append(',').append(f[2]).append(',').append(f[3]).append(',')
                        .append(f[1]).append(',').append(f[4]).append(',').append(f[5]).append('\n');
                rows++;
            }
        }
        csv.append("EC1A1BB,EC1A 1BB,EC1A 1BB,198001,,E09000001,E05009302,E01000001,51.520,-0.097\n");
        csv.append("CF101AA,CF10 1AA,CF10 1AA,198001,,W06000015,W05000001,W01001700,51.48,-3.18\n");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void a_newer_directory_fills_central_london_marks_terminated_postcodes_and_skips_wales() throws Exception {
        Path areas = folder.resolve("areas");
        AreaImport.Report report = AreaImport.importPostcodes(onspd(), areas);
        AreaImport.recordRelease(areas, "ONSPD November 2026");
        assertThat(report.rowsSkipped()).isEqualTo(1);
        assertThat(report.terminated()).isEqualTo(1);

        PostcodeAreas imported = new PostcodeAreas(areas);
        assertThat(imported.dataRelease()).startsWith("ONSPD November 2026");
        AreaProfile london = imported.profile("ec1a1bb").orElseThrow();
        assertThat(london.facts().lsoaCode()).isEqualTo("E01000001");
        assertThat(london.terminated()).isFalse();
        assertThat(imported.find("CF10 1AA")).isEmpty();
        assertThat(imported.loaded().size()).isEqualTo(report.rowsWritten());
        long terminated = java.util.stream.IntStream.range(0, imported.loaded().size())
                .filter(i -> imported.profile(PostcodeKey.decode(imported.loaded().keyAt(i))).orElseThrow().terminated()).count();
        assertThat(terminated).isEqualTo(1);
    }

    @Test
    void a_file_that_is_not_a_postcode_directory_is_refused_and_the_data_in_force_is_untouched() throws Exception {
        Path areas = folder.resolve("areas");
        AreaImport.importPostcodes(onspd(), areas);
        byte[] before = Files.readAllBytes(areas.resolve("postcode_lsoa21_england.csv.gz"));
        Path wrong = folder.resolve("people.csv");
        Files.writeString(wrong, "name,postcode\nAda,RM18 7AG\n");
        assertThatThrownBy(() -> AreaImport.importPostcodes(wrong, areas))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("no column lsoa21cd or lsoa21");
        assertThat(Files.readAllBytes(areas.resolve("postcode_lsoa21_england.csv.gz"))).isEqualTo(before);
        assertThat(Files.exists(areas.resolve("postcode_lsoa21_england.csv.gz.part"))).isFalse();
    }
}
