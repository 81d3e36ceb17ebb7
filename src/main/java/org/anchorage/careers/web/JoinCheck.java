package org.anchorage.careers.web;

import java.util.List;
import org.anchorage.eligibility.EligibilityChecks;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeStatus;
import org.anchorage.programme.Programmes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Can I join?": a resident types a postcode and hears whether it is in an open programme's area. The answer is
 * "yes" with the way to refer themself, or "maybe, talk to us" with the team's contact (a navigator can still help,
 * and the rules have more to them than a postcode): never a flat "no". Nothing is stored or audited, as no one is
 * named; a postcode outside England's data is told where to look instead. Only open programmes with a team
 * contact take part (one still being set up has no one to talk to yet).
 */
@Controller
class JoinCheck {

    private final EligibilityChecks eligibility;
    private final Programmes programmes;

    JoinCheck(EligibilityChecks eligibility, Programmes programmes) {
        this.eligibility = eligibility;
        this.programmes = programmes;
    }

    @GetMapping("/can-i-join")
    String check(@RequestParam(required = false) String postcode, Model model) {
        model.addAttribute("postcode", postcode == null ? "" : postcode);
        if (postcode == null) {
            return "careers/can-i-join";
        }
        String typed = postcode.strip();
        if (typed.isEmpty()) {
            model.addAttribute("error", "Enter your postcode, like RM18 7AG");
            return "careers/can-i-join";
        }
        if (typed.length() > 10 || !eligibility.isPostcode(typed)) {
            model.addAttribute("error", "Enter a real postcode, like RM18 7AG");
            return "careers/can-i-join";
        }
        // Programmes that take residents: open, with a team residents can contact (the answer says who to talk to).
        List<Programme> open = programmes.all().stream().filter(p -> p.status() == ProgrammeStatus.OPEN)
                .filter(p -> p.contact() != null && !p.contact().isEmpty()).toList();
        List<Programme> yes = new java.util.ArrayList<>();
        boolean inEngland = false;
        for (Programme p : open) {
            var answer = eligibility.areaQualifies(p.id(), typed);
            inEngland |= answer.isPresent();
            if (answer.orElse(false)) {
                yes.add(p);
            }
        }
        if (!inEngland) {
            model.addAttribute("answer", "elsewhere");
        } else {
            model.addAttribute("answer", yes.isEmpty() ? "maybe" : "yes");
        }
        model.addAttribute("programmes", yes);
        model.addAttribute("contacts", yes.isEmpty() ? open : yes);
        return "careers/can-i-join";
    }
}
