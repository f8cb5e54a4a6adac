package org.childprotect.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.childprotect.reporting", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule readModelIgnoresHowItIsFedOrServed = noClasses().that()
		.resideInAPackage("org.childprotect.reporting.cases")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..web..", "..inbound..")
		.because("the read model must stay the same whether events come from Kafka or a replay");

	@ArchTest
	static final ArchRule webDoesNotTouchMessagingOrStorage = noClasses().that()
		.resideInAPackage("..web..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..inbound..", "org.springframework.kafka..", "org.springframework.data.mongodb..",
				"com.mongodb..")
		.because("controllers serve protected tables, never the topic or the raw collections");

	@ArchTest
	static final ArchRule onlyInboundAndMessagingSpeakKafka = noClasses().that()
		.resideOutsideOfPackages("..inbound..", "org.childprotect.reporting.messaging..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.springframework.kafka..")
		.because("Kafka listeners only translate and delegate; nothing else should know the broker");

	@ArchTest
	static final ArchRule theCaseIdGoesNoFurtherThanThePseudonym = noClasses().that()
		.resideOutsideOfPackages("org.childprotect.reporting.cases", "org.childprotect.reporting.cases.inbound")
		.should()
		.dependOnClassesThat()
		.areAssignableTo(org.childprotect.reporting.cases.CaseChange.class)
		.because("only the projection may see a case id, to turn it into a pseudonymous key");

	@ArchTest
	static final ArchRule theReferralIdGoesNoFurtherThanThePseudonym = noClasses().that()
		.resideOutsideOfPackages("org.childprotect.reporting.referrals", "org.childprotect.reporting.referrals.inbound")
		.should()
		.dependOnClassesThat()
		.areAssignableTo(org.childprotect.reporting.referrals.ReferralChange.class)
		.because("only the projection may see a referral id, to turn it into a pseudonymous key");

	@ArchTest
	static final ArchRule disclosureControlStandsAlone = classes().that()
		.resideInAPackage("org.childprotect.reporting.disclosure")
		.should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage("org.childprotect.reporting.disclosure", "java..", "org.jspecify..",
				"org.springframework.boot.context.properties..")
		.because("the rule that protects every figure must be readable and testable on its own");

	@ArchTest
	static final ArchRule figuresLeaveOnlyThroughTables = noClasses().that()
		.resideOutsideOfPackages("org.childprotect.reporting.tables", "org.childprotect.reporting.cases..",
				"org.childprotect.reporting.referrals", "org.childprotect.reporting.cubes",
				"org.childprotect.reporting.generations..")
		.should()
		.dependOnClassesThat()
		.haveSimpleName("CubeCells")
		.because("every count that leaves the service must pass disclosure control in AggregateTables");

}
