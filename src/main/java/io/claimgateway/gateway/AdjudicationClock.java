package io.claimgateway.gateway;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The as-of date the rules adjudicate on, and the production time stamped on the 835. Replay fixes
 * both (midnight of the as-of date) so that the same inputs give byte-identical outputs.
 */
public interface AdjudicationClock {

    LocalDate asOf();

    LocalDateTime produced();

    static AdjudicationClock fixed(LocalDate asOf) {
        return new AdjudicationClock() {
            @Override
            public LocalDate asOf() {
                return asOf;
            }

            @Override
            public LocalDateTime produced() {
                return asOf.atStartOfDay();
            }
        };
    }

    static AdjudicationClock system(Clock clock) {
        return new AdjudicationClock() {
            @Override
            public LocalDate asOf() {
                return LocalDate.now(clock);
            }

            @Override
            public LocalDateTime produced() {
                return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
            }
        };
    }
}
