package org.anchorage.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first look at every request, before Spring Security reads a sign-in form: a form or query parameter,
 * or a string anywhere in a JSON body, with a control character (NUL and the rest of C0; tab, line feed and
 * carriage return only in the multi-line fields named below) or over {@link #MAX_TEXT} characters is refused
 * with 400 naming the field, and so is {@code null} inside a JSON list. Pages get the NHS.UK error page,
 * {@code /api/**} problem details. Each form still caps its own fields more tightly (Bean Validation);
 * this is the one backstop every request passes, so no route can forget it.
 */
public class InputGuard extends OncePerRequestFilter {

    /** The longest any single value may be: the longest form field (a list of neighbourhoods) is 20,000. */
    public static final int MAX_TEXT = 20_000;

    /** JSON bodies are read whole to check them; nothing the API accepts comes near this. */
    static final int MAX_JSON_BYTES = 1_048_576;

    /** Request attribute holding the refusals, for the error page. */
    public static final String REFUSALS = "anchorage.inputRefusals";

    /**
     * Form fields that are text areas, where a person may type tabs and new lines. Every other form field
     * is a single-line input, where a browser never sends them. JSON strings may hold them anywhere.
     */
    static final Set<String> MULTI_LINE = Set.of("accessInfo", "actionTaken", "address", "adjustments", "availability", "body", "comments", "dayInJob",
            "decision", "description", "easyRead", "evidenceSeen", "feedback", "localAuthorityCodes", "message", "note", "notes",
            "otherNeeds", "outcomeNotes", "readinessSummary", "reason", "route", "skills", "supportGiven", "targetLsoaCodes", "targetPlaces",
            "text", "training", "whatItIs", "whenAndWhere", "withdrawReason");

    private final JsonMapper json;

    public InputGuard(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<Map<String, Object>> refusals = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            String problem = problemWith(name, false);
            if (problem != null) {
                refusals.add(ApiProblems.fieldError(printable(name), "The field name " + problem));
                continue;
            }
            for (String value : parameter.getValue()) {
                problem = problemWith(value, MULTI_LINE.contains(name));
                if (problem != null) {
                    refusals.add(ApiProblems.fieldError(name, problem));
                    break;
                }
            }
        }
        HttpServletRequest next = request;
        if (refusals.isEmpty() && isJson(request)) {
            if (request.getContentLengthLong() > MAX_JSON_BYTES) {
                refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, List.of());
                return;
            }
            byte[] body = request.getInputStream().readNBytes(MAX_JSON_BYTES + 1);
            if (body.length > MAX_JSON_BYTES) {
                refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, List.of());
                return;
            }
            try {
                walk(json.readTree(body), "", refusals);
            } catch (JacksonException e) {
                // Not JSON at all: the controller's own reading answers 400 with problem details.
            }
            next = new CachedBody(request, body);
        }
        if (!refusals.isEmpty()) {
            refuse(request, response, HttpStatus.BAD_REQUEST, refusals);
            return;
        }
        chain.doFilter(next, response);
    }

    /** Null when the text is acceptable, else what is wrong with it, in words that follow the field's name. */
    static String problemWith(String text, boolean multiLine) {
        if (text == null) {
            return null;
        }
        if (text.length() > MAX_TEXT) {
            return "must be " + String.format("%,d", MAX_TEXT) + " characters or fewer";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "must not contain a NUL character";
            }
            boolean control = (c < 0x20 && !(multiLine && (c == '\t' || c == '\n' || c == '\r'))) || (c >= 0x7f && c <= 0x9f);
            if (control || (!multiLine && breaksOrTurns(c))) {
                return multiLine ? "must not contain control characters"
                        : "must be a single line without tabs or control characters";
            }
        }
        return null;
    }

    /**
     * Unicode's own line and paragraph separators, and the marks that turn text's direction (which can make a name read
     * as something else in an email or a spreadsheet): never in a one-line value.
     */
    private static boolean breaksOrTurns(char c) {
        return c == '\u2028' || c == '\u2029' || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }

    /**
     * JSON properties that may hold several lines: the form's text areas, and the API's free-text fields that have no
     * form twin of that name. Every other string in a JSON body (a name, a title, an email) is one line, as on a form.
     */
    static final Set<String> JSON_MULTI_LINE = java.util.stream.Stream.concat(MULTI_LINE.stream(),
            java.util.stream.Stream.of("evidence", "leftReason", "licence", "password")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static void walk(JsonNode node, String path, List<Map<String, Object>> refusals) {
        walk(node, path, null, refusals);
    }

    /** {@code property} is the name of the property the node is the value of (a list's items take the list's). */
    private static void walk(JsonNode node, String path, String propertyName, List<Map<String, Object>> refusals) {
        if (refusals.size() >= 20) {
            return;
        }
        if (node.isString()) {
            String problem = problemWith(node.asString(), propertyName == null || JSON_MULTI_LINE.contains(propertyName));
            if (problem != null) {
                refusals.add(ApiProblems.fieldError(path.isEmpty() ? "body" : path, problem));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String at = path + "[" + i + "]";
                if (node.get(i).isNull()) {
                    refusals.add(ApiProblems.fieldError(at, "must not be null: leave it out of the list"));
                } else {
                    walk(node.get(i), at, propertyName, refusals);
                }
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String name = property.getKey();
                String at = path.isEmpty() ? name : path + "." + name;
                String problem = problemWith(name, false);
                if (problem != null) {
                    refusals.add(ApiProblems.fieldError(printable(at), "The property name " + problem));
                } else {
                    walk(property.getValue(), at, name, refusals);
                }
            }
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                        List<Map<String, Object>> refusals) throws IOException {
        if (isApi(request)) {
            String detail = status == HttpStatus.BAD_REQUEST ? "Some values are not accepted" : "The request is too large";
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(json.writeValueAsString(
                    ApiProblems.problem(status, "Invalid request", detail, refusals)));
            return;
        }
        request.setAttribute(REFUSALS, refusals);
        response.sendError(status.value());
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        try {
            MediaType media = MediaType.parseMediaType(type);
            return media.getSubtype().equals("json") || media.getSubtype().endsWith("+json");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A name with control characters, made safe to echo back. */
    private static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().limit(100).forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** The JSON body, read once to check it, given again to whatever reads it next. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override public boolean isFinished() { return in.available() == 0; }
                @Override public boolean isReady() { return true; }
                @Override public void setReadListener(ReadListener listener) {
                    // The body is already in memory: it is all available now, then all read.
                    try {
                        if (in.available() > 0) {
                            listener.onDataAvailable();
                        }
                        listener.onAllDataRead();
                    } catch (IOException e) {
                        listener.onError(e);
                    }
                }
                @Override public int read() { return in.read(); }
                @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }
    }
}
