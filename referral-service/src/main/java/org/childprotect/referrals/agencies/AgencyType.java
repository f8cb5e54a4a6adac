package org.childprotect.referrals.agencies;

/** The kind of organisation an agency is; decides nothing by itself, helps workers pick a receiver. */
public enum AgencyType {
  NGO,
  HELPLINE,
  HEALTH,
  POLICE,
  SOCIAL_WELFARE,
  GOVERNMENT
}
