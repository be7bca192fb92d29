package org.packpress.batch;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.publish.Publisher;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@link DocumentJob} entries of the products built here. Other products add their own beans. */
@Configuration
public class DocumentJobsConfig {

    @Bean
    DocumentJob agendaPackDocument(@Qualifier(AgendaPackJobConfig.JOB) Job agendaPack) {
        return new DocumentJob() {
            @Override
            public String type() {
                return AgendaPackBuilder.DOCUMENT;
            }

            @Override
            public boolean perMeeting() {
                return true;
            }

            @Override
            public Job job() {
                return agendaPack;
            }

            @Override
            public JobParameters parameters(Request request, Path outRoot) {
                if (request.meeting() == null) {
                    throw new IllegalArgumentException("an agenda pack needs a meeting date");
                }
                return new JobParametersBuilder()
                        .addString(AgendaPackJobConfig.BODY, request.body())
                        .addString(AgendaPackJobConfig.MEETING, request.meeting().toString())
                        .addString(AgendaPackJobConfig.BUILD_TIME, LocalDateTime.now().toString())
                        .addString(AgendaPackJobConfig.OUT_DIR, outRoot.toAbsolutePath().normalize().toString(), false)
                        .toJobParameters();
            }

            @Override
            public Path outputFolder(Request request, Path outRoot) {
                return Publisher.folder(outRoot, request.body(), request.meeting().toString());
            }

            @Override
            public String manifestDocument() {
                return AgendaPackBuilder.DOCUMENT;
            }
        };
    }
}
