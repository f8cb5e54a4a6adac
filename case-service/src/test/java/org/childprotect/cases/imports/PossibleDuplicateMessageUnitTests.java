package org.childprotect.cases.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What a report row says of the cases, and in a dry run the earlier rows, it may duplicate. */
class PossibleDuplicateMessageUnitTests {

	@Test
	void casesAreNamedByTheirNumbers() {
		assertThat(ImportRunner.possibleDuplicateMessage(List.of(ReportRow.PossibleMatch.ofCase("a", "KH-PP-2026-000001", 90),
				ReportRow.PossibleMatch.ofCase("b", "KH-PP-2026-000002", 80))))
			.isEqualTo("may be the same child as 2 cases already registered: KH-PP-2026-000001, KH-PP-2026-000002; "
					+ "check before working on both");
	}

	@Test
	void earlierRowsOfADryRunAreNamedByTheirRowNumbersAfterAnyCase() {
		assertThat(ImportRunner.possibleDuplicateMessage(List.of(ReportRow.PossibleMatch.ofRow(12, 95),
				ReportRow.PossibleMatch.ofCase("a", "KH-PP-2026-000001", 90), ReportRow.PossibleMatch.ofRow(3, 70))))
			.isEqualTo("may be the same child as 1 case already registered: KH-PP-2026-000001, and rows 12, 3 of this "
					+ "file; check before working on both");
	}

}
