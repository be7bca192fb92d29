package org.packpress.distribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.packpress.testing.TestDatabases;
import org.springframework.jdbc.core.JdbcTemplate;

/** The distribution tables (V40) and their queries on H2 and PostgreSQL. */
class DeliveryLogOnBothDatabasesTest {

    static Stream<Arguments> databases() {
        return TestDatabases.both("delivery-test");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void listsAndTheDeliveryLogClaimEachSendOnce(String name, DataSource dataSource) {
        TestDatabases.migrateFromScratch(dataSource);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("INSERT INTO body (id, name, kind, source_hash) VALUES ('b', 'Body', 'PANEL', ?)", "0".repeat(64));
        DistributionRepository repository = new DistributionRepository(jdbc, new org.packpress.store.ProcessRegistry(jdbc, java.time.Duration.ofMinutes(1)));

        repository.replaceList("b", List.of(new Recipient("Ann", "Ann@Example.org", Recipient.Role.MEMBER),
                new Recipient("Dan", "dan@example.org", Recipient.Role.SUBSCRIBER)));
        assertThat(repository.list("b")).extracting(Recipient::email).containsExactly("Ann@Example.org", "dan@example.org");

        String sha = "a".repeat(64);
        DistributionRepository.Delivery delivery = new DistributionRepository.Delivery("b", "2024-01-15", "agenda-pack",
                "agenda-pack.pdf", sha, "Ann@Example.org", LocalDateTime.now(), null, null);
        assertThat(repository.claim(delivery)).isTrue();
        assertThat(repository.claim(delivery)).isFalse();
        repository.result("ann@example.org", sha, DistributionRepository.FAILED, "550 mailbox unavailable");
        assertThat(repository.claim(delivery)).as("a failed send may be tried again").isTrue();
        repository.result("ann@example.org", sha, DistributionRepository.SENT, null);
        assertThat(repository.claim(delivery)).isFalse();
        assertThat(repository.find("ANN@example.org", sha)).get()
                .satisfies(d -> assertThat(d.result()).isEqualTo("SENT"));
        assertThat(repository.receivedEarlierVersion("ann@example.org", "b", "2024-01-15", "agenda-pack")).isTrue();
        assertThat(repository.receivedEarlierVersion("dan@example.org", "b", "2024-01-15", "agenda-pack")).isFalse();
        assertThat(repository.log("b", "2024-01-15")).hasSize(1);
    }
}
