package org.packpress.batch;

import io.micrometer.core.instrument.Metrics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.packpress.common.BuildFailedException;
import org.packpress.ingest.InputRejectedException;
import org.packpress.publish.Manifest;
import org.packpress.publish.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Attached to every job, whichever launcher starts it: puts the job execution id and name into the
 * logging context (MDC keys {@code jobExecutionId}, {@code jobName}) while it runs, and records the
 * metrics {@code packpress.build.duration} (timer, tags type and status) and {@code packpress.pages.built}
 * (counter, tag type; pages of the files a document build published).
 */
@Component
public class DocumentJobLogging implements BeanPostProcessor, JobExecutionListener {

    public static final String JOB_EXECUTION_ID = "jobExecutionId";
    public static final String JOB_NAME = "jobName";
    private static final Logger LOG = LoggerFactory.getLogger(DocumentJobLogging.class);

    private final ObjectProvider<DocumentJobs> documents;
    private final ObjectProvider<Publisher> publisher;
    private final ObjectProvider<DocumentJobTracker> tracker;

    public DocumentJobLogging(ObjectProvider<DocumentJobs> documents, ObjectProvider<Publisher> publisher,
            ObjectProvider<DocumentJobTracker> tracker) {
        this.documents = documents;
        this.publisher = publisher;
        this.tracker = tracker;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractJob job) {
            job.registerJobExecutionListener(this);
        }
        return bean;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        MDC.put(JOB_EXECUTION_ID, String.valueOf(execution.getId()));
        MDC.put(JOB_NAME, execution.getJobInstance().getJobName());
        tracker.getObject().started(execution);
        LOG.debug("started {}", execution.getJobParameters());
    }

    @Override
    public void afterJob(JobExecution execution) {
        try {
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                LOG.debug("ended {}", execution.getStatus());
            } else if (refusedInput(execution)) {
                // the command line and the API report these to whoever asked, in full; not a fault to warn of
                LOG.debug("ended {}: {}", execution.getStatus(), execution.getAllFailureExceptions().stream()
                        .map(Throwable::getMessage).toList());
            } else {
                LOG.warn("ended {}: {}", execution.getStatus(), execution.getAllFailureExceptions().stream()
                        .map(Throwable::getMessage).toList());
            }
            documents.getObject().forJobName(execution.getJobInstance().getJobName())
                    .ifPresent(document -> record(document, execution));
        } finally {
            tracker.getObject().finished(execution);
            MDC.remove(JOB_EXECUTION_ID);
            MDC.remove(JOB_NAME);
        }
    }

    private static boolean refusedInput(JobExecution execution) {
        return !execution.getAllFailureExceptions().isEmpty() && execution.getAllFailureExceptions().stream()
                .allMatch(e -> e instanceof InputRejectedException || e instanceof BuildFailedException);
    }

    private void record(DocumentJob document, JobExecution execution) {
        if (execution.getStartTime() != null && execution.getEndTime() != null) {
            Metrics.timer("packpress.build.duration", "type", document.type(), "status", execution.getStatus().name())
                    .record(Duration.between(execution.getStartTime(), execution.getEndTime()));
        }
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            Metrics.counter("packpress.pages.built", "type", document.type()).increment(pages(document, execution));
        }
    }

    private int pages(DocumentJob document, JobExecution execution) {
        try {
            DocumentJob.Request request = DocumentJobRequests.of(execution.getJobParameters());
            String outDir = execution.getJobParameters().getString(AgendaPackJobConfig.OUT_DIR);
            if (request == null || outDir == null) {
                return 0;
            }
            Path folder = document.outputFolder(request, Path.of(outDir));
            return publisher.getObject().lastBuild(folder, document.manifestDocument(request))
                    .filter(e -> Objects.equals(e.jobExecutionId(), execution.getId()))
                    .map(e -> e.outputs().stream().map(Manifest.OutputFile::pages).filter(Objects::nonNull)
                            .mapToInt(Integer::intValue).sum())
                    .orElse(0);
        } catch (RuntimeException e) {
            LOG.warn("could not count pages built: {}", e.getMessage());
            return 0;
        }
    }
}
