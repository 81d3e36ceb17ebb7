package org.anchorage.eligibility.web;

import java.util.List;
import org.anchorage.eligibility.AreaProfile;
import org.anchorage.eligibility.Areas;
import org.anchorage.eligibility.NotAPostcode;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.web.ErrorSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff type a postcode and see its area and deprivation; and the public page about the data. */
@Controller
class AreaController {

    static final String LOOK_UP = "eligibility/areas";
    static final String ABOUT = "eligibility/about-the-data";

    private final Areas areas;

    AreaController(Areas areas) {
        this.areas = areas;
    }

    @GetMapping("/areas")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PROGRAMME_MANAGER', 'NAVIGATOR', 'REFERRAL_PARTNER')")
    String lookUp(@RequestParam(required = false) String postcode, Model model) {
        model.addAttribute("postcode", postcode == null ? "" : postcode);
        model.addAttribute("domains", AreaProfile.DOMAINS);
        if (postcode == null) {
            return LOOK_UP;
        }
        String problem = null;
        if (postcode.isBlank()) {
            problem = "Enter a postcode";
        } else if (postcode.length() > 16) {
            problem = "A postcode has at most 8 characters, like RM18 7AG";
        } else {
            try {
                model.addAttribute("area", areas.lookUp(postcode));
            } catch (NotAPostcode e) {
                problem = "Enter a real UK postcode, like RM18 7AG";
            } catch (RecordNotFound e) {
                problem = "We could not find " + postcode.strip().toUpperCase()
                        + " in the postcode data for England. Check it, or see about the data for what is missing.";
            }
        }
        if (problem != null) {
            model.addAttribute("problem", problem);
            model.addAttribute("errorSummary", new ErrorSummary(List.of(new ErrorSummary.Item("#postcode", problem))));
        }
        return LOOK_UP;
    }

    @GetMapping("/about-the-data")
    String about(Model model) {
        model.addAttribute("dataRelease", areas.dataRelease());
        return ABOUT;
    }
}
