package io.claimgateway.parse;

import io.claimgateway.model.ClaimForm;
import io.claimgateway.model.ClaimSubmission;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Readies the parsers of the usual delimiter set ({@code * : ^ ~}) on a thread of its own while
 * the store opens and the routes start, so neither waits for the other: reloading the compiled
 * DFDL parsers, building both guides' Smooks instances and parsing one tiny built-in claim each
 * (a first parse loads and initialises most of Smooks and Daffodil) takes seconds of CPU. A file
 * that arrives meanwhile waits only for what is still missing ({@link LruInstanceCache} builds an
 * instance once, however many ask). A failure here only costs the first file that time.
 */
public final class ParserWarmUp {

    /** The delimiters nearly every partner uses: * element, : component, ^ repetition, ~ segment. */
    static final Delimiters USUAL = new Delimiters('*', ':', Optional.of('^'), '~', true);

    private static final Logger LOG = LoggerFactory.getLogger(ParserWarmUp.class);
    private static final String RESOURCE = "/parser-warm-up/warm-up.837%s.x12";

    private ParserWarmUp() {
    }

    /** Starts the warm-up and returns at once; the thread is a daemon, so it never holds up an exit. */
    public static Thread start() {
        Thread thread = new Thread(ParserWarmUp::warmUp, "parser-warm-up");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Does the whole warm-up on the calling thread. */
    static void warmUp() {
        long start = System.nanoTime();
        try {
            SmooksClaimParser.precompile(USUAL);
            SmooksClaimParser parser = new SmooksClaimParser();
            for (ClaimForm form : ClaimForm.values()) {
                int claims = parse(parser, form, claim -> { });
                if (claims != 1) {
                    throw new IllegalStateException("The " + form + " warm-up file gave " + claims + " claims");
                }
            }
            LOG.info("Parsers of both guides ready for the delimiters * : ^ ~ in {} ms",
                    Duration.ofNanos(System.nanoTime() - start).toMillis());
        } catch (RuntimeException | IOException e) {
            LOG.warn("Parser warm-up failed; the first file will load the parsers itself: {}",
                    e.getClass().getSimpleName());
        }
    }

    /** Parses the guide's built-in warm-up file (one made-up claim, no real data). */
    static int parse(SmooksClaimParser parser, ClaimForm form, Consumer<ClaimSubmission> sink) throws IOException {
        String resource = RESOURCE.formatted(form.code().toLowerCase(Locale.ROOT));
        try (InputStream in = ParserWarmUp.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the classpath");
            }
            return parser.parse(in, form, USUAL, sink);
        }
    }
}
