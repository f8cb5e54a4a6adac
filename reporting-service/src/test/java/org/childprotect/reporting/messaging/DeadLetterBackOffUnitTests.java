package org.childprotect.reporting.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

class DeadLetterBackOffUnitTests {

	private final DeadLetterProperties properties = new DeadLetterProperties(Duration.ofMillis(500), 2,
			Duration.ofSeconds(30));

	@Test
	void aMessageThatCannotBeReadGetsTheBoundedRetriesThatEndInTheDeadLetterTopic() {
		Exception poison = new ListenerExecutionFailedException("listener failed",
				new IllegalArgumentException("missing district"));

		assertThat(DeadLetterConfiguration.backOffFor(poison, properties)).isNull();
	}

	@Test
	void anUnreachableDatabaseIsWaitedOutInsteadOfDeadLetteringEveryEventOfTheOutage() {
		Exception outage = new ListenerExecutionFailedException("listener failed",
				new DataAccessResourceFailureException("timed out while waiting for a server"));

		BackOff backOff = DeadLetterConfiguration.backOffFor(outage, properties);

		assertThat(backOff).isNotNull();
		BackOffExecution execution = backOff.start();
		long longest = 0;
		for (int attempt = 0; attempt < 1_000; attempt++) {
			long pause = execution.nextBackOff();
			assertThat(pause).as("attempt %d is never the last", attempt).isNotEqualTo(BackOffExecution.STOP);
			longest = Math.max(longest, pause);
		}
		assertThat(longest).isEqualTo(Duration.ofSeconds(30).toMillis());
	}

	@Test
	void deadLetterTopicsFollowThePlatformNaming() {
		assertThat(DeadLetterTopics.of("case.v1")).isEqualTo("case.v1.DLT");
	}

}
