package org.childprotect.cases.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Exactly one of {@code dateOfBirth} and {@code estimatedAgeYears}, and a birth date no earlier than the case
 * rules accept. Reported on {@code dateOfBirth} so the form can show it next to the field.
 */
@Documented
@Constraint(validatedBy = DateOfBirthOrEstimatedAgeValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface DateOfBirthOrEstimatedAge {

	String message() default "give either dateOfBirth or estimatedAgeYears, not both";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
