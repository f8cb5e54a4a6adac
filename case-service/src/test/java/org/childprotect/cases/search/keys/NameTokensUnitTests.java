package org.childprotect.cases.search.keys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameTokensUnitTests {

	@Test
	void vietnameseTonesAndTheCrossedDAreFoldedToPlainLetters() {
		assertThat(NameTokens.of("Nguyễn Văn Đức")).containsExactly("nguyen", "van", "duc");
		assertThat(NameTokens.of("Trần Thị Hương")).containsExactly("tran", "thi", "huong");
		assertThat(NameTokens.of("ĐẶNG")).containsExactly("dang");
		assertThat(NameTokens.of("Lê Phạm Hoàng Ngọc Ánh")).containsExactly("le", "pham", "hoang", "ngoc", "anh");
	}

	@Test
	void caseSpacingAndPunctuationDoNotMatter() {
		assertThat(NameTokens.of("  SOK   Dara ")).containsExactly("sok", "dara");
		assertThat(NameTokens.of("Chan-Sopheap")).containsExactly("chan", "sopheap");
		assertThat(NameTokens.of("N'guyen, An.")).containsExactly("n", "guyen", "an");
		assertThat(NameTokens.of("   ")).isEmpty();
	}

	@Test
	void otherLatinLettersWithoutADecompositionAreFoldedToo() {
		assertThat(NameTokens.of("Łukasz Søren Straße")).containsExactly("lukasz", "soren", "strasse");
		assertThat(NameTokens.of("José Müller")).containsExactly("jose", "muller");
	}

	@Test
	void khmerScriptKeepsItsVowelSignsAndSubscripts() {
		// សុខ ដារ៉ា: the vowel sign and the subscript consonant are marks that are part of the spelling.
		assertThat(NameTokens.of("សុខ ដារ៉ា")).containsExactly("សុខ", "ដារ៉ា");
		assertThat(NameTokens.of("ចាន់ សុភ័ក្ត្រ")).containsExactly("ចាន់", "សុភ័ក្ត្រ");
	}

	@Test
	void thaiScriptIsKeptAsWritten() {
		assertThat(NameTokens.of("สมชาย ใจดี")).containsExactly("สมชาย", "ใจดี");
	}

}
