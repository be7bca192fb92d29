package org.packpress.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class WriteBehindTest {

    /** What was written, by whom: "item@thread". */
    private final List<String> written = Collections.synchronizedList(new ArrayList<>());

    private void write(String item) {
        written.add(item + "@" + Thread.currentThread().getName());
    }

    @Test
    void writesOnThePoolInOrderWhileTheCallerGoesOn() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> new Thread(r, "pool"));
        CountDownLatch callerWentOn = new CountDownLatch(1);
        CountDownLatch firstWritten = new CountDownLatch(1);
        try (WriteBehind<String> behind = new WriteBehind<>(item -> {
            if (item.equals("first")) {
                await(callerWentOn); // written on the caller's thread, this would wait for ever
            }
            write(item);
            firstWritten.countDown();
        }, pool)) {
            behind.accept("first");
            callerWentOn.countDown();
            await(firstWritten);
            behind.accept("second");
            behind.accept("third");
            behind.finish();
        } finally {
            pool.shutdown();
        }
        assertThat(written).hasSize(3);
        assertThat(written.get(0)).isEqualTo("first@pool");
        // the later ones by the pool or, when it had not started them yet, by the caller: in order either way
        assertThat(written.get(1)).startsWith("second@");
        assertThat(written.get(2)).startsWith("third@");
    }

    @Test
    void theCallerWritesWhatThePoolHasNotStarted() {
        List<Runnable> queued = new ArrayList<>();
        String caller = Thread.currentThread().getName();
        try (WriteBehind<String> behind = new WriteBehind<>(this::write, queued::add)) {
            behind.accept("first");
            behind.accept("second");
            behind.finish();
        }
        queued.forEach(Runnable::run); // the pool gets to them at last: nothing is written twice
        assertThat(written).containsExactly("first@" + caller, "second@" + caller);
    }

    @Test
    void aFailedWriteFailsTheCallersNextStepWithItsOwnException() {
        IllegalStateException failure = new IllegalStateException("disk full");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (WriteBehind<String> behind = new WriteBehind<>(item -> {
            throw failure;
        }, pool)) {
            behind.accept("first");
            assertThatThrownBy(() -> behind.accept("second")).isSameAs(failure);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void closingWaitsForTheWriteUnderWay() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "pool"));
        CountDownLatch started = new CountDownLatch(1);
        try (WriteBehind<String> behind = new WriteBehind<>(item -> {
            started.countDown();
            sleep();
            write(item);
        }, pool)) {
            behind.accept("slow");
            await(started);
        }
        assertThat(written).containsExactly("slow@pool");
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
