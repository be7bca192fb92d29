package org.packpress.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.UUID;
import org.packpress.store.ProcessRegistry;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;

/** Registered processes that a test controls (dead, alive, silent), and executions they seem to run. */
public final class DeadProcesses {

    private final JdbcTemplate jdbc;
    private final ProcessRegistry registry;
    private final JobRepository repository;

    public DeadProcesses(JdbcTemplate jdbc, ProcessRegistry registry, JobRepository repository) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.repository = repository;
    }

    /** A process of this host that ran and ended without recording its end (as after kill -9). */
    public String killedOnThisHost() {
        try {
            Process p = new ProcessBuilder("true").start();
            p.waitFor();
            return registered(registry.find(registry.self()).orElseThrow().host(), p.pid(), null, LocalDateTime.now());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A process of this host that runs (the caller ends it). */
    public String runningOnThisHost(Process running) {
        return registered(registry.find(registry.self()).orElseThrow().host(), running.pid(),
                running.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(null), LocalDateTime.now());
    }

    /** A process of another host whose last heartbeat was at {@code heartbeat}. */
    public String onAnotherHost(LocalDateTime heartbeat) {
        return registered("another-host.example", 4242, null, heartbeat);
    }

    private String registered(String host, long pid, Long pidStarted, LocalDateTime heartbeat) {
        String id = UUID.randomUUID().toString();
        String namespace = registry.find(registry.self()).orElseThrow().pidNamespace();
        jdbc.update("INSERT INTO packpress_process (id, host, pid, pid_started, pid_namespace, command, started_at,"
                + " heartbeat_at) VALUES (?, ?, ?, ?, ?, 'build', ?, ?)", id, host, pid, pidStarted, namespace,
                Timestamp.valueOf(heartbeat), Timestamp.valueOf(heartbeat));
        return id;
    }

    /** A STARTED execution of {@code job} with one STARTED step, owned by {@code processId}. */
    public JobExecution runningExecution(String job, JobParameters parameters, String step, String processId) {
        try {
            JobExecution execution = repository.createJobExecution(job, parameters);
            execution.setStatus(BatchStatus.STARTED);
            execution.setStartTime(LocalDateTime.now());
            repository.update(execution);
            StepExecution stepExecution = execution.createStepExecution(step);
            stepExecution.setStatus(BatchStatus.STARTED);
            stepExecution.setStartTime(LocalDateTime.now());
            repository.add(stepExecution);
            jdbc.update("UPDATE job_execution_owner SET process_id = ? WHERE job_execution_id = ?", processId,
                    execution.getId());
            return execution;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
