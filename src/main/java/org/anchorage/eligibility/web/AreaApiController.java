package org.anchorage.eligibility.web;

import java.util.List;
import java.util.Map;
import org.anchorage.eligibility.AreaFacts;
import org.anchorage.eligibility.AreaProfile;
import org.anchorage.eligibility.Areas;
import org.anchorage.eligibility.NotAPostcode;
import org.anchorage.shared.web.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The public postcode look-up of CONTRACTS.md: open data, no sign-in. */
@RestController
class AreaApiController {

    private final Areas areas;

    AreaApiController(Areas areas) {
        this.areas = areas;
    }

    record Code(String code, String name) {}

    record Imd(String edition, int rank, int decile, Map<String, Integer> domainDeciles) {}

    record Imd2019(String lsoaCode, Integer rank, Integer decile, boolean approximated) {}

    record AreaView(String postcode, Code lsoa, Code localAuthority, Code ward, Imd imd, Imd2019 imd2019,
                    Double latitude, Double longitude, boolean terminated, String dataRelease) {}

    @GetMapping("/api/v1/areas/postcodes/{postcode}")
    AreaView postcode(@PathVariable String postcode) {
        AreaProfile profile = areas.lookUp(postcode);
        AreaFacts f = profile.facts();
        return new AreaView(f.postcode(), new Code(f.lsoaCode(), f.lsoaName()),
                new Code(f.localAuthorityCode(), f.localAuthorityName()), new Code(f.wardCode(), profile.wardName()),
                new Imd("IoD2025", f.imd2025Rank(), f.imd2025Decile(), profile.domainDeciles()),
                new Imd2019(f.imd2019LsoaCode(), f.imd2019Rank(), f.imd2019Decile(), f.imd2019Approximated()),
                profile.latitude(), profile.longitude(), profile.terminated(), areas.dataRelease());
    }

    @ExceptionHandler(NotAPostcode.class)
    ProblemDetail notAPostcode(NotAPostcode e) {
        return ApiProblems.problem(HttpStatus.BAD_REQUEST, "Not a postcode", e.getMessage(),
                List.of(ApiProblems.fieldError("postcode", e.getMessage())));
    }
}
