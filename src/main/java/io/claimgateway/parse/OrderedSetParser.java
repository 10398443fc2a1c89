package io.claimgateway.parse;

import io.claimgateway.model.ClaimSubmission;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Parses a file's accepted transaction sets on several threads and hands their claims to the
 * caller's thread in file order (set by set, claim by claim), because the frequency rules depend
 * on that order. Each set's claims wait in a small bounded queue, so memory does not grow with
 * the file: a parser that runs ahead waits for the adjudication to catch up.
 */
public final class OrderedSetParser {

    /** Claims a set may have parsed ahead of the adjudication. */
    private static final int QUEUE_CAPACITY = 512;

    private final ClaimFileReader reader;
    private final ExecutorService executor;

    /**
     * The JVM's parse threads: one per core, daemons, shared by every gateway in the JVM, so the
     * threads stay bounded however many files or gateways there are.
     */
    public static ExecutorService sharedExecutor() {
        return SharedExecutor.INSTANCE;
    }

    private static final class SharedExecutor {
        static final ExecutorService INSTANCE = Executors.newFixedThreadPool(
                Integer.getInteger("claimgateway.parse.threads", Runtime.getRuntime().availableProcessors()),
                runnable -> {
                    Thread thread = new Thread(runnable, "claim-parse");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** @param executor runs the parses; tasks must start in submission order (a FIFO pool) */
    public OrderedSetParser(ClaimFileReader reader, ExecutorService executor) {
        this.reader = reader;
        this.executor = executor;
    }

    /** What the caller does with each set and claim, in file order. */
    public interface Consumer {
        /** Called before the first claim of a set. */
        void startSet(ReceivedFile.Located set) throws IOException;

        void claim(ClaimSubmission claim) throws IOException;
    }

    /**
     * Parses every set, handing each claim to the consumer in file order, numbered on across sets.
     *
     * @return the first set the parser refused, with how the 999 must now report it; the consumer
     *     has then seen the claims of the sets before it (and maybe some of that set's)
     */
    public Optional<ClaimFileReader.SetResult.Rejected> parse(Path file, List<ReceivedFile.Located> sets,
            Consumer consumer) throws IOException {
        AtomicBoolean cancelled = new AtomicBoolean();
        List<BlockingQueue<Item>> queues = new ArrayList<>();
        List<Future<?>> tasks = new ArrayList<>();
        for (ReceivedFile.Located set : sets) {
            BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
            queues.add(queue);
            tasks.add(executor.submit(() -> produce(file, set, queue, cancelled)));
        }
        try {
            int claimsBefore = 0;
            for (int i = 0; i < sets.size(); i++) {
                consumer.startSet(sets.get(i));
                while (true) {
                    Item item = take(queues.get(i));
                    if (item instanceof Item.Claim claim) {
                        consumer.claim(claim.submission().numberedAfter(claimsBefore));
                    } else if (item instanceof Item.Done done) {
                        if (done.result() instanceof ClaimFileReader.SetResult.Rejected rejected) {
                            return Optional.of(rejected);
                        }
                        claimsBefore += ((ClaimFileReader.SetResult.Parsed) done.result()).claims();
                        break;
                    } else {
                        Throwable failure = ((Item.Failed) item).failure();
                        if (failure instanceof IOException io) {
                            throw io;
                        }
                        throw failure instanceof RuntimeException r ? r : new IllegalStateException(failure);
                    }
                }
            }
            return Optional.empty();
        } finally {
            cancelled.set(true);
            tasks.forEach(task -> task.cancel(true));
        }
    }

    private void produce(Path file, ReceivedFile.Located set, BlockingQueue<Item> queue, AtomicBoolean cancelled) {
        try {
            ClaimFileReader.SetResult result = reader.parse(file, set, 0, claim -> put(queue, new Item.Claim(claim),
                    cancelled));
            put(queue, new Item.Done(result), cancelled);
        } catch (Cancelled e) {
            // The consumer stopped: nobody reads this set any more.
        } catch (IOException | RuntimeException e) {
            if (!cancelled.get()) {
                putQuietly(queue, new Item.Failed(e), cancelled);
            }
        }
    }

    private static void put(BlockingQueue<Item> queue, Item item, AtomicBoolean cancelled) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (cancelled.get()) {
                    throw new Cancelled();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancelled();
        }
    }

    private static void putQuietly(BlockingQueue<Item> queue, Item item, AtomicBoolean cancelled) {
        try {
            put(queue, item, cancelled);
        } catch (Cancelled ignored) {
            // The consumer is gone; the failure has nobody to tell.
        }
    }

    private static Item take(BlockingQueue<Item> queue) throws IOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for parsed claims", e);
        }
    }

    /** What a parse hands over: a claim, the set's end, or an unexpected failure. */
    private sealed interface Item {
        record Claim(ClaimSubmission submission) implements Item {
        }

        record Done(ClaimFileReader.SetResult result) implements Item {
        }

        record Failed(Throwable failure) implements Item {
        }
    }

    /** Unwinds a parse whose consumer has stopped. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }
}
