package org.packpress.batch;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.item.ExecutionContext;

/**
 * A job's progress for status pages and progress bars: the step running (or last run), items done of
 * total over all steps that record {@link Progress} keys, the percentage (100 only once the job has
 * completed) and the elapsed time.
 */
public record DocumentJobProgress(String step, int done, int total, int percent, String current, long elapsedMillis) {

    public static DocumentJobProgress of(JobExecution execution) {
        int done = 0;
        int total = 0;
        String current = null;
        StepExecution last = execution.getStepExecutions().stream()
                .max(Comparator.comparing(StepExecution::getId, Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElse(null);
        for (StepExecution step : execution.getStepExecutions()) {
            ExecutionContext context = step.getExecutionContext();
            if (context.containsKey(Progress.TOTAL)) {
                done += context.getInt(Progress.DONE, 0);
                total += context.getInt(Progress.TOTAL, 0);
                if (step.getStatus().isRunning()) {
                    current = context.getString(Progress.CURRENT, null);
                }
            }
        }
        int percent;
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            percent = 100;
        } else {
            percent = total == 0 ? 0 : Math.min(99, done * 100 / total);
        }
        LocalDateTime start = execution.getStartTime() == null ? execution.getCreateTime() : execution.getStartTime();
        LocalDateTime end = execution.getEndTime() == null ? LocalDateTime.now() : execution.getEndTime();
        long elapsed = start == null ? 0 : Math.max(0, Duration.between(start, end).toMillis());
        return new DocumentJobProgress(last == null ? null : last.getStepName(), done, total, percent, current, elapsed);
    }
}
