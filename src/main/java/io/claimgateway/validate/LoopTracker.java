package io.claimgateway.validate;

import java.util.Map;
import java.util.Optional;

/**
 * Follows the loops of one 837 transaction set from its segments, in order, so each segment can
 * be reported (IK303) and checked in the loop it belongs to. HL03 opens 2000A/B/C; NM101 tells
 * which name loop an NM1 opens; CLM, SBR (after CLM), LX, LIN and SVD open 2300, 2320, 2400, 2410
 * and 2430. Any other segment stays in the current loop. One instance per transaction set.
 */
final class LoopTracker {

    /** 2310x, 2330x and 2420x differ between the guides: NM101 to loop id. */
    private static final Map<Guide, Map<String, String>> CLAIM_NAMES = Map.of(
            Guide.PROFESSIONAL, Map.of("DN", "2310A", "P3", "2310A", "82", "2310B", "77", "2310C",
                    "DQ", "2310D", "PW", "2310E", "45", "2310F"),
            Guide.INSTITUTIONAL, Map.of("71", "2310A", "72", "2310B", "ZZ", "2310C", "82", "2310D",
                    "77", "2310E", "DN", "2310F"));
    private static final Map<Guide, Map<String, String>> OTHER_PAYER_NAMES = Map.of(
            Guide.PROFESSIONAL, Map.of("IL", "2330A", "PR", "2330B", "DN", "2330C", "P3", "2330C",
                    "82", "2330D", "77", "2330E", "DQ", "2330F", "85", "2330G"),
            Guide.INSTITUTIONAL, Map.of("IL", "2330A", "PR", "2330B", "71", "2330C", "72", "2330D",
                    "ZZ", "2330E", "77", "2330F", "82", "2330G", "DN", "2330H", "85", "2330I"));
    private static final Map<Guide, Map<String, String>> LINE_NAMES = Map.of(
            Guide.PROFESSIONAL, Map.of("82", "2420A", "QB", "2420B", "77", "2420C", "DQ", "2420D",
                    "DK", "2420E", "DN", "2420F", "P3", "2420F", "PW", "2420G", "45", "2420H"),
            Guide.INSTITUTIONAL, Map.of("72", "2420A", "ZZ", "2420B", "82", "2420C", "DN", "2420D"));
    private static final Map<String, String> HEADER_NAMES = Map.of("41", "1000A", "40", "1000B");
    private static final Map<String, String> HL_LEVELS = Map.of("20", "2000A", "22", "2000B", "23", "2000C");
    private static final Map<String, String> PROVIDER_NAMES = Map.of("85", "2010AA", "87", "2010AB", "PE", "2010AC");
    private static final Map<String, String> SUBSCRIBER_NAMES = Map.of("IL", "2010BA", "PR", "2010BB");
    private static final Map<String, String> PATIENT_NAMES = Map.of("QC", "2010CA");

    /** Where in the transaction set the current segment is; picks the NM1 table. */
    private enum Level { HEADER, PROVIDER, SUBSCRIBER, PATIENT, CLAIM, OTHER_PAYER, LINE, UNKNOWN }

    private final Guide guide;
    private Level level = Level.HEADER;
    private Optional<String> loop = Optional.empty();
    private boolean firstNameOfLevel;

    LoopTracker(Guide guide) {
        this.guide = guide;
    }

    /**
     * Moves on by one segment and returns the loop it belongs to; empty for the header (ST, BHT),
     * the trailer (SE) and a segment whose loop cannot be told (HL with an unknown level code).
     *
     * @param elements elements[0] = tag, elements[i] = element i as received
     */
    Optional<String> next(String tag, String[] elements) {
        String first = elements.length > 1 && elements[1] != null ? elements[1] : "";
        switch (tag) {
            case "ST" -> enter(Level.HEADER, null);
            case "SE" -> enter(Level.UNKNOWN, null);
            case "HL" -> {
                String level3 = elements.length > 3 && elements[3] != null ? elements[3] : "";
                String id = HL_LEVELS.get(level3);
                enter(switch (level3) {
                    case "20" -> Level.PROVIDER;
                    case "22" -> Level.SUBSCRIBER;
                    case "23" -> Level.PATIENT;
                    default -> Level.UNKNOWN;
                }, id);
                firstNameOfLevel = true;
            }
            case "NM1" -> name(first);
            case "CLM" -> claimLevel(Level.CLAIM, "2300");
            case "SBR" -> {
                if (level == Level.CLAIM || level == Level.OTHER_PAYER) {
                    enter(Level.OTHER_PAYER, "2320");
                }
            }
            case "LX" -> claimLevel(Level.LINE, "2400");
            case "LIN" -> lineLevel("2410");
            case "SVD" -> lineLevel("2430");
            case "LQ" -> lineLevel("2440");
            default -> {
            }
        }
        return loop;
    }

    private void name(String qualifier) {
        Optional<String> id = Optional.ofNullable(switch (level) {
            case HEADER -> HEADER_NAMES.get(qualifier);
            case PROVIDER -> PROVIDER_NAMES.getOrDefault(qualifier, firstNameOfLevel ? "2010AA" : null);
            case SUBSCRIBER -> SUBSCRIBER_NAMES.getOrDefault(qualifier, firstNameOfLevel ? "2010BA" : null);
            case PATIENT -> PATIENT_NAMES.getOrDefault(qualifier, firstNameOfLevel ? "2010CA" : null);
            case CLAIM -> CLAIM_NAMES.get(guide).get(qualifier);
            case OTHER_PAYER -> OTHER_PAYER_NAMES.get(guide).get(qualifier);
            case LINE -> LINE_NAMES.get(guide).get(qualifier);
            case UNKNOWN -> null;
        });
        // The first NM1 of an HL loop is its required name loop even when its qualifier is wrong,
        // so a bad NM101 there is reported in that loop rather than lost.
        firstNameOfLevel = false;
        loop = id;
    }

    private void claimLevel(Level next, String id) {
        if (level != Level.HEADER && level != Level.UNKNOWN) {
            enter(next, id);
        } else {
            enter(Level.UNKNOWN, null);
        }
    }

    private void lineLevel(String id) {
        if (level == Level.LINE) {
            loop = Optional.of(id);
        }
    }

    private void enter(Level next, String id) {
        level = next;
        loop = Optional.ofNullable(id);
    }
}
