package io.claimgateway.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Loop 2400: one service line (837P SV1 or 837I SV2).
 *
 * @param lineNumber LX01
 * @param procedureCode HCPCS/CPT code (SV101-2 or SV202-2)
 * @param modifiers procedure modifiers, in order
 * @param revenueCode SV201 (837I only)
 * @param charge SV102 / SV203
 * @param units SV104 / SV205
 * @param serviceDate DTP*472 (first date of a range)
 * @param serviceDateEnd last date of a DTP*472 range, when one is given
 * @param priorAuthorization line REF*G1
 * @param lineItemControlNumber REF*6R
 */
public record ServiceLine(
        int lineNumber,
        String procedureCode,
        List<String> modifiers,
        Optional<String> revenueCode,
        BigDecimal charge,
        BigDecimal units,
        Optional<LocalDate> serviceDate,
        Optional<LocalDate> serviceDateEnd,
        Optional<String> priorAuthorization,
        Optional<String> lineItemControlNumber) {

    public ServiceLine {
        modifiers = List.copyOf(modifiers);
    }
}
