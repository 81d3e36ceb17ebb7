package org.anchorage.notification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.keys.HmacKey;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * A small GOV.UK Notify on localhost, answering the endpoints the official client calls (send an email, a text message or
 * a letter; get a notification; find notifications by reference; get a template), and checking what Notify checks: the
 * bearer token is a JWT signed with the key's secret for the key's service, the template exists and is of the right
 * type, every ((field)) of the template is in the personalisation, and the phone number or email address is valid.
 * Tests can make the next sends answer with a status (400, 403, 429, 500) and set a message's delivery status.
 */
public final class NotifyStub {

    public static final String SERVICE_ID = "2f1e4c6a-8b3d-4e5f-9a7c-1d2e3f4a5b6c";
    public static final String SECRET = "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    public static final String API_KEY = "anchorage_test-" + SERVICE_ID + "-" + SECRET;

    public record Template(UUID id, String type, String subject, String body) {}

    public record Sent(UUID id, String type, UUID template, String to, Map<String, String> personalisation, String reference) {}

    private final HttpServer server;
    private final Map<UUID, Template> templates = new ConcurrentHashMap<>();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final Map<UUID, String> statuses = new ConcurrentHashMap<>();
    private final Deque<Integer> failures = new ArrayDeque<>();
    private final List<String> refusedTokens = new CopyOnWriteArrayList<>();

