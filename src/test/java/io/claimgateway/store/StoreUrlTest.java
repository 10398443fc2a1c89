package io.claimgateway.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoreUrlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:h2:file:./work/db/gateway | jdbc:h2:file:./work/db/gateway",
        "jdbc:postgresql://127.0.0.1:5432/test | jdbc:postgresql://127.0.0.1:5432/test",
        "jdbc:postgresql://db.example:5432/claims?user=cg&password=s3cret&ssl=true"
                + " | jdbc:postgresql://db.example:5432/claims?user=***&password=***&ssl=true",
        "jdbc:postgresql://db.example/claims?sslmode=verify-full&sslpassword=p&sslkey=/k.pk8"
                + " | jdbc:postgresql://db.example/claims?sslmode=verify-full&sslpassword=***&sslkey=***",
        "jdbc:h2:file:/var/lib/cg/db;USER=sa;PASSWORD=s3cret;MODE=PostgreSQL"
                + " | jdbc:h2:file:/var/lib/cg/db;USER=***;PASSWORD=***;MODE=PostgreSQL",
        "jdbc:mysql://cg:s3cret@db.example:3306/claims | jdbc:mysql://***@db.example:3306/claims",
        "jdbc:oracle:thin:cg/s3cret@db.example:1521/claims | jdbc:oracle:thin:***@db.example:1521/claims",
        "jdbc:sqlserver://db.example:1433;databaseName=claims;password=s3cret"
                + " | jdbc:sqlserver://db.example:1433;databaseName=claims;password=***",
    })
    void credentialsInTheUrlAreMasked(String url, String shown) {
        assertEquals(shown, StoreUrl.withoutCredentials(url));
    }
}
