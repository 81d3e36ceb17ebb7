package org.anchorage.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * End-to-end bulk screening through the HTTP API of a running Anchorage, against the baseline of
 * looking the same rows up one HTTP request at a time. Run by {@code bench/run.sh screening}, which
 * starts the application; not part of the test command.
 */
public final class ScreeningBenchmark {

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        String email = System.getenv().getOrDefault("BENCH_EMAIL", "bench@anchorage.local");
        String password = System.getenv().getOrDefault("BENCH_PASSWORD", "quiet-harbour-sea-lantern");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        List<String> postcodes = samplePostcodes(rows, new Random(42));
        StringBuilder csv = new StringBuilder(rows * 40).append("reference,postcode,date_of_birth\n");
        for (int i = 0; i < rows; i++) {
            csv.append("R").append(i).append(',').append(postcodes.get(i)).append(',')
                    .append(1960 + i % 45).append("-0").append(1 + i % 9).append("-1").append(i % 9).append('\n');
        }
        String token = field(send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                .build()), "token");
        String programmes = send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/programmes"))
                .header("Authorization", "Bearer " + token).build());
        Matcher pilot = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"name\":\"National pilot\"").matcher(programmes);
        if (!pilot.find()) {
            throw new IllegalStateException("The demo National pilot programme is missing: start with ANCHORAGE_DEMO=true");
        }

        // Warm the server up with a small screening first, so the figure is steady-state.
        screen(http, base, token, pilot.group(1), "reference,postcode,date_of_birth\nW1,RM18 7AG,1990-01-01\n");

        long start = System.nanoTime();
        String result = screen(http, base, token, pilot.group(1), csv.toString());
        double screeningSeconds = (System.nanoTime() - start) / 1e9;
        long resultRows = result.lines().count() - 1;
        if (resultRows != rows) {
            throw new IllegalStateException("Expected " + rows + " result rows but got " + resultRows);
        }

        System.out.printf("screening_rows: %d rows%n", rows);
        System.out.printf("screening_end_to_end: %.3f s%n", screeningSeconds);
        System.out.printf("screening_rate: %.0f rows/s%n", rows / screeningSeconds);
        if (System.getenv("BENCH_SKIP_BASELINE") != null) {
            return;
        }
        start = System.nanoTime();
        int found = 0;
        for (String postcode : postcodes) {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                            URI.create(base + "/api/v1/areas/postcodes/" + postcode.replace(" ", "%20"))).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() == 200) {
                found++;
            }
        }
        double oneByOneSeconds = (System.nanoTime() - start) / 1e9;

        System.out.printf("baseline_one_request_per_row: %.3f s (%d found)%n", oneByOneSeconds, found);
        System.out.printf("baseline_rate: %.0f rows/s%n", rows / oneByOneSeconds);
        System.out.printf("speedup_vs_baseline: %.1f x%n", oneByOneSeconds / screeningSeconds);
    }

    private static String screen(HttpClient http, String base, String token, String programme, String csv) throws Exception {
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/programmes/" + programme + "/screenings"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(csv)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("Screening refused: " + accepted.statusCode() + " " + accepted.body());
        }
        String id = field(accepted.body(), "id");
        while (true) {
            String status = field(send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/screenings/" + id))
                    .header("Authorization", "Bearer " + token).build()), "status");
            if (status.equals("completed")) {
                break;
            }
            if (status.equals("failed")) {
                throw new IllegalStateException("Screening failed");
            }
            Thread.sleep(20);
        }
        return send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/screenings/" + id + "/result.csv"))
                .header("Authorization", "Bearer " + token).build());
    }

    /** A random sample of real English postcodes from the data the product ships. */
    static List<String> samplePostcodes(int count, Random random) throws Exception {
        List<String> all = new ArrayList<>(2_300_000);
        var resource = ScreeningBenchmark.class.getResourceAsStream(BenchData.POSTCODES);
        if (resource == null) {
            throw new IllegalStateException("The shipped postcode file " + BenchData.POSTCODES + " is not on the class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(resource), StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                all.add(line.substring(0, line.indexOf(',')));
            }
        }
        List<String> sample = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sample.add(all.get(random.nextInt(all.size())));
        }
        return sample;
    }

    private static String send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 400) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No " + name + " in " + json);
        }
        return m.group(1);
    }

    private ScreeningBenchmark() {}
}
