package io.claimgateway.bench;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bench's reference column: StAEDI, a fast streaming X12 reader, reading the same 837 and
 * binding each claim's values the gateway uses (claim id and charge, billing provider NPI, member
 * id, each line's code, charge and date) into plain objects. Not the gateway's path: a yardstick
 * for how fast parse-and-bind can be on this machine.
 */
public final class StaediReference {

    private StaediReference() {
    }

    /** One claim as bound here. */
    record BoundClaim(String claimId, BigDecimal charge, String billingNpi, String memberId, List<String> lines) {
    }

    /** Reads the file and returns how many claims were bound. */
    public static int read(Path file) throws IOException {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        int claims = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                EDIStreamReader reader = factory.createEDIStreamReader(in)) {
            List<String> elements = new ArrayList<>();
            String tag = "";
            String billingNpi = "";
            String memberId = "";
            String claimId = null;
            BigDecimal charge = BigDecimal.ZERO;
            List<String> lines = new ArrayList<>();
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                if (event == EDIStreamEvent.START_SEGMENT) {
                    tag = reader.getText();
                    elements.clear();
                } else if (event == EDIStreamEvent.ELEMENT_DATA && reader.getLocation().getComponentPosition() <= 1) {
                    int position = reader.getLocation().getElementPosition();
                    while (elements.size() < position) {
                        elements.add("");
                    }
                    elements.set(position - 1, reader.getText());
                } else if (event == EDIStreamEvent.END_SEGMENT) {
                    switch (tag) {
                        case "NM1" -> {
                            String qualifier = element(elements, 1);
                            if (qualifier.equals("85")) {
                                billingNpi = element(elements, 9);
                            } else if (qualifier.equals("IL")) {
                                memberId = element(elements, 9);
                            }
                        }
                        case "CLM", "HL", "SE" -> {
                            if (claimId != null) {
                                BoundClaim bound = new BoundClaim(claimId, charge, billingNpi, memberId,
                                        List.copyOf(lines));
                                claims += bound.lines().isEmpty() ? 0 : 1;
                            }
                            claimId = tag.equals("CLM") ? element(elements, 1) : null;
                            charge = tag.equals("CLM") ? new BigDecimal(element(elements, 2)) : BigDecimal.ZERO;
                            lines.clear();
                        }
                        case "SV1", "SV2", "DTP" -> lines.add(String.join("*", elements));
                        default -> {
                        }
                    }
                }
            }
        } catch (EDIStreamException e) {
            throw new IOException("StAEDI cannot read " + file.getFileName(), e);
        }
        return claims;
    }

    private static String element(List<String> elements, int position) {
        return position <= elements.size() ? elements.get(position - 1) : "";
    }
}
