package org.packpress.batch;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Records the owner process of every job execution the moment it is created, whichever launcher or
 * command creates it: the job repository is wrapped so that {@code createJobExecution} also writes
 * the owner ({@link JobRecovery#own}). A queued build that has not started yet is owned too, so it is
 * never mistaken for the leftover of a dead process.
 */
@Configuration
public class JobOwnerRecording {

    @Bean
    static BeanPostProcessor jobOwnerRecordingPostProcessor(ObjectProvider<JobRecovery> recovery) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof JobRepository)) {
                    return bean;
                }
                ProxyFactory proxy = new ProxyFactory(bean);
                proxy.addInterface(JobRepository.class);
                proxy.addAdvice((MethodInterceptor) invocation -> {
                    Object result = invocation.proceed();
                    if (result instanceof JobExecution execution
                            && invocation.getMethod().getName().equals("createJobExecution")) {
                        recovery.getObject().own(execution.getId());
                    }
                    return result;
                });
                return proxy.getProxy();
            }
        };
    }
}
