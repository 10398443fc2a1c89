package io.claimgateway.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The envelope model of one received file, read in one pass: its interchanges, groups and
 * transaction sets with every problem found, or why no interchange could be read at all.
 *
 * @param unreadable   set when the file has no readable ISA (empty, not X12, broken first ISA)
 * @param interchanges in file order
 * @param historyKeys  whose history its claims may touch (hashed member ids), for the store's locks
 */
public record ReceivedFile(Optional<Rejection> unreadable, List<ReceivedInterchange> interchanges,
        HistoryKeys historyKeys) {

    public ReceivedFile {
        Objects.requireNonNull(unreadable, "unreadable");
        interchanges = List.copyOf(interchanges);
        Objects.requireNonNull(historyKeys, "historyKeys");
    }

    /** A set and the envelopes around it. */
    public record Located(ReceivedInterchange interchange, ReceivedGroup group, ReceivedSet set) {
    }

    /** Sets that go on to the parse: accepted themselves, in an accepted group and interchange. */
    public List<Located> acceptedSets() {
        List<Located> accepted = new ArrayList<>();
        for (ReceivedInterchange interchange : interchanges) {
            if (!interchange.accepted()) {
                continue;
            }
            for (ReceivedGroup group : interchange.groups()) {
                if (!group.accepted()) {
                    continue;
                }
                for (ReceivedSet set : group.sets()) {
                    if (set.accepted()) {
                        accepted.add(new Located(interchange, group, set));
                    }
                }
            }
        }
        return accepted;
    }

    /** The first problem in file order (a file-level one first), for reports when nothing is accepted. */
    public Optional<Rejection> firstProblem() {
        if (unreadable.isPresent()) {
            return unreadable;
        }
        for (ReceivedInterchange interchange : interchanges) {
            Optional<Rejection> inside = firstInside(interchange);
            if (inside.isPresent()) {
                return inside;
            }
        }
        return Optional.empty();
    }

    private static Optional<Rejection> firstInside(ReceivedInterchange interchange) {
        Optional<Rejection> first = Optional.empty();
        long firstOffset = Long.MAX_VALUE;
        // Innermost first: at the same offset (the end of the file), the set's problem is the cause.
        List<Optional<Rejection>> candidates = new ArrayList<>();
        for (ReceivedGroup group : interchange.groups()) {
            for (ReceivedSet set : group.sets()) {
                candidates.add(set.firstProblem());
            }
        }
        for (ReceivedGroup group : interchange.groups()) {
            candidates.add(group.firstProblem());
        }
        candidates.add(interchange.firstProblem());
        for (Optional<Rejection> candidate : candidates) {
            if (candidate.isPresent()) {
                long offset = candidate.get().byteOffset().orElse(Long.MAX_VALUE - 1);
                if (offset < firstOffset) {
                    first = candidate;
                    firstOffset = offset;
                }
            }
        }
        return first;
    }

    /** The same file with each group of each interchange passed through {@code change}. */
    public ReceivedFile withGroups(java.util.function.BiFunction<ReceivedInterchange, ReceivedGroup, ReceivedGroup> change) {
        List<ReceivedInterchange> changed = new ArrayList<>();
        for (ReceivedInterchange interchange : interchanges) {
            changed.add(interchange.withGroups(
                    interchange.groups().stream().map(g -> change.apply(interchange, g)).toList()));
        }
        return new ReceivedFile(unreadable, changed, historyKeys);
    }

    /** The same file with one set replaced (rejected after the envelope pass). */
    public ReceivedFile replacing(ReceivedSet old, ReceivedSet replacement) {
        List<ReceivedInterchange> changed = new ArrayList<>();
        for (ReceivedInterchange interchange : interchanges) {
            List<ReceivedGroup> groups = new ArrayList<>();
            for (ReceivedGroup group : interchange.groups()) {
                groups.add(group.withSets(group.sets().stream().map(s -> s == old ? replacement : s).toList()));
            }
            changed.add(interchange.withGroups(groups));
        }
        return new ReceivedFile(unreadable, changed, historyKeys);
    }
}
