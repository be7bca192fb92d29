package org.packpress.common;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The thread pools of PackPress, as Spring beans with names. Their sizes come from configuration
 * ({@link PackPressProperties}, {@code packpress.nightly.threads}); Spring shuts them down with the
 * application, letting running tasks finish for {@code spring.task.execution.shutdown.await-termination-period}.
 * Each is built by Boot's {@link ThreadPoolTaskExecutorBuilder}, so {@code spring.task.execution.*}
 * (keep-alive, shutdown) applies to all of them.
 */
@Configuration
@EnableConfigurationProperties(PackPressProperties.class)
public class TaskExecutors {

    /** Renders the papers of a build in parallel ({@code PaperRenderer}); reads a KPI workbook's next figures ahead. */
    public static final String RENDERING = "renderingExecutor";
    /** Runs the builds started through the API or the officer page ({@code DocumentJobLauncher}). */
    public static final String BUILDS = "buildExecutor";
    /** Runs the partitions of the nightly job, one pack each. */
    public static final String NIGHTLY = "nightlyExecutor";
    /** Sends published documents in the background. */
    public static final String SENDING = "sendingExecutor";
    /** Validates published PDFs with veraPDF in the background ({@code AccessibilityReports}). */
    public static final String VALIDATION = "validationExecutor";

    @Bean(RENDERING)
    ThreadPoolTaskExecutor renderingExecutor(ThreadPoolTaskExecutorBuilder builder, PackPressProperties properties) {
        return pool(builder, properties.rendering().threadsOrCores(), "paper-renderer-");
    }

    @Bean(BUILDS)
    ThreadPoolTaskExecutor buildExecutor(ThreadPoolTaskExecutorBuilder builder, PackPressProperties properties) {
        return pool(builder, properties.api().buildThreads(), "build-");
    }

    @Bean(SENDING)
    ThreadPoolTaskExecutor sendingExecutor(ThreadPoolTaskExecutorBuilder builder, PackPressProperties properties) {
        return pool(builder, properties.sending().threads(), "send-");
    }

    @Bean(VALIDATION)
    ThreadPoolTaskExecutor validationExecutor(ThreadPoolTaskExecutorBuilder builder, PackPressProperties properties) {
        return pool(builder, properties.accessibility().threads(), "validate-");
    }

    /** A pool of a fixed number of threads with an unbounded queue, built with Boot's settings. */
    public static ThreadPoolTaskExecutor pool(ThreadPoolTaskExecutorBuilder builder, int threads, String namePrefix) {
        return builder.corePoolSize(threads).maxPoolSize(threads).queueCapacity(Integer.MAX_VALUE)
                .threadNamePrefix(namePrefix).build();
    }
}
