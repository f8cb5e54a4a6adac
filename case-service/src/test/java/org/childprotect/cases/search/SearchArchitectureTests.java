package org.childprotect.cases.search;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.childprotect.cases", importOptions = ImportOption.DoNotIncludeTests.class)
class SearchArchitectureTests {

	@ArchTest
	static final ArchRule searchKeysArePureFunctions = classes().that()
		.resideInAPackage("..search.keys..")
		.and()
		.haveSimpleNameNotEndingWith("Tests")
		.should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage("..search.keys..", "java..", "org.jspecify..")
		.because("the case aggregate computes its own search keys, so they must not pull the search feature in");

	@ArchTest
	static final ArchRule theAggregateKnowsOnlyTheKeysOfSearch = noClasses().that()
		.resideInAPackage("org.childprotect.cases")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.childprotect.cases.search")
		.because("search builds on the cases, not the other way round; only the pure keys are shared");

}
