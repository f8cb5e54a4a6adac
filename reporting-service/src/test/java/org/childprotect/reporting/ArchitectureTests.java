package org.childprotect.reporting;

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
		.resideInAnyPackage("..cases.web..", "..cases.inbound..")
		.because("the read model must stay the same whether events come from Kafka or a replay tool");

	@ArchTest
	static final ArchRule webDoesNotTouchMessaging = noClasses().that()
		.resideInAPackage("..web..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..inbound..", "org.springframework.kafka..", "org.springframework.data.mongodb..")
		.because("controllers serve tables from the statistics, never from the topic or the raw collection");

	@ArchTest
	static final ArchRule onlyInboundAndMessagingSpeakKafka = noClasses().that()
		.resideOutsideOfPackages("..inbound..", "org.childprotect.reporting.messaging..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.springframework.kafka..")
		.because("Kafka listeners only translate and delegate; nothing else should know the broker");

	@ArchTest
	static final ArchRule theCaseIdGoesNoFurtherThanThePseudonym = noClasses().that()
		.resideInAPackage("..cases.web..")
		.should()
		.dependOnClassesThat()
		.haveSimpleName("RegisteredCase")
		.because("only the projection may see a case id, to turn it into a pseudonymous key");

}
