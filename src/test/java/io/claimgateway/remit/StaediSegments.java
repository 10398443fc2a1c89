package io.claimgateway.remit;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The test checks' one way to read X12 independently of the writers: StAEDI with its control
 * structure checks on, handing each segment over as its tag and its elements by position
 * (components joined by ':'), and each StAEDI complaint as a line.
 */
final class StaediSegments {

    /** One segment read; the map is reused for the next segment, so copy what is kept. */
    interface Segment {
        void read(String tag, Map<Integer, String> elements);
    }

    private StaediSegments() {
    }

    static void read(InputStream in, Segment segment, Consumer<String> problems) throws EDIStreamException {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        try (EDIStreamReader reader = factory.createEDIStreamReader(in)) {
            Map<Integer, String> elements = new TreeMap<>();
            String tag = null;
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_SEGMENT -> {
                        tag = reader.getText();
                        elements.clear();
                    }
                    case ELEMENT_DATA -> {
                        int position = reader.getLocation().getElementPosition();
                        int component = reader.getLocation().getComponentPosition();
                        elements.merge(position, reader.getText(),
                                (before, next) -> component > 1 ? before + ":" + next : before);
                    }
                    case END_SEGMENT -> segment.read(tag, elements);
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> problems.accept(
                            "StAEDI " + reader.getErrorType() + " at " + reader.getLocation().getSegmentTag()
                                    + " (segment " + reader.getLocation().getSegmentPosition() + ")");
                    default -> {
                        // envelope and loop boundaries: the segments carry what the checks need
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new EDIStreamException("StAEDI could not close its reader: " + e.getMessage());
        }
    }

    /** Elements 1..n as a list, an absent element as "". */
    static List<String> asList(Map<Integer, String> elements) {
        int last = elements.isEmpty() ? 0 : ((TreeMap<Integer, String>) elements).lastKey();
        List<String> list = new ArrayList<>();
        for (int position = 1; position <= last; position++) {
            list.add(elements.getOrDefault(position, ""));
        }
        return List.copyOf(list);
    }
}
