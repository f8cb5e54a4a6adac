package org.childprotect.referrals;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Owns the agency directory, referrals and transfers; keeps a projection of the cases it may refer. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReferralServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(ReferralServiceApplication.class, args);
  }
}
