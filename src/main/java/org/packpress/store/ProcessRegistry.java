package org.packpress.store;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.packpress.common.LocalProcesses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The processes (commands and services) that use this store. Each process registers itself once, keeps
 * a heartbeat while it runs and records its end; work it claims (job executions, sends) names it. A
 * process that no longer runs is {@linkplain #isDead dead}: on this host (same pid namespace) when its
 * pid is gone or now belongs to a later program; elsewhere when its heartbeat is older than
 * {@code packpress.recovery.stale-after}. This works for one process per embedded H2 database and for
 * several processes, on several hosts, sharing one PostgreSQL database.
 */
@Repository
public class ProcessRegistry {

    /** One registered process. */
    public record Registered(String id, String host, long pid, Long pidStarted, String pidNamespace, String command,
            LocalDateTime startedAt, LocalDateTime heartbeatAt, LocalDateTime endedAt) {

        /** How the process reads in messages: {@code pid 1234 on host web-1 (serve)}. */
        public String describe() {
            return "pid " + pid + " on host " + host + " (" + command + ")";
        }
    }

    private static final String HOST = LocalProcesses.HOST;
    private static final String PID_NAMESPACE = LocalProcesses.PID_NAMESPACE;

    private final JdbcTemplate jdbc;
    private final Duration staleAfter;
    private final String id = UUID.randomUUID().toString();
    private volatile boolean registered;
    private String command = "command";

    public ProcessRegistry(JdbcTemplate jdbc,
            @Value("${packpress.recovery.stale-after:60s}") Duration staleAfter) {
        this.jdbc = jdbc;
        this.staleAfter = staleAfter;
    }

    /** What this process runs ({@code serve}, {@code build}, ...), shown in messages about its work. */
    public void describeAs(String command) {
        this.command = command == null || command.isBlank() ? "command" : command;
        if (registered) {
            jdbc.update("UPDATE packpress_process SET command = ? WHERE id = ?", this.command, id);
        }
    }

    /** This process's id in the registry; registers it on first use. */
    public String self() {
        register();
        return id;
    }

    public synchronized void register() {
        if (registered) {
            return;
        }
        ProcessHandle me = ProcessHandle.current();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        jdbc.update("INSERT INTO packpress_process (id, host, pid, pid_started, pid_namespace, command, started_at,"
                + " heartbeat_at) VALUES (?, ?, ?, ?, ?, ?, ?, LOCALTIMESTAMP)", id, HOST, me.pid(),
                LocalProcesses.selfStarted(), PID_NAMESPACE, command, now);
        registered = true;
    }

    /** Tells the others that this process still runs. */
    public void heartbeat() {
        if (registered) {
            jdbc.update("UPDATE packpress_process SET heartbeat_at = LOCALTIMESTAMP WHERE id = ?", id);
        }
    }

    /** Records a clean end: the process's unfinished work (if any) can be recovered at once. */
    public void end() {
        if (registered) {
            jdbc.update("UPDATE packpress_process SET ended_at = LOCALTIMESTAMP WHERE id = ?", id);
        }
    }

    public Optional<Registered> find(String processId) {
        return jdbc.query("SELECT * FROM packpress_process WHERE id = ?", (rs, n) -> new Registered(rs.getString("id"),
                rs.getString("host"), rs.getLong("pid"), (Long) rs.getObject("pid_started", Long.class),
                rs.getString("pid_namespace"), rs.getString("command"), rs.getTimestamp("started_at").toLocalDateTime(),
                rs.getTimestamp("heartbeat_at").toLocalDateTime(),
                rs.getTimestamp("ended_at") == null ? null : rs.getTimestamp("ended_at").toLocalDateTime()), processId)
                .stream().findFirst();
    }

    /** Whether the process that claimed some work no longer runs (an unknown process counts as dead). */
    public boolean isDead(String processId) {
        if (id.equals(processId)) {
            return false;
        }
        Registered process = processId == null ? null : find(processId).orElse(null);
        if (process == null || process.endedAt() != null) {
            return true;
        }
        if (HOST.equals(process.host()) && Objects.equals(PID_NAMESPACE, process.pidNamespace())) {
            return !LocalProcesses.runs(process.pid(), process.pidStarted());
        }
        LocalDateTime now = jdbc.queryForObject("SELECT LOCALTIMESTAMP", LocalDateTime.class);
        return process.heartbeatAt().isBefore(now.minus(staleAfter));
    }

    /** How long a process on another host may stay silent before its work is recovered. */
    public Duration staleAfter() {
        return staleAfter;
    }

    /** The registered processes that have not ended, oldest first. */
    public List<Registered> running() {
        return jdbc.query("SELECT id FROM packpress_process WHERE ended_at IS NULL ORDER BY started_at",
                (rs, n) -> rs.getString(1)).stream().filter(p -> !isDead(p)).map(p -> find(p).orElseThrow()).toList();
    }

    /** Forgets processes that ended more than {@code age} ago (their work has been recovered or finished). */
    public int forgetEndedBefore(Duration age) {
        Timestamp before = Timestamp.valueOf(LocalDateTime.now().minus(age));
        jdbc.update("DELETE FROM job_execution_owner WHERE process_id IN (SELECT id FROM packpress_process"
                + " WHERE ended_at IS NOT NULL AND ended_at < ?)", before);
        return jdbc.update("DELETE FROM packpress_process WHERE ended_at IS NOT NULL AND ended_at < ?", before);
    }
}
