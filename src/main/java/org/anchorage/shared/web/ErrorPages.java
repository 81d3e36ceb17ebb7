package org.anchorage.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import java.io.IOException;
import tools.jackson.databind.json.JsonMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The last stop for any error the container sees: API paths get problem details, any other path a plain
 * NHS.UK page that says what happened and leaks nothing (no stack trace, no exception text).
 */
@Controller
class ErrorPages implements ErrorController {

    private final JsonMapper json;

    ErrorPages(JsonMapper json) {
        this.json = json;
    }

    @RequestMapping("/error")
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Opened directly (not forwarded by the container after an error) there is nothing here to show.
        HttpStatus status = request.getDispatcherType() == DispatcherType.ERROR ? statusOf(request) : HttpStatus.NOT_FOUND;
        if (isApi(request)) {
            // API paths always get problem details, whatever the Accept header says.
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(json.writeValueAsString(problem(status)));
            return null;
        }
        response.setStatus(status.value());
        String view = switch (status.value()) {
            case 403, 404, 500 -> "error/" + status.value();
            default -> status.is4xxClientError() ? "error/4xx" : "error/500";
        };
        ModelAndView page = new ModelAndView(view);
        page.addObject("status", status.value());
        page.addObject("reason", status.getReasonPhrase());
        page.addObject("refusals", request.getAttribute(InputGuard.REFUSALS));
        page.addObject("csrfRefused", Boolean.TRUE.equals(request.getAttribute("anchorage.csrfRefused")));
        page.setStatus(status);
        return page;
    }

    private static ProblemDetail problem(HttpStatus status) {
        String detail = switch (status.value()) {
            case 401 -> "Sign in first: send a bearer token from POST /api/v1/auth/tokens";
            case 403 -> "Your role does not allow this";
            case 404 -> "There is nothing at this address";
            case 405 -> "This address does not accept that method";
            case 413 -> "The request is too large";
            default -> status.is5xxServerError()
                    ? "The request could not be completed. Nothing was changed by the failed step."
                    : "The request could not be accepted";
        };
        return ApiProblems.problem(status, status.getReasonPhrase(), detail, null);
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && uri.toString().startsWith("/api/");
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status != null) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
