package io.claimgateway.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The bounded cache of Smooks instances, one per (guide, delimiter set). */
class LruInstanceCacheTest {

    @Test
    void neverHoldsMoreThanItsCapacityAndDropsTheLeastRecentlyUsed() {
        LruInstanceCache<String, String> cache = new LruInstanceCache<>(2);

        cache.get("a", String::toUpperCase);
        cache.get("b", String::toUpperCase);
        cache.get("a", String::toUpperCase);
        cache.get("c", String::toUpperCase);

        assertEquals(List.of("a", "c"), cache.keys());
    }

    @Test
    void aHeldValueIsNotBuiltAgain() {
        LruInstanceCache<String, Object> cache = new LruInstanceCache<>(2);
        AtomicInteger builds = new AtomicInteger();

        Object first = cache.get("a", key -> new Object[] {builds.incrementAndGet()});

        assertSame(first, cache.get("a", key -> new Object[] {builds.incrementAndGet()}));
        assertEquals(1, builds.get());
    }

    @Test
    void threadsAskingForTheSameKeyTogetherShareOneBuild() throws Exception {
        LruInstanceCache<String, Object> cache = new LruInstanceCache<>(2);
        AtomicInteger builds = new AtomicInteger();
        CountDownLatch building = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Object> first = threads.submit(() -> cache.get("a", key -> {
                builds.incrementAndGet();
                building.countDown();
                await(release);
                return new Object();
            }));
            await(building);
            Future<Object> second = threads.submit(() -> cache.get("a", key -> {
                builds.incrementAndGet();
                return new Object();
            }));
            release.countDown();

            assertSame(first.get(10, TimeUnit.SECONDS), second.get(10, TimeUnit.SECONDS));
            assertEquals(1, builds.get());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aFailedBuildIsNotKept() {
        LruInstanceCache<String, String> cache = new LruInstanceCache<>(2);

        assertThrows(IllegalStateException.class, () -> cache.get("a", key -> {
            throw new IllegalStateException("schema does not compile");
        }));

        assertEquals(List.of(), cache.keys());
        assertEquals("A", cache.get("a", String::toUpperCase));
    }

    @Test
    void smooksInstancesAreKeptForEightDelimiterSetsUnlessConfigured() {
        assertEquals(System.getProperty(SmooksClaimParser.MAX_INSTANCES_PROPERTY) == null ? 8
                : Integer.getInteger(SmooksClaimParser.MAX_INSTANCES_PROPERTY), SmooksClaimParser.instanceCapacity());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
