package org.childprotect.referrals;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Owns the agency directory, referrals and transfers; keeps a projection of the cases it may refer. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReferralServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(ReferralServiceApplication.class, args);
  }

  /** Deadlines and audit times are instants in UTC; a bean so that tools and tests can supply their own. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
