package org.childprotect.referrals.referral;

/**
 * A referral asks another agency for a service while the case stays with its owner; a transfer hands the
 * responsibility for the case itself to the receiving agency.
 */
public enum ReferralKind {
  REFERRAL,
  TRANSFER
}
