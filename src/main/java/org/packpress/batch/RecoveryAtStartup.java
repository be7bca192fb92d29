package org.packpress.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.packpress.common.BuildFolders;
import org.packpress.store.EmbeddedDatabaseOwner;
import org.packpress.store.ProcessRegistry;
import org.packpress.store.Recoverable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * Whenever a process starts (any command, or the service), before it does anything else: registers it
 * in the {@link ProcessRegistry}, marks the job executions of dead processes FAILED so they can be
 * restarted ({@link JobRecovery}), runs the {@link Recoverable} beans, and removes the temporary
 * build folders of dead processes. While it runs, a daemon thread keeps its heartbeat and recovers the
 * work of processes that die meanwhile (several processes sharing PostgreSQL). A clean end is recorded.
 */
@Component
public class RecoveryAtStartup implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(RecoveryAtStartup.class);

    private final ProcessRegistry processes;
    private final JobRecovery jobs;
    private final List<Recoverable> others;
    private final ApplicationArguments arguments;
    private final Duration heartbeat;
    private final Optional<Path> ownerFile;
    private ScheduledExecutorService timer;

    public RecoveryAtStartup(ProcessRegistry processes, JobRecovery jobs, List<Recoverable> others,
            ApplicationArguments arguments, @Value("${packpress.recovery.heartbeat:15s}") Duration heartbeat,
            @Value("${spring.datasource.url:}") String databaseUrl) {
        this.ownerFile = EmbeddedDatabaseOwner.ownerFile(databaseUrl);
        this.processes = processes;
        this.jobs = jobs;
        this.others = others;
        this.arguments = arguments;
        this.heartbeat = heartbeat;
    }

    @Override
    public void afterSingletonsInstantiated() {
        String[] args = arguments.getNonOptionArgs().toArray(String[]::new);
        processes.describeAs(args.length == 0 ? null : String.join(" ", List.of(args).subList(0, Math.min(2, args.length))));
        processes.register();
        ownerFile.ifPresent(file -> EmbeddedDatabaseOwner.write(file,
                processes.find(processes.self()).map(ProcessRegistry.Registered::describe).orElse("a PackPress process")));
        recover();
        List<Path> removed = BuildFolders.removeLeftovers(BuildFolders.tempRoot());
        if (!removed.isEmpty()) {
            LOG.info("removed {} temporary build folder(s) of processes that no longer run", removed.size());
        }
        processes.forgetEndedBefore(Duration.ofDays(30));
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "packpress-heartbeat");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::beat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void recover() {
        List<Long> recovered = jobs.recoverDead();
        if (!recovered.isEmpty()) {
            LOG.warn("marked {} interrupted job execution(s) FAILED, so they can be restarted: {}", recovered.size(),
                    recovered);
        }
        for (Recoverable other : others) {
            String done = other.recover();
            if (done != null) {
                LOG.warn("{}", done);
            }
        }
    }

    private void beat() {
        try {
            processes.heartbeat();
            recover();
        } catch (RuntimeException e) {
            LOG.warn("heartbeat failed: {}", e.getMessage());
        }
    }

    @jakarta.annotation.PreDestroy
    void end() {
        if (timer != null) {
            timer.shutdownNow();
        }
        processes.end();
        ownerFile.ifPresent(EmbeddedDatabaseOwner::remove);
    }
}
