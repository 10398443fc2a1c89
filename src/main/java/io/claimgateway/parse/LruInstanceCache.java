package io.claimgateway.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * At most {@code capacity} values, the least recently used one dropped first. A value is built
 * once per key even when several threads ask for it at the same time, and outside the lock, so a
 * slow build (a DFDL compile) does not hold up lookups of other keys.
 *
 * <p>A dropped value is not closed: a parse may still be using it, and it is reclaimed by the
 * garbage collector once the last such parse ends.
 */
final class LruInstanceCache<K, V> {

    private final int capacity;
    private final LinkedHashMap<K, FutureTask<V>> entries;

    LruInstanceCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, FutureTask<V>> eldest) {
                return size() > LruInstanceCache.this.capacity;
            }
        };
    }

    /** The value of the key, built with {@code build} if it is not held. */
    V get(K key, Function<? super K, ? extends V> build) {
        FutureTask<V> task;
        boolean building = false;
        synchronized (this) {
            task = entries.get(key);
            if (task == null) {
                task = new FutureTask<>(() -> build.apply(key));
                entries.put(key, task);
                building = true;
            }
        }
        if (building) {
            task.run();
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            synchronized (this) {
                entries.remove(key, task);
            }
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + key, e);
        }
    }

    int capacity() {
        return capacity;
    }

    /** The keys held, least recently used first. */
    synchronized List<K> keys() {
        return List.copyOf(entries.keySet());
    }
}
