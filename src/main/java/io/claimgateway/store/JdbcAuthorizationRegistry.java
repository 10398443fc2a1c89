package io.claimgateway.store;

import io.claimgateway.adjudicate.Authorization;
import io.claimgateway.adjudicate.AuthorizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

/** Authorizations from the store, read on the caller's connection (and transaction). */
public final class JdbcAuthorizationRegistry implements AuthorizationRegistry {

    private final Connection connection;

    public JdbcAuthorizationRegistry(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Optional<Authorization> find(String authorizationNumber) {
        String sql = "SELECT authorization_number, member_id, provider_npi, regimen_id, pathway, valid_from, valid_to"
                + " FROM prior_authorization WHERE authorization_number = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, authorizationNumber);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Authorization(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                        rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class)));
            }
        } catch (SQLException e) {
            throw new StoreException("Authorization look-up failed", e);
        }
    }
}
