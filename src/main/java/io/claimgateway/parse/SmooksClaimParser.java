package io.claimgateway.parse;

import io.claimgateway.model.ClaimForm;
import io.claimgateway.model.ClaimSubmission;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.function.Consumer;
import org.apache.daffodil.japi.DataProcessor;
import org.smooks.Smooks;
import org.smooks.api.ExecutionContext;
import org.smooks.api.SmooksException;
import org.smooks.io.source.StreamSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

/**
 * Parses an 837 with Smooks and the EDI cartridge, streaming each claim to a consumer.
 *
 * <p>Delimiters are fixed per Smooks instance (written into the schema, or DFDL variables), so
 * one instance is configured per (guide, delimiter set) and shared by every parser: a Smooks
 * instance filters any number of sources at once. The instances are kept in an LRU cache of at
 * most {@value #MAX_INSTANCES_PROPERTY} (default {@value #DEFAULT_MAX_INSTANCES}) delimiter sets.
 * Their DFDL parsers come from {@link CompiledSchemaCache}: compiling a schema takes seconds,
 * reloading a saved one a fraction of that.
 */
final class SmooksClaimParser {

    private static final Logger LOG = LoggerFactory.getLogger(SmooksClaimParser.class);
    private static final String SMOOKS_CONFIG = "/mappings/x12-837.smooks.xml";

    static final String MAX_INSTANCES_PROPERTY = "claimgateway.smooks.instances";
    static final int DEFAULT_MAX_INSTANCES = 8;

    private static final LruInstanceCache<String, Smooks> INSTANCES =
            new LruInstanceCache<>(Integer.getInteger(MAX_INSTANCES_PROPERTY, DEFAULT_MAX_INSTANCES));
    private static final CompiledSchemaCache COMPILED = CompiledSchemaCache.fromSystemProperties();

    /**
     * Parses the whole stream, calling {@code sink} once per claim in file order.
     *
     * @return the number of claims parsed
     * @throws ClaimParseException when the schema cannot place a segment or a value is unusable
     */
    int parse(InputStream x12, ClaimForm form, Delimiters delimiters, Consumer<ClaimSubmission> sink) {
        return parse(INSTANCES.get(instanceKey(form, delimiters), key -> create(form, delimiters)), x12, form,
                delimiters, sink);
    }

    /** {@link #parse(InputStream, ClaimForm, Delimiters, Consumer)} with a given Smooks instance. */
    static int parse(Smooks smooks, InputStream x12, ClaimForm form, Delimiters delimiters,
            Consumer<ClaimSubmission> sink) {
        RecordingSink recording = new RecordingSink(sink);
        ClaimAssembler assembler = new ClaimAssembler(form, delimiters.element(), delimiters.component(), recording);
        ExecutionContext context = smooks.createExecutionContext();
        context.put(ClaimEventVisitor.ASSEMBLER, assembler);
        try {
            onFreshThread(() -> smooks.filterSource(context, new StreamSource<>(x12)));
        } catch (SmooksException e) {
            if (recording.failure != null) {
                throw recording.failure;
            }
            if (!ClaimParseException.isAboutTheData(e)) {
                // Not the data's fault (memory, a bug, I/O): a failure to retry, never a rejection.
                throw new IllegalStateException("The Smooks parse failed: " + ClaimParseException.causeTypes(e), e);
            }
            throw ClaimParseException.from(e, assembler.claimCount());
        }
        return assembler.claimCount();
    }

