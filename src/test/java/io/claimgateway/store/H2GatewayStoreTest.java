package io.claimgateway.store;

import java.util.Optional;
import java.util.UUID;

/** The store on H2 in memory: a fresh database per test, gone when its pool closes. */
class H2GatewayStoreTest extends GatewayStoreContract {

    @Override
    protected GatewayDatabase openDatabase() {
        return GatewayDatabase.open("jdbc:h2:mem:gateway-" + UUID.randomUUID(), "sa", "", Optional.empty());
    }
}
