package org.childprotect.referrals.referral;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Runs the deadline job with a fixed pause between runs (switch off with the property for one-off tools). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "childprotect.referrals.deadline-check-enabled", matchIfMissing = true)
class DeadlineSchedule implements SchedulingConfigurer {

  private final DeadlineWatch watch;
  private final ReferralProperties properties;

  DeadlineSchedule(DeadlineWatch watch, ReferralProperties properties) {
    this.watch = watch;
    this.properties = properties;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addFixedDelayTask(watch::run, properties.deadlineCheckInterval());
  }
}
