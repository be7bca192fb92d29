package org.packpress.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ReadAheadTest {

    /** Who read which key: "key@thread". */
    private final List<String> reads = java.util.Collections.synchronizedList(new ArrayList<>());

    private String read(Integer key) {
        reads.add(key + "@" + Thread.currentThread().getName());
        return "value " + key;
    }

    @Test
    void readsTheNextKeyOnThePoolWhileTheCallerWorks() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "pool"));
        try (ReadAhead<Integer, String> ahead = new ReadAhead<>(this::read, List.of(1, 2, 3), pool)) {
            pool.submit(() -> { }).get(); // the pool has read the first key
            assertThat(ahead.get(1)).isEqualTo("value 1");
            pool.submit(() -> { }).get();
            assertThat(ahead.get(2)).isEqualTo("value 2");
            pool.submit(() -> { }).get();
            assertThat(ahead.get(3)).isEqualTo("value 3");
        } finally {
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
        assertThat(reads).containsExactly("1@pool", "2@pool", "3@pool");
    }

    @Test
    void theCallerReadsWhatThePoolHasNotStartedAndThePoolThenSkipsIt() {
        List<Runnable> queued = new ArrayList<>();
        String caller = Thread.currentThread().getName();
        try (ReadAhead<Integer, String> ahead = new ReadAhead<>(this::read, List.of(1, 2), queued::add)) {
            assertThat(ahead.get(1)).isEqualTo("value 1");
            assertThat(ahead.get(2)).isEqualTo("value 2");
        }
        queued.forEach(Runnable::run); // the pool gets to them at last
        assertThat(reads).containsExactly("1@" + caller, "2@" + caller);
        assertThat(queued).hasSize(2);
    }

    @Test
    void aKeyAskedOutOfOrderIsReadThenAndTheOneAfterItIsReadAhead() {
        List<Runnable> queued = new ArrayList<>();
        String caller = Thread.currentThread().getName();
        try (ReadAhead<Integer, String> ahead = new ReadAhead<>(this::read, List.of(1, 2, 3), queued::add)) {
            assertThat(ahead.get(2)).isEqualTo("value 2");
            queued.get(queued.size() - 1).run(); // the pool reads the key after 2
            assertThat(ahead.get(3)).isEqualTo("value 3");
        }
        assertThat(reads).containsExactly("2@" + caller, "3@" + caller);
    }

    @Test
    void aFailedReadFailsTheCallerWithItsOwnException() {
        List<Runnable> queued = new ArrayList<>();
        IllegalArgumentException failure = new IllegalArgumentException("indicator 7: no such plan");
        try (ReadAhead<Integer, String> ahead = new ReadAhead<>(key -> {
            throw failure;
        }, List.of(7), queued::add)) {
            queued.forEach(Runnable::run);
            assertThatThrownBy(() -> ahead.get(7)).isSameAs(failure);
        }
    }

    @Test
    void closingCancelsTheReadNobodyAskedFor() {
        List<Runnable> queued = new ArrayList<>();
        try (ReadAhead<Integer, String> ahead = new ReadAhead<>(this::read, List.of(1, 2), queued::add)) {
            ahead.get(1);
        }
        queued.forEach(Runnable::run);
        assertThat(reads).containsExactly("1@" + Thread.currentThread().getName());
    }
}
