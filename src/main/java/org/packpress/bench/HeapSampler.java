package org.packpress.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Measures the heap a workload uses, from a clean start: {@link #start()} collects garbage first, then
 * until {@link #stop()} it records
 * <ul>
 *   <li>the peak heap in use: the larger of a sample of the used heap taken every millisecond by a
 *       daemon thread and the heap in use just before each garbage collection (reported by the
 *       collector, so the moments sampling would miss are counted too); this includes garbage not
 *       yet collected;</li>
 *   <li>the peak heap left after a collection: what the workload really keeps alive (plus garbage
 *       the collector chose not to reclaim yet).</li>
 * </ul>
 */
final class HeapSampler implements AutoCloseable {

    private static final long MB = 1024 * 1024;
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private static volatile HeapSampler current;

    static {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    HeapSampler sampler = current;
                    if (sampler != null && GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                            .equals(notification.getType())) {
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        if (info.getGcInfo().getStartTime() < sampler.startUptime) {
                            return; // the collection start() asked for, reported late
                        }
                        sampler.collected(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()),
                                heapUsed(info.getGcInfo().getMemoryUsageAfterGc()));
                    }
                }, null, null);
            }
        }
    }

    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;
    private long startUptime;
    private double baselineMb;

    private HeapSampler() {
        sampler = new Thread(this::sample, "bench-heap-sampler");
        sampler.setDaemon(true);
    }

    static HeapSampler start() {
        System.gc();
        HeapSampler sampler = new HeapSampler();
        sampler.startUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long used = usedNow();
        sampler.baselineMb = (double) used / MB;
        sampler.peak.set(used);
        sampler.peakAfterGc.set(used);
        current = sampler;
        sampler.sampler.start();
        return sampler;
    }

    void stop() {
        running = false;
        current = null;
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        peak.accumulateAndGet(usedNow(), Math::max);
    }

    @Override
    public void close() {
        if (running) {
            stop();
        }
    }

    /** Heap in use after the collection at the start, in MB: what the process held before the workload. */
    double baselineMb() {
        return baselineMb;
    }

    /** Peak heap in use during the window, in MB. */
    double peakMb() {
        return (double) peak.get() / MB;
    }

    /** Peak heap left after a collection during the window, in MB. */
    double peakAfterGcMb() {
        return (double) peakAfterGc.get() / MB;
    }

    private void sample() {
        while (running) {
            peak.accumulateAndGet(usedNow(), Math::max);
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void collected(long before, long after) {
        peak.accumulateAndGet(before, Math::max);
        peakAfterGc.accumulateAndGet(after, Math::max);
    }

    private static long usedNow() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long heapUsed(Map<String, MemoryUsage> byPool) {
        return byPool.entrySet().stream().filter(e -> HEAP_POOLS.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
    }
}
