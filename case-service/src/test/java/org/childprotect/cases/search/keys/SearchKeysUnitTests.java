package org.childprotect.cases.search.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.childprotect.cases.search.keys.SearchKeys.Match;
import org.junit.jupiter.api.Test;

class SearchKeysUnitTests {

	private final SearchKeys nguyenVanAn = SearchKeys.of("KH-PP-2026-000123", "Văn An", "Nguyễn", List.of("Bé"),
			List.of("Trần Thị Hoa"));

	@Test
	void holdsTheNameTokensInNoParticularOrderWithTheirKeys() {
		assertThat(nguyenVanAn.names()).containsExactly("an", "be", "nguyen", "van");
		assertThat(nguyenVanAn.phonetic()).contains("NoN", "VaN", "aN");
		assertThat(nguyenVanAn.caregivers()).containsExactly("hoa", "thi", "tran");
		assertThat(nguyenVanAn.caseNumber()).isEqualTo("kh-pp-2026-000123");
	}

	@Test
	void anAnNguyenTypedInAnyOrderAndWithoutAccentsMatches() {
		for (String token : NameTokens.of("An Nguyen")) {
			assertThat(nguyenVanAn.matchesName(token)).isEqualTo(Match.EXACT);
		}
		assertThat(nguyenVanAn.matchesName("nguyenn")).isEqualTo(Match.PHONETIC);
		assertThat(nguyenVanAn.matchesName("sok")).isEqualTo(Match.NONE);
	}

	@Test
	void caregiversNamesAndTheNumbersSequenceMatchAsWell() {
		assertThat(nguyenVanAn.matches("hoa")).isTrue();
		assertThat(nguyenVanAn.matchesName("hoa")).isEqualTo(Match.NONE);
		assertThat(nguyenVanAn.matches("123")).isTrue();
		assertThat(nguyenVanAn.matches("000123")).isTrue();
		assertThat(nguyenVanAn.matches("124")).isFalse();
	}

	@Test
	void termsFileEachTokenOnceUnderItsKeyAndTheQueryLooksUpTheSameTerms() {
		assertThat(nguyenVanAn.terms()).contains("p:NoN", "p:VaN", "p:aN", "cp:TRaN", "cp:Te")
			.noneMatch(term -> term.startsWith("s:"));
		for (String token : NameTokens.of("Nguyen Chhan An 0123")) {
			// A number is looked up among the case numbers, not the terms.
			if (!token.equals("chhan") && SearchKeys.sequence(token).isEmpty()) {
				assertThat(SearchKeys.termsMatching(token)).containsAnyElementsOf(nguyenVanAn.terms());
			}
		}
	}

	@Test
	void everyTwoNamesAreFiledAsAPairWhateverTheirOrder() {
		assertThat(nguyenVanAn.terms()).contains("q:p:NoN+p:VaN", "q:p:NoN+p:aN", "q:p:VaN+p:aN");
		assertThat(SearchKeys.pairTerms(List.of("p:aN", "p:NoN"))).containsExactly("q:p:NoN+p:aN");
		assertThat(SearchKeys.pairTerms(List.of("p:aN"))).isEmpty();
	}

	@Test
	void aNumberInASearchTextIsReadAsACaseNumbersSequence() {
		assertThat(SearchKeys.sequence("000123")).hasValue(123);
		assertThat(SearchKeys.sequence("An")).isEmpty();
		assertThat(SearchKeys.sequence("1234567890123")).isEmpty();
	}

	@Test
	void tokensWithoutAKeyAreFiledAsWritten() {
		SearchKeys khmer = SearchKeys.of("KH-SR-2026-000001", "ដារ៉ា", "សុខ", List.of(), List.of());
		assertThat(khmer.terms()).contains("n:សុខ", "n:ដារ៉ា");
		assertThat(khmer.matchesName("សុខ")).isEqualTo(Match.EXACT);
	}

}
