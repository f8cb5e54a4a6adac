package org.childprotect.gateway.security;

import java.time.Clock;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Puts {@link VerifiedTokens} in front of the bearer-token decoder, whichever builds it: Boot from
 * {@code spring.security.oauth2.resourceserver.jwt.*} (issuer, audience, JWK set), or a test. Wrapping rather than
 * declaring our own decoder keeps every check Boot configures.
 */
@Configuration(proxyBeanMethods = false)
class VerifiedTokensConfiguration {

	@Bean
	static BeanPostProcessor rememberVerifiedTokens() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof ReactiveJwtDecoder decoder && !(bean instanceof VerifiedTokens)
						? new VerifiedTokens(decoder, Clock.systemUTC()) : bean;
			}

		};
	}

}
