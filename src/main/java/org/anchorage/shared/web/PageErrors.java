package org.anchorage.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.anchorage.shared.RecordNotFound;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Pages answer a missing record, or an id that cannot be one, with the 404 page. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    @ExceptionHandler({RecordNotFound.class, MethodArgumentTypeMismatchException.class})
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/404";
    }
}
