package org.childprotect.referrals;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.web.bind.annotation.RestController;

@AnalyzeClasses(packages = "org.childprotect.referrals", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

  @ArchTest
  static final ArchRule domainDoesNotKnowItsAdapters =
      noClasses()
          .that()
          .resideInAnyPackage("org.childprotect.referrals.agencies", "org.childprotect.referrals.cases")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..web..", "..inbound..")
          .because("the domain must not change when an HTTP or Kafka adapter does");

  @ArchTest
  static final ArchRule referralRulesDoNotKnowTheirAdapters =
      noClasses()
          .that()
          .resideInAPackage("org.childprotect.referrals.referral")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.childprotect.referrals.referral.web..",
              "org.childprotect.referrals.outbox..",
              "org.childprotect.referrals.caseservice..")
          .because("the referral rules must not change when the HTTP API, the relay or the case-service client do");

  @ArchTest
  static final ArchRule onlyTheAuditTrailWritesAuditEntries =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.childprotect.referrals.audit..")
          .should()
          .callConstructor(org.childprotect.referrals.audit.AuditEntry.class, String.class, java.time.Instant.class,
              org.childprotect.referrals.audit.AuditAction.class, String.class, String.class, String.class,
              String.class, String.class, java.util.List.class, String.class)
          .because("the audit trail is append-only and written in one place, which only ever inserts");

  @ArchTest
  static final ArchRule featuresStayApart =
      noClasses()
          .that()
          .resideInAPackage("org.childprotect.referrals.agencies..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.childprotect.referrals.cases..")
          .because("the agency directory must work without the case projection (and the reverse, checked next)");

  @ArchTest
  static final ArchRule casesDoNotReachIntoAgencies =
      noClasses()
          .that()
          .resideInAPackage("org.childprotect.referrals.cases..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.childprotect.referrals.agencies..")
          .because("the case projection must not depend on the agency directory");

  @ArchTest
  static final ArchRule controllersLiveInWeb =
      classes()
          .that()
          .areAnnotatedWith(RestController.class)
          .should()
          .resideInAPackage("..web..")
          .because("HTTP concerns are kept in each feature's web package");

  @ArchTest
  static final ArchRule listenersLiveInInbound =
      methods()
          .that()
          .areAnnotatedWith(KafkaListener.class)
          .should()
          .beDeclaredInClassesThat()
          .resideInAPackage("..inbound..")
          .because("Kafka listeners only translate and delegate, in each feature's inbound package");

  @ArchTest
  static final ArchRule documentsNeverLeaveTheService =
      methods()
          .that()
          .areDeclaredInClassesThat()
          .areAnnotatedWith(RestController.class)
          .should(notReturnDocuments())
          .because("HTTP answers with records of the web package, never with stored documents");

  @ArchTest
  static final ArchRule noGrabBagNames =
      noClasses()
          .should()
          .haveSimpleNameEndingWith("Impl")
          .orShould()
          .haveSimpleNameEndingWith("Util")
          .orShould()
          .haveSimpleNameEndingWith("Utils")
          .orShould()
          .haveSimpleNameEndingWith("Helper")
          .orShould()
          .haveSimpleNameEndingWith("Manager")
          .because("names say what a class is for (CONVENTIONS.md)");

  private static ArchCondition<com.tngtech.archunit.core.domain.JavaMethod> notReturnDocuments() {
    return new ArchCondition<>("not return a MongoDB document") {
      @Override
      public void check(com.tngtech.archunit.core.domain.JavaMethod method, ConditionEvents events) {
        JavaClass returned = method.getRawReturnType();
        if (returned.isAnnotatedWith(Document.class)) {
          events.add(SimpleConditionEvent.violated(method, method.getFullName() + " returns " + returned.getName()));
        }
      }
    };
  }
}
