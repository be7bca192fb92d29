package org.packpress.cli;

import java.util.List;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * The application context of a command other than {@code serve}: without the web layer. Added as an
 * initializer, it keeps out PackPress's own {@code org.packpress.web} beans (controllers, officer page,
 * security) and the auto-configuration of the web server, MVC, security, actuator and the OpenAPI
 * documents, and of what only they use: Boot's JSON mappers and HTTP message converters and clients, bean
 * validation, the scheduler of the nightly run and the cache abstraction. No command uses any of them, and
 * each costs start-up time. Everything else, the beans commands and the service share, is the same in both.
 */
public final class WithoutWebLayer extends TypeExcludeFilter
        implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The bean this initializer registers; its presence tells {@link AutoConfigurations} to leave the web out. */
    static final String BEAN = "packpress.withoutWebLayer";

    /** Packages (and classes) of the web layer: PackPress's own, and the auto-configurations of the web stack. */
    static final List<String> WEB_PACKAGES = List.of(
            "org.packpress.web.",
            "org.springframework.boot.autoconfigure.web.",
            "org.springframework.boot.autoconfigure.websocket.",
            "org.springframework.boot.autoconfigure.security.",
            "org.springframework.boot.autoconfigure.thymeleaf.",
            "org.springframework.boot.actuate.",
            "org.springdoc.",
            "org.springframework.boot.autoconfigure.jackson.",
            "org.springframework.boot.autoconfigure.gson.",
            "org.springframework.boot.autoconfigure.http.",
            "org.springframework.boot.autoconfigure.validation.",
            "org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration",
            "org.springframework.boot.autoconfigure.cache.");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getBeanFactory().registerSingleton(BEAN, this);
    }

    /** Component scanning: leaves out the classes of {@code org.packpress.web}. */
    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
        return isWeb(reader.getClassMetadata().getClassName());
    }

    static boolean isWeb(String className) {
        return WEB_PACKAGES.stream().anyMatch(className::startsWith);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WithoutWebLayer;
    }

    @Override
    public int hashCode() {
        return WithoutWebLayer.class.hashCode();
    }

    /**
     * Drops the web stack's auto-configurations when the context was started without the web layer
     * (registered in {@code META-INF/spring.factories}; in the service and in tests it drops nothing).
     */
    public static final class AutoConfigurations implements AutoConfigurationImportFilter, BeanFactoryAware {

        private BeanFactory beanFactory;

        @Override
        public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
            this.beanFactory = beanFactory;
        }

        @Override
        public boolean[] match(String[] candidates, AutoConfigurationMetadata metadata) {
            boolean withoutWeb = beanFactory != null && beanFactory.containsBean(BEAN);
            boolean[] keep = new boolean[candidates.length];
            for (int i = 0; i < candidates.length; i++) {
                keep[i] = candidates[i] == null || !withoutWeb || !isWeb(candidates[i]);
            }
            return keep;
        }
    }
}
