package org.childprotect.cases.search.web;

import org.childprotect.cases.search.LikelyMatch;

/** One possible earlier case of the same child: enough to recognise and open it. */
record LikelyMatchResponse(String id, String caseNumber, String givenName, String familyName, int birthYear,
		String district, int score) {

	static LikelyMatchResponse of(LikelyMatch match) {
		var c = match.childCase();
		return new LikelyMatchResponse(c.id().toString(), c.caseNumber().value(), c.child().givenName(),
				c.child().familyName(), match.birthYear(), c.district(), match.score());
	}

}
