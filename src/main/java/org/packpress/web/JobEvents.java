package org.packpress.web;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A job's progress as server-sent events: a {@code status} event (the same JSON as {@code GET
 * /api/jobs/{id}}) whenever it changes, checked every 250 ms, until the job ends; then the stream closes.
 * A client follows a build without polling, and without a password check per poll.
 */
@Component
@ConditionalOnWebApplication
public class JobEvents {

    private static final Set<String> RUNNING = Set.of("STARTING", "STARTED", "STOPPING");

    private final JobStatuses statuses;
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "job-events");
        t.setDaemon(true);
        return t;
    });

    public JobEvents(JobStatuses statuses) {
        this.statuses = statuses;
    }

    public SseEmitter follow(long id) {
        ApiModels.JobStatus first = statuses.status(id); // 404 before the stream opens
        SseEmitter emitter = new SseEmitter(TimeUnit.HOURS.toMillis(1));
        AtomicReference<ApiModels.JobStatus> last = new AtomicReference<>();
        AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
        Runnable stop = () -> {
            ScheduledFuture<?> t = task.get();
            if (t != null) {
                t.cancel(false);
            }
        };
        emitter.onCompletion(stop);
        emitter.onTimeout(stop);
        emitter.onError(e -> stop.run());
        task.set(ticks.scheduleWithFixedDelay(() -> {
            try {
                ApiModels.JobStatus now = last.get() == null ? first : statuses.status(id);
                if (!now.equals(last.getAndSet(now))) {
                    emitter.send(SseEmitter.event().name("status").data(now, MediaType.APPLICATION_JSON));
                }
                if (!RUNNING.contains(now.status())) {
                    emitter.complete();
                    stop.run();
                }
            } catch (IOException | RuntimeException e) {
                emitter.completeWithError(e);
                stop.run();
            }
        }, 0, 250, TimeUnit.MILLISECONDS));
        return emitter;
    }

    @PreDestroy
    void stop() {
        ticks.shutdownNow();
    }
}
