package org.packpress.web;

import org.packpress.common.PackPressProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Health of the output folder ({@code /actuator/health/outputs}): DOWN when its disk has less free
 * space than {@code packpress.health.min-free-space} or it cannot be written.
 */
@Component("outputs")
@ConditionalOnWebApplication
public class OutputsHealth implements HealthIndicator {

    private final Path outRoot;
    private final DataSize minFree;

    public OutputsHealth(PackPressProperties properties) {
        this.outRoot = properties.outDir().toAbsolutePath().normalize();
        this.minFree = properties.health().minFreeSpace();
    }

    @Override
    public Health health() {
        Path existing = outRoot;
        while (existing != null && !Files.isDirectory(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Health.down().withDetail("path", outRoot.toString()).withDetail("reason", "no such folder").build();
        }
        try {
            long free = Files.getFileStore(existing).getUsableSpace();
            boolean writable = Files.isWritable(existing);
            Health.Builder health = free >= minFree.toBytes() && writable ? Health.up() : Health.down();
            return health.withDetail("path", outRoot.toString()).withDetail("free", free)
                    .withDetail("threshold", minFree.toBytes()).withDetail("writable", writable).build();
        } catch (IOException e) {
            return Health.down(e).withDetail("path", outRoot.toString()).build();
        }
    }
}
