package org.packpress.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * W12, the soak: the service started as a user starts it ({@code ./packpress serve}, its default heap settings),
 * driven through its REST API as a client would (a bearer token, {@code POST /api/builds}, the job's status
 * until it ends), building the national KPI workbook and the sample pack alternately. Its heap left after a full
 * collection ({@code jcmd GC.run}, then {@code GC.heap_info}) and its resident memory ({@code VmRSS}) are read
 * after 2 builds of each and again after 20 of each: the later ones may be at most 10 % above the earlier ones.
 * One run; the accessibility report is switched off, so that the builds alone are measured.
 */
final class SoakWorkload implements Workload {

    /** The largest growth allowed: 20 builds of each may leave at most 10 % more than 2 of each. */
    static final double MAX_GROWTH = 1.10;
    private static final Pattern HEAP_USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

    private final Path sample;
    private final int forces;
    private final int indicators;
    private final int months;
    private final int early;
    private final int late;
    private final Commands commands;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Double> measures = new LinkedHashMap<>();
    private NewJvm jvm;
    private Process service;
    private String base;
    private String token;
    private String plan;
    private int builds;

    /**
     * @param early builds of each after which the first reading is taken; {@code late}: the second
     * @param commands the layout cache the service finds (its prepared store is its own)
     */
    SoakWorkload(Path sample, int forces, int indicators, int months, int early, int late, Commands commands) {
        this.sample = sample;
        this.forces = forces;
        this.indicators = indicators;
        this.months = months;
        this.early = early;
        this.late = late;
        this.commands = commands;
    }

    @Override
    public String id() {
        return "W12";
    }

    @Override
    public String title() {
        return "soak: the service after " + late + " national KPI workbooks and " + late + " sample packs";
    }

    @Override
    public Target target() {
        return new Target(Double.POSITIVE_INFINITY, 0, 0, 0,
                "heap after GC and resident memory after " + late + " builds of each ≤ 110 % of after " + early);
    }

    @Override
    public boolean otherTargetsMet() {
        return measures.getOrDefault("heap after GC growth", Double.MAX_VALUE) <= MAX_GROWTH
                && measures.getOrDefault("resident memory growth", Double.MAX_VALUE) <= MAX_GROWTH;
    }

    @Override
    public Map<String, Double> measures() {
        return measures;
    }

    @Override
    public boolean heapMeasuredInProcess() {
        return false;
    }

    @Override
    public int warmUps() {
        return 0;
    }

    @Override
    public int runs(int asked) {
        return 1;
    }

    @Override
    public void prepare(Path work) {
        SamplePackWorkload.requireSample(sample);
        jvm = commands.jvm(work);
        Path national = work.resolve("bench-soak");
        plan = SyntheticNationalFiles.write(national, "bench-soak", forces, indicators, months).plan().id();
        jvm.run("import", "import", sample.toAbsolutePath().normalize().toString(), national.toAbsolutePath().toString());
        start(work);
    }

    @Override
    public void run(int run) {
        builds = 0;
        buildBoth(early);
        read("after " + early);
        buildBoth(late - early);
        read("after " + late);
        measures.put("heap after GC growth", measures.get("heap after GC after " + late + " (MB)")
                / measures.get("heap after GC after " + early + " (MB)"));
        measures.put("resident memory growth", measures.get("resident memory after " + late + " (MB)")
                / measures.get("resident memory after " + early + " (MB)"));
    }

    @Override
    public Output output() {
        return new Output(builds, "builds");
    }

    @Override
    public void close() {
        if (service != null) {
            service.destroy();
            try {
                if (!service.waitFor(60, TimeUnit.SECONDS)) {
                    service.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                service.destroyForcibly();
            }
        }
    }

    private void start(Path work) {
        int port = freePort();
        String password = UUID.randomUUID().toString();
        List<String> command = new ArrayList<>(jvm.serviceLauncher());
        command.addAll(List.of("serve", "--server.port=" + port, "--packpress.out-dir=" + work.resolve("out"),
                "--packpress.accessibility.validate=false", "--packpress.nightly.cron=-"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("service.log").toFile());
        builder.environment().putAll(jvm.serviceEnvironment());
        builder.environment().put("PACKPRESS_SECURITY_USERS_0_NAME", "bench");
        builder.environment().put("PACKPRESS_SECURITY_USERS_0_PASSWORD", "{noop}" + password);
        builder.environment().put("PACKPRESS_SECURITY_USERS_0_ROLES", "OFFICER");
        try {
            service = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the service", e);
        }
        base = "http://127.0.0.1:" + port;
        waitUntilUp(work);
        String basic = Base64.getEncoder().encodeToString(("bench:" + password).getBytes(StandardCharsets.UTF_8));
        token = send(HttpRequest.newBuilder(URI.create(base + "/api/tokens")).header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody())).get("token").asText();
    }

    private void waitUntilUp(Path work) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException("The service ended while starting: see " + work.resolve("service.log"));
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(200);
        }
        throw new IllegalStateException("The service did not start within 5 minutes: see " + work.resolve("service.log"));
    }

    private void buildBoth(int each) {
        for (int i = 0; i < each; i++) {
            build(Map.of("type", "kpi-workbook", "body", "bench-soak", "plan", plan));
            build(Map.of("type", "agenda-pack", "body", "wm-pcp", "meeting", "2024-01-15"));
        }
    }

    /** Starts a build through the API and follows its status until it ends; fails unless it completed. */
    private void build(Map<String, String> request) {
        JsonNode accepted;
        try {
            accepted = send(authorised("/api/builds").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(request))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String status = accepted.get("statusUrl").asText();
        while (true) {
            JsonNode job = send(authorised(status).GET());
            String state = job.get("status").asText();
            if (state.equals("COMPLETED")) {
                builds++;
                return;
            }
            if (state.equals("FAILED") || state.equals("STOPPED") || state.equals("ABANDONED")) {
                throw new IllegalStateException("W12: the build " + request + " ended " + state + ": " + job.get("errors"));
            }
            pause(100);
        }
    }

    /** The service's heap after a full collection and its resident memory, in MB. */
    private void read(String when) {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        String pid = String.valueOf(service.pid());
        command(List.of(jcmd, pid, "GC.run"));
        Matcher used = HEAP_USED.matcher(command(List.of(jcmd, pid, "GC.heap_info")));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info gave no heap in use");
        }
        measures.put("heap after GC " + when + " (MB)", Long.parseLong(used.group(2)) / 1024.0);
        measures.put("resident memory " + when + " (MB)", residentMb());
    }

    private double residentMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + service.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no VmRSS for the service");
    }

    private static String command(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder authorised(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token);
    }

    private JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("W12: " + response.request().method() + " " + response.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