    public NotifyStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        // A few threads, as Notify answers many clients at once (two senders, or a benchmark, are not queued behind each other).
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4, Thread.ofPlatform().daemon().factory()));
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
    }

    public Template addTemplate(String type, String subject, String body) {
        Template t = new Template(UUID.randomUUID(), type, subject, body);
        templates.put(t.id(), t);
        return t;
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    public List<Sent> sentWithReference(String reference) {
        return sent.stream().filter(s -> reference.equals(s.reference())).toList();
    }

    public void setStatus(UUID notification, String status) {
        statuses.put(notification, status);
    }

    /** The next sends answer these HTTP statuses, in order, instead of sending. */
    public synchronized void failNext(int... httpStatuses) {
        for (int s : httpStatuses) {
            failures.add(s);
        }
    }

    /** Requests refused for a bad token, with why. */
    public List<String> refusedTokens() {
        return List.copyOf(refusedTokens);
    }

    private synchronized Integer nextFailure() {
        return failures.poll();
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            String problem = tokenProblem(x.getRequestHeaders().getFirst("Authorization"));
            if (problem != null) {
                refusedTokens.add(problem);
                answer(x, 403, error(403, "AuthError", problem));
                return;
            }
            String path = x.getRequestURI().getPath();
            String method = x.getRequestMethod();
            if (method.equals("POST") && path.startsWith("/v2/notifications/")) {
                send(x, path.substring("/v2/notifications/".length()));
            } else if (method.equals("GET") && path.equals("/v2/notifications")) {
                byReference(x);
            } else if (method.equals("GET") && path.startsWith("/v2/notifications/")) {
                notification(x, UUID.fromString(path.substring("/v2/notifications/".length())));
            } else if (method.equals("GET") && path.startsWith("/v2/template/")) {
                Template t = templates.get(UUID.fromString(path.substring("/v2/template/".length())));
                if (t == null) {
                    answer(x, 404, error(404, "NoResultFound", "No result found"));
                } else {
                    answer(x, 200, new JSONObject().put("id", t.id().toString()).put("name", "Test template").put("type", t.type())
                            .put("created_at", "2026-12-01T09:00:00.000000Z").put("updated_at", JSONObject.NULL).put("version", 1)
                            .put("body", t.body()).put("subject", t.subject() == null ? JSONObject.NULL : t.subject())
                            .put("letter_contact_block", JSONObject.NULL).put("personalisation", JSONObject.NULL).toString());
                }
            } else {
                answer(x, 404, error(404, "NotFound", "no such endpoint"));
            }
        } catch (RuntimeException e) {
            answer(x, 500, error(500, "Exception", e.toString()));
        }
    }

    private void send(HttpExchange x, String type) throws IOException {
        JSONObject body = new JSONObject(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Integer failure = nextFailure();
        if (failure != null) {
            answer(x, failure, error(failure, switch (failure) {
                case 400 -> "BadRequestError";
                case 403 -> "AuthError";
                case 429 -> "RateLimitError";
                default -> "Exception";
            }, switch (failure) {
                case 400 -> "Can't send to this recipient using a team-only API key";
                case 403 -> "Invalid token: API key not found";
                case 429 -> "Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds";
                default -> "Internal server error";
            }));
            return;
        }
        Template t = templates.get(UUID.fromString(body.getString("template_id")));
        if (t == null || !t.type().equals(type)) {
            answer(x, 400, error(400, "BadRequestError", "Template not found"));
            return;
        }
        Map<String, String> personalisation = new LinkedHashMap<>();
        JSONObject p = body.optJSONObject("personalisation");
        if (p != null) {
            p.keySet().forEach(k -> personalisation.put(k, String.valueOf(p.get(k))));
        }
        List<String> missing = new ArrayList<>();
        for (String field : fields(t)) {
            if (!personalisation.containsKey(field)) {
                missing.add(field);
            }
        }
        if (!missing.isEmpty()) {
            answer(x, 400, error(400, "BadRequestError", "Missing personalisation: " + String.join(", ", missing)));
            return;
        }
        String to = switch (type) {
            case "sms" -> body.getString("phone_number");
            case "email" -> body.getString("email_address");
            default -> personalisation.getOrDefault("address_line_1", "");
        };
        if (type.equals("sms") && !to.replaceAll("[\\s()-]", "").matches("(\\+44|0)7\\d{9}")) {
            answer(x, 400, error(400, "ValidationError", "phone_number Not a UK mobile number"));
            return;
        }
        if (type.equals("email") && !to.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            answer(x, 400, error(400, "ValidationError", "email_address Not a valid email address"));
            return;
        }
        UUID id = UUID.randomUUID();
        String reference = body.optString("reference", null);
        sent.add(new Sent(id, type, t.id(), to, personalisation, reference));
        statuses.putIfAbsent(id, "sending");
        JSONObject content = new JSONObject().put("body", fill(t.body(), personalisation));
        if (type.equals("email")) {
            content.put("subject", fill(t.subject(), personalisation)).put("from_email", "anchorage@notifications.service.gov.uk");
        } else if (type.equals("letter")) {
            content.put("subject", fill(t.subject() == null ? "Letter" : t.subject(), personalisation));
        } else {
            content.put("from_number", "Anchorage");
        }
        answer(x, 201, new JSONObject().put("id", id.toString()).put("reference", reference == null ? JSONObject.NULL : reference)
                .put("content", content).put("uri", baseUrl() + "/v2/notifications/" + id)
                .put("template", new JSONObject().put("id", t.id().toString()).put("version", 1).put("uri", baseUrl() + "/v2/template/" + t.id()))
                .toString());
    }

    private void notification(HttpExchange x, UUID id) throws IOException {
        Sent s = sent.stream().filter(n -> n.id().equals(id)).findFirst().orElse(null);
        if (s == null) {
            answer(x, 404, error(404, "NoResultFound", "No result found"));
            return;
        }
        answer(x, 200, json(s).toString());
    }

    private void byReference(HttpExchange x) throws IOException {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = x.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        JSONArray found = new JSONArray();
        sent.stream().filter(s -> query.get("reference") == null || query.get("reference").equals(s.reference()))
                .filter(s -> query.get("template_type") == null || query.get("template_type").equals(s.type()))
                .forEach(s -> found.put(json(s)));
        answer(x, 200, new JSONObject().put("notifications", found)
                .put("links", new JSONObject().put("current", baseUrl() + "/v2/notifications").put("next", JSONObject.NULL)).toString());
    }

    private JSONObject json(Sent s) {
        Template t = templates.get(s.template());
        return new JSONObject().put("id", s.id().toString()).put("reference", s.reference() == null ? JSONObject.NULL : s.reference())
                .put("email_address", s.type().equals("email") ? s.to() : JSONObject.NULL)
                .put("phone_number", s.type().equals("sms") ? s.to() : JSONObject.NULL)
                .put("type", s.type()).put("status", statuses.getOrDefault(s.id(), "sending"))
                .put("template", new JSONObject().put("id", s.template().toString()).put("version", 1).put("uri", baseUrl() + "/v2/template/" + s.template()))
                .put("body", fill(t.body(), s.personalisation())).put("subject", t.subject() == null ? JSONObject.NULL : fill(t.subject(), s.personalisation()))
                .put("created_at", Instant.now().toString()).put("sent_at", JSONObject.NULL).put("completed_at", JSONObject.NULL)
                .put("estimated_delivery", JSONObject.NULL).put("created_by_name", JSONObject.NULL).put("cost_details", JSONObject.NULL)
                .put("is_cost_data_ready", false).put("cost_in_pounds", 0.0);
    }

    private String tokenProblem(String header) {
        if (header == null || !header.startsWith("Bearer ")) {
            return "Unauthorized: authentication token must be provided";
        }
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.HMAC_SHA256));
            jws.setCompactSerialization(header.substring("Bearer ".length()));
            jws.setKey(new HmacKey(SECRET.getBytes(StandardCharsets.UTF_8)));
            if (!jws.verifySignature()) {
                return "Invalid token: signature";
            }
            JSONObject claims = new JSONObject(jws.getPayload());
            if (!SERVICE_ID.equals(claims.optString("iss"))) {
                return "Invalid token: service id";
            }
            long iat = claims.optLong("iat", 0);
            if (Math.abs(Instant.now().getEpochSecond() - iat) > 30) {
                return "Invalid token: expired";
            }
            return null;
        } catch (Exception e) {
            return "Invalid token: " + e.getMessage();
        }
    }

    private static final Pattern FIELD = Pattern.compile("\\(\\(([^()?]+)(\\?\\?[^()]*)?\\)\\)");

    private static List<String> fields(Template t) {
        List<String> found = new ArrayList<>();
        for (String text : new String[] {t.subject(), t.body()}) {
            if (text != null) {
                Matcher m = FIELD.matcher(text);
                while (m.find()) {
                    if (!found.contains(m.group(1).strip())) {
                        found.add(m.group(1).strip());
                    }
                }
            }
        }
        return found;
    }

    private static String fill(String text, Map<String, String> values) {
        if (text == null) {
            return null;
        }
        Matcher m = FIELD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1).strip(), "")));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String error(int status, String error, String message) {
        return new JSONObject().put("status_code", status)
                .put("errors", new JSONArray().put(new JSONObject().put("error", error).put("message", message))).toString();
    }

    private static void answer(HttpExchange x, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
    }
}
