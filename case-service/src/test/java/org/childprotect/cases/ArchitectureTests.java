package org.childprotect.cases;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@AnalyzeClasses(packages = "org.childprotect.cases", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule domainDoesNotDependOnWeb = noClasses().that()
		.resideOutsideOfPackages("..web..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..web..")
		.because("the case rules must hold whichever door a request comes through (HTTP, Kafka, imports)");

	@ArchTest
	static final ArchRule documentsStayBehindTheApi = methods().that()
		.areDeclaredInClassesThat()
		.areAnnotatedWith(RestController.class)
		.and()
		.areMetaAnnotatedWith(RequestMapping.class)
		.should(new ArchCondition<JavaMethod>("not take or return MongoDB documents") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				List<JavaType> signature = new java.util.ArrayList<>(method.getParameterTypes());
				signature.add(method.getReturnType());
				signature.stream()
					.flatMap(ArchitectureTests::withTypeArguments)
					.map(JavaType::toErasure)
					.filter(type -> type.isAnnotatedWith(Document.class))
					.forEach(document -> events.add(SimpleConditionEvent.violated(method,
							method.getFullName() + " exposes document " + document.getName())));
			}
		})
		.because("stored documents never leave the service; HTTP speaks in records of the web package");

	@ArchTest
	static final ArchRule theAggregateDoesNotKnowTheWireFormat = noClasses().that()
		.resideInAPackage("org.childprotect.cases")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..outbox..")
		.because("the aggregate decides what happened; how it is enveloped and published is the relay's business");

	@ArchTest
	static final ArchRule theAuditTrailStandsAlone = noClasses().that()
		.resideInAPackage("..audit..")
		.should()
		.dependOnClassesThat(residesIn("org.childprotect.cases"))
		.because("every feature audits through it, so it must not depend back on any of them");

	private static java.util.stream.Stream<JavaType> withTypeArguments(JavaType type) {
		if (type instanceof JavaParameterizedType parameterized) {
			return java.util.stream.Stream.concat(java.util.stream.Stream.of(type),
					parameterized.getActualTypeArguments().stream().flatMap(ArchitectureTests::withTypeArguments));
		}
		return java.util.stream.Stream.of(type);
	}

	private static DescribedPredicate<JavaClass> residesIn(String packageName) {
		return DescribedPredicate.describe("reside in package " + packageName,
				javaClass -> javaClass.getPackageName().equals(packageName));
	}

}
