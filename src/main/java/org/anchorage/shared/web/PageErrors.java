package org.anchorage.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Pages answer a missing record, or an id that cannot be one, with the 404 page; a broken rule or a value
 * the database refused that no form caught, with the "could not be handled" page naming the field.
 * Forms catch their own rule failures and show them in the error summary; this is the backstop.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler({RecordNotFound.class, MethodArgumentTypeMismatchException.class})
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/404";
    }

    @ExceptionHandler(RuleViolation.class)
    String ruleViolation(RuleViolation e, HttpServletResponse response, Model model) {
        response.setStatus(422);
        model.addAttribute("reason", "Unprocessable content");
        model.addAttribute("refusals", List.of(ApiProblems.fieldError(e.field(), e.getMessage())));
        return "error/4xx";
    }

    @ExceptionHandler(DataAccessException.class)
    String refusedByDatabase(DataAccessException e, HttpServletResponse response, Model model) throws DataAccessException {
        var refusal = DatabaseRefusals.describe(e);
        if (refusal.isEmpty()) {
            throw e;
        }
        log.info("A page request was refused by a database constraint: {}", refusal.get());
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("reason", "Bad request");
        model.addAttribute("refusals", List.of(refusal.get()));
        return "error/4xx";
    }
}
