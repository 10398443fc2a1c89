package io.claimgateway.store;

import io.claimgateway.adjudicate.PaidHistory;
import io.claimgateway.adjudicate.PaidLine;
import io.claimgateway.adjudicate.PatientKey;
import io.claimgateway.model.ClaimForm;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Paid history in the store, on the caller's connection: writes become durable when the caller
 * commits the file's transaction, and vanish if it rolls back. Reads see the writes of the
 * same transaction, so a line paid earlier in the file counts for later ones.
 */
public final class JdbcPaidHistory implements PaidHistory {

    private final Connection connection;

    public JdbcPaidHistory(Connection connection) {
        this.connection = connection;
    }

    @Override
    public boolean existsPaid(PatientKey patientKey, String procedureCode, LocalDate dateOfService, ClaimForm form) {
        String sql = "SELECT 1 FROM paid_line WHERE patient_key = ? AND procedure_code = ? AND date_of_service = ?"
                + " AND claim_form = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, patientKey.value());
            statement.setString(2, procedureCode);
            statement.setObject(3, dateOfService);
            statement.setString(4, form.code());
            statement.setMaxRows(1);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("Paid history look-up failed", e);
        }
    }

    @Override
    public List<LocalDate> paidDates(PatientKey patientKey, String procedureCode) {
        String sql = "SELECT date_of_service FROM paid_line WHERE patient_key = ? AND procedure_code = ?"
                + " ORDER BY date_of_service";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, patientKey.value());
            statement.setString(2, procedureCode);
            List<LocalDate> dates = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    dates.add(rs.getObject(1, LocalDate.class));
                }
            }
            return dates;
        } catch (SQLException e) {
            throw new StoreException("Paid history look-up failed", e);
        }
    }

    @Override
    public int countPaid(String authorizationNumber, String procedureCode) {
        String sql = "SELECT COUNT(*) FROM paid_line WHERE authorization_number = ? AND procedure_code = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, authorizationNumber);
            statement.setString(2, procedureCode);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new StoreException("Paid history count failed", e);
        }
    }

    @Override
    public void record(PaidLine line) {
        String sql = "INSERT INTO paid_line (patient_key, procedure_code, date_of_service, authorization_number,"
                + " claim_id, claim_form) VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, line.patientKey().value());
            statement.setString(2, line.procedureCode());
            statement.setObject(3, line.dateOfService());
            statement.setString(4, line.authorizationNumber());
            statement.setString(5, line.claimId());
            statement.setString(6, line.form().code());
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Recording a paid line failed", e);
        }
    }
}
