package org.childprotect.referrals.referral;

/** Why a receiving agency said no, as a code so that events and statistics never carry free text. */
public enum DeclineReason {
  NO_CAPACITY,
  NOT_ELIGIBLE,
  OUTSIDE_COVERAGE,
  SERVICE_NOT_AVAILABLE,
  ALREADY_RECEIVING_SERVICE,
  OTHER
}
