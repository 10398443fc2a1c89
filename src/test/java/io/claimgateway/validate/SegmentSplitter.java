package io.claimgateway.validate;

import io.claimgateway.envelope.SegmentError;
import io.claimgateway.parse.Delimiters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Test-only stand-in for the streaming reader: splits a whole X12 file into segments with the
 * delimiters of its first ISA, makes a checker for each ST of a group whose GS08 it knows and
 * feeds it every segment up to SE.
 */
final class SegmentSplitter {

    /** The errors of one transaction set, with the GS08 it was checked against. */
    record CheckedSet(String guide, String controlNumber, int segments, List<SegmentError> errors) {
    }

    private SegmentSplitter() {
    }

    static List<CheckedSet> check(Path file) throws IOException {
        return check(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
    }

    /** Each interchange is split with the delimiters of its own ISA. */
    static List<CheckedSet> check(String text) {
        List<CheckedSet> sets = new ArrayList<>();
        int at = text.indexOf("ISA");
        while (at >= 0 && at + 106 <= text.length()) {
            Delimiters delimiters = Delimiters.fromIsa(text.substring(at, Math.min(text.length(), at + 107)));
            int end = interchangeEnd(text, at, delimiters);
            checkInterchange(text.substring(at, end), delimiters, sets);
            at = text.indexOf("ISA", end);
        }
        return sets;
    }

    /** Just past the IEA segment's terminator, or the end of the text. */
    private static int interchangeEnd(String text, int from, Delimiters delimiters) {
        String trailer = delimiters.segmentTerminator() + "IEA" + delimiters.element();
        int iea = text.indexOf(trailer, from);
        if (iea < 0) {
            String bare = "\n" + "IEA" + delimiters.element();
            iea = text.indexOf(bare, from);
        }
        if (iea < 0) {
            return text.length();
        }
        int terminator = text.indexOf(delimiters.segmentTerminator(), iea + 1);
        return terminator < 0 ? text.length() : terminator + 1;
    }

    private static void checkInterchange(String text, Delimiters delimiters, List<CheckedSet> sets) {
        String gs08 = "";
        TransactionSetChecker checker = null;
        String control = "";
        int position = 0;
        List<SegmentError> errors = new ArrayList<>();
        for (String raw : text.split(Pattern.quote(String.valueOf(delimiters.segmentTerminator())))) {
            String segment = raw.replaceFirst("^\\s+", "");
            if (segment.isEmpty()) {
                continue;
            }
            String[] elements = segment.split(Pattern.quote(String.valueOf(delimiters.element())), -1);
            String tag = elements[0];
            switch (tag) {
                case "GS" -> gs08 = elements.length > 8 ? elements[8] : "";
                case "ST" -> {
                    checker = TransactionSetChecker.supports(gs08) ? TransactionSetChecker.forGuide(gs08) : null;
                    control = elements.length > 2 ? elements[2] : "";
                    position = 0;
                    errors = new ArrayList<>();
                }
                default -> {
                }
            }
            if (checker == null) {
                continue;
            }
            position++;
            errors.addAll(checker.segment(tag, elements, position, delimiters.component(), delimiters.repetition()));
            if ("SE".equals(tag)) {
                errors.addAll(checker.finish(position));
                sets.add(new CheckedSet(checker.guide(), control, position, List.copyOf(errors)));
                checker = null;
            }
        }
    }

    /** One line per error, for comparing with a recorded expectation: SEG@pos loop ELnn-c/ref=code. */
    static String describe(SegmentError error) {
        StringBuilder out = new StringBuilder(error.segmentId()).append('@').append(error.position())
                .append(' ').append(error.loopId().orElse("-"));
        error.elements().forEach(e -> out.append(' ').append(e.position())
                .append(e.component().isPresent() ? "-" + e.component().getAsInt() : "")
                .append('/').append(e.referenceNumber().orElse("?")).append('=').append(e.code().code()));
        return out.toString();
    }

    static Optional<String> guideOf(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        for (String guide : List.of("005010X222A1", "005010X223A2")) {
            if (text.contains(guide)) {
                return Optional.of(guide);
            }
        }
        return Optional.empty();
    }
}
