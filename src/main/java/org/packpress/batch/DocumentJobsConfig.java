package org.packpress.batch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.packpress.batch.performance.PerformanceJobs;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.documents.annualreview.AnnualReviewBuilder;
import org.packpress.documents.minutes.MinutesPublisher;
import org.packpress.publish.Manifest;
import org.packpress.publish.Publisher;
import org.packpress.documents.kpi.KpiWorkbookBuilder;
import org.packpress.store.BodyRepository;
import org.packpress.store.minutes.MinutesRepository;
import org.packpress.store.performance.PerformanceRepository;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link DocumentJob} entries of the products: what the API, the officer page and the nightly run
 * can build, and how each build's parameters and output folder are made.
 */
@Configuration
public class DocumentJobsConfig {

    public static final String KPI_WORKBOOK = "kpi-workbook";
    public static final String ANNUAL_REVIEW = "annual-review";

    @Bean
    DocumentJob agendaPackDocument(@Qualifier(AgendaPackJobConfig.JOB) Job agendaPack) {
        return new MeetingDocumentJob(AgendaPackBuilder.DOCUMENT, agendaPack, null);
    }

    @Bean
    DocumentJob minutesDocument(@Qualifier(MinutesJobConfig.JOB) Job minutes, MinutesRepository stored) {
        return new MeetingDocumentJob(MinutesPublisher.MINUTES, minutes, null) {
            @Override
            public Optional<String> cannotBuild(Request request) {
                return stored.minutesHash(request.body(), request.meeting()).isPresent() ? Optional.empty()
                        : Optional.of("No minutes of " + request.label() + " have been imported"
                                + " (minutes/" + request.meeting() + ".yaml in the body's folder)");
            }
        };
    }

    /** The tracker as it stands on the meeting's date, published beside that meeting's pack. */
    @Bean
    DocumentJob actionTrackerDocument(@Qualifier(ActionTrackerJobConfig.JOB) Job actionTracker) {
        return new MeetingDocumentJob(MinutesPublisher.ACTION_TRACKER, actionTracker, ActionTrackerJobConfig.AS_OF);
    }

    /** The plan's KPI workbook; the nightly run builds each plan's workbook once a month. */
    @Bean
    DocumentJob kpiWorkbookDocument(@Qualifier(PerformanceJobs.KPI_WORKBOOK) Job kpiWorkbook, KpiWorkbookBuilder workbooks,
            BodyRepository bodies, PerformanceRepository performance, Publisher publisher) {
        return new PlanDocumentJob(KPI_WORKBOOK, kpiWorkbook, KpiWorkbookBuilder.FOLDER) {
            @Override
            public Optional<String> cannotBuild(Request request) {
                List<String> plans = performance.planIds(request.body());
                if (plans.isEmpty()) {
                    return Optional.of("No performance data of " + request.body() + " has been imported");
                }
                return request.plan() == null || plans.contains(request.plan()) ? Optional.empty()
                        : Optional.of("No performance plan '" + request.plan() + "' of " + request.body()
                                + " has been imported (imported: " + String.join(", ", plans) + ")");
            }

            @Override
            public String manifestDocument(Request request) {
                return workbooks.documentName(request.plan(), request.body(), request.year());
            }

            @Override
            public List<Request> nightlyDue(LocalDate runDate, Path outRoot) {
                List<Request> due = new ArrayList<>();
                for (String body : bodies.ids()) {
                    for (String plan : performance.planIds(body)) {
                        Request request = new Request(body, null, plan, null);
                        Manifest.Entry last = publisher.lastBuild(outputFolder(request, outRoot),
                                manifestDocument(request)).orElse(null);
                        if (last == null || !YearMonth.from(LocalDateTime.parse(last.builtAt())).equals(YearMonth.from(runDate))) {
                            due.add(request);
                        }
                    }
                }
                return due;
            }
        };
    }

    @Bean
    DocumentJob annualReviewDocument(@Qualifier(PerformanceJobs.ANNUAL_REVIEW) Job annualReview) {
        return new PlanDocumentJob(ANNUAL_REVIEW, annualReview, AnnualReviewBuilder.FOLDER) {
            @Override
            public String manifestDocument(Request request) {
                if (request.year() == null) {
                    throw new IllegalArgumentException("an annual-report review needs a year, e.g. 2020/21");
                }
                return AnnualReviewBuilder.fileName(AnnualReviewBuilder.yearLabel(request.year())).replace(".pdf", "");
            }
        };
    }

    /** What every document type has: its name and its job. */
    abstract static class NamedDocumentJob implements DocumentJob {

        private final String type;
        private final Job job;

        NamedDocumentJob(String type, Job job) {
            this.type = type;
            this.job = job;
        }

        @Override
        public String type() {
            return type;
        }

        @Override
        public Job job() {
            return job;
        }
    }

    /** A document of a meeting, published in {@code out/<body>/<date>/} under its type's name. */
    static class MeetingDocumentJob extends NamedDocumentJob {

        private final String dateParameter;

        /** @param dateParameter a further job parameter that takes the meeting date, or null */
        MeetingDocumentJob(String type, Job job, String dateParameter) {
            super(type, job);
            this.dateParameter = dateParameter;
        }

        @Override
        public boolean perMeeting() {
            return true;
        }

        @Override
        public JobParameters parameters(Request request, Path outRoot) {
            if (request.meeting() == null) {
                throw new IllegalArgumentException("a " + type() + " build needs a meeting date");
            }
            JobParametersBuilder parameters = new JobParametersBuilder()
                    .addString(AgendaPackJobConfig.BODY, request.body())
                    .addString(AgendaPackJobConfig.MEETING, request.meeting().toString())
                    .addString(AgendaPackJobConfig.BUILD_TIME, LocalDateTime.now().toString())
                    .addString(AgendaPackJobConfig.OUT_DIR, outRoot.toAbsolutePath().normalize().toString(), false);
            if (dateParameter != null) {
                parameters.addString(dateParameter, request.meeting().toString());
            }
            return parameters.toJobParameters();
        }

        @Override
        public Path outputFolder(Request request, Path outRoot) {
            return Publisher.folder(outRoot, request.body(), request.meeting().toString());
        }

        @Override
        public String manifestDocument(Request request) {
            return type();
        }
    }

    /** A document of a plan or a reporting year, published in {@code out/<body>/<folder>/}. */
    abstract static class PlanDocumentJob extends NamedDocumentJob {

        private final String folder;

        PlanDocumentJob(String type, Job job, String folder) {
            super(type, job);
            this.folder = folder;
        }

        @Override
        public boolean perMeeting() {
            return false;
        }

        @Override
        public JobParameters parameters(Request request, Path outRoot) {
            JobParametersBuilder parameters = new JobParametersBuilder();
            if (request.body() != null) {
                parameters.addString("body", request.body());
            }
            if (request.plan() != null) {
                parameters.addString("plan", request.plan());
            }
            if (request.year() != null) {
                parameters.addString("year", request.year());
            }
            return parameters.addString("requestedAt", LocalDateTime.now().toString())
                    .addString("out", outRoot.toAbsolutePath().normalize().toString(), false)
                    .toJobParameters();
        }

        @Override
        public Path outputFolder(Request request, Path outRoot) {
            return Publisher.folder(outRoot, request.body(), folder);
        }
    }
}
