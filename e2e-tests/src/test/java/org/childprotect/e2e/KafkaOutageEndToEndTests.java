package org.childprotect.e2e;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox promise with a real broker: while Kafka is down social workers keep registering cases; when it comes
 * back every event reaches the ministry's counts exactly once.
 */
class KafkaOutageEndToEndTests {

	private static final int CASES_DURING_OUTAGE = 3;

	@AfterEach
	void brokerIsBackForTheNextTest() {
		stack("start", "kafka");
	}

	@Test
	void casesRegisteredWhileTheBrokerIsDownAreCountedExactlyOnceAfterItReturns() {
		String worker = Tokens.of("worker.sr");
		Tokens.of("analyst");
		int before = Reports.awaitRegisteredIn("KH-SR", count -> true, Duration.ZERO);

		stack("stop", "kafka");
		for (int i = 0; i < CASES_DURING_OUTAGE; i++) {
			Http.Response created = Http.postJson("/api/cases", worker,
					CaseFixtures.boyWithEstimatedAgeIn("KH-SR", CaseFixtures.uniqueFamilyName("Outage")));
			assertThat(created.status()).as("registration during the outage: " + created.body()).isEqualTo(201);
		}
		Reports.sleep(2000);
		assertThat(Reports.registeredIn("KH-SR")).as("nothing can arrive while the broker is down")
			.isEqualTo(before);

		stack("start", "kafka");

		int after = Reports.awaitRegisteredIn("KH-SR", count -> count >= before + CASES_DURING_OUTAGE,
				Duration.ofSeconds(90));
		assertThat(after).isEqualTo(before + CASES_DURING_OUTAGE);
		Reports.sleep(5000);
		assertThat(Reports.registeredIn("KH-SR")).as("redelivered events must not be counted twice")
			.isEqualTo(before + CASES_DURING_OUTAGE);
	}

	private static void stack(String command, String component) {
		StackScripts.run(command, component, Map.of());
	}

}
