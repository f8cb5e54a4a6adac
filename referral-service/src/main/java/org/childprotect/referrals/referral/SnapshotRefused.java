package org.childprotect.referrals.referral;

/** case-service understood the request and refused it (no data-sharing profile for the service type, say). */
public class SnapshotRefused extends RuntimeException {

  public SnapshotRefused(int status) {
    super("case-service refused the snapshot request with status " + status);
  }
}
