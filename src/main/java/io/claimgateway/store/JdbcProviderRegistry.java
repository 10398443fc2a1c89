package io.claimgateway.store;

import io.claimgateway.adjudicate.Provider;
import io.claimgateway.adjudicate.ProviderRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Providers from the store, read on the caller's connection (and transaction). */
public final class JdbcProviderRegistry implements ProviderRegistry {

    private final Connection connection;

    public JdbcProviderRegistry(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Optional<Provider> find(String npi) {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT npi, name, in_network FROM provider WHERE npi = ?")) {
            statement.setString(1, npi);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Provider(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Provider look-up failed", e);
        }
    }
}
