package org.childprotect.cases;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CaseConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock(CaseProperties properties) {
		return Clock.system(properties.timeZone());
	}

	/** Bean validation's "past" and "future" must mean the same day as the case rules do. */
	@Bean
	ValidationConfigurationCustomizer validationClock(Clock clock) {
		return configuration -> configuration.clockProvider(() -> clock);
	}

}