    /**
     * Runs a parse on a thread of its own and waits for it. Daffodil gives every copy of its data
     * processor (the cartridge makes one per parse) thread-local buffers of a few MB; on a
     * long-lived thread those stay reachable until the thread's map happens to purge them, so a
     * parse per transaction set ran a 128 MB heap out of memory. A thread that ends takes them
     * with it.
     */
    private static void onFreshThread(Runnable parse) {
        RuntimeException[] failure = new RuntimeException[1];
        Error[] error = new Error[1];
        Thread thread = new Thread(() -> {
            try {
                parse.run();
            } catch (RuntimeException e) {
                failure[0] = e;
            } catch (Error e) {
                error[0] = e;
            }
        }, "dfdl-parse");
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        }
        if (error[0] != null) {
            throw error[0];
        }
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    /**
     * Prepares the Smooks instances of both guides for a delimiter set (reloading, or if need be
     * compiling, their DFDL parsers) ahead of the first file, so that file is not kept waiting.
     */
    static void precompile(Delimiters delimiters) {
        // Reloading takes seconds, compiling (a schema changed, no cache) longer: say why it is quiet.
        LOG.info("Loading compiled X12 parsers (837P, 837I; delimiters {}) ...", shown(delimiters));
        long started = System.nanoTime();
        // The guides' instances are independent: build them side by side.
        Arrays.stream(ClaimForm.values()).parallel()
                .forEach(form -> INSTANCES.get(instanceKey(form, delimiters), key -> create(form, delimiters)));
        LOG.info("X12 parsers ready in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** The delimiters as an operator reads them: element, component, repetition, segment ("* : ^ ~"). */
    private static String shown(Delimiters delimiters) {
        return delimiters.element() + " " + delimiters.component() + " "
                + delimiters.repetition().map(String::valueOf).orElse("-") + " " + delimiters.segmentTerminator();
    }

    private static Smooks create(ClaimForm form, Delimiters delimiters) {
        return create(form, delimiters, COMPILED.dataProcessor(DfdlSchemaSpecializer.specialize(form, delimiters)));
    }

    /** A Smooks instance for the guide and delimiters that parses with the given compiled schema. */
    static Smooks create(ClaimForm form, Delimiters delimiters, DataProcessor processor) {
        try (InputStream config = SmooksClaimParser.class.getResourceAsStream(SMOOKS_CONFIG)) {
            if (config == null) {
                throw new IllegalStateException(SMOOKS_CONFIG + " is not on the classpath");
            }
            Smooks smooks = new Smooks(config);
            smooks.getApplicationContext().getRegistry().registerObject(PrecompiledDataProcessorFactory.REGISTRY_KEY,
                    processor);
            smooks.setReaderConfig(new PrecompiledDataProcessorFactory.ReaderConfigurator(
                    "mappings/" + DfdlSchemaSpecializer.schemaFileName(form))
                    .setSegmentTerminator(DfdlDelimiters.segmentTerminator(delimiters.segmentTerminator()))
                    .setDataElementSeparator(DfdlDelimiters.literal(delimiters.element()))
                    .setCompositeDataElementSeparator(DfdlDelimiters.literal(delimiters.component()))
                    // Unused by the schema (repetitions are split in code) but must not be the cartridge's '*'.
                    .setRepetitionSeparator(DfdlDelimiters.literal(delimiters.repetition().orElse(delimiters.component()))));
            return smooks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("Invalid Smooks configuration " + SMOOKS_CONFIG, e);
        }
    }

    /** How many delimiter sets keep a Smooks instance at most. */
    static int instanceCapacity() {
        return INSTANCES.capacity();
    }

    private static String instanceKey(ClaimForm form, Delimiters delimiters) {
        return form.name() + delimiters.element() + delimiters.component()
                + delimiters.repetition().map(String::valueOf).orElse("") + delimiters.segmentTerminator();
    }

    /** Keeps a failure of the downstream consumer apart from a parse failure. */
    private static final class RecordingSink implements Consumer<ClaimSubmission> {
        private final Consumer<ClaimSubmission> delegate;
        private RuntimeException failure;

        RecordingSink(Consumer<ClaimSubmission> delegate) {
            this.delegate = delegate;
        }

        @Override
        public void accept(ClaimSubmission claim) {
            try {
                delegate.accept(claim);
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }
    }
}
