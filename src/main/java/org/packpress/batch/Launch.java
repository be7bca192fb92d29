package org.packpress.batch;

import org.springframework.batch.core.JobExecution;

/** What a background launch did: the execution, and whether the same work was already running. */
public record Launch(JobExecution execution, boolean alreadyRunning) {
}
