package org.anchorage.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the form's POST and the sign-out. */
@Controller
class SignInController {

    static final String SIGN_IN = "identity/sign-in";

    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
                  @RequestParam(required = false) String expired, @RequestParam(required = false) String signedOut,
                  @RequestParam(required = false) String signedOutEverywhere,
                  @RequestParam(required = false) String passwordReset, Model model) {
        if (error != null) {
            model.addAttribute("problem", "Enter a correct email address and password");
        } else if (locked != null) {
            model.addAttribute("problem", "There have been too many failed attempts to sign in. Wait 15 minutes and try again, "
                    + "or sign in from a browser you have signed in with before.");
        }
        if (expired != null) {
            model.addAttribute("notice", "You were signed out because you did nothing for 30 minutes. Sign in again to carry on.");
        } else if (signedOut != null) {
            model.addAttribute("notice", "You have signed out.");
        } else if (signedOutEverywhere != null) {
            model.addAttribute("notice", "You have signed out of every browser and ended your API tokens.");
        } else if (passwordReset != null) {
            model.addAttribute("notice", "Your new password is set. Sign in with it.");
        }
        return SIGN_IN;
    }
}
