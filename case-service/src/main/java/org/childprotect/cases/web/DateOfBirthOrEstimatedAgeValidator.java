package org.childprotect.cases.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.childprotect.cases.ChildIdentity;

class DateOfBirthOrEstimatedAgeValidator
		implements ConstraintValidator<DateOfBirthOrEstimatedAge, RegisterCaseRequest> {

	@Override
	public boolean isValid(RegisterCaseRequest request, ConstraintValidatorContext context) {
		if ((request.dateOfBirth() == null) == (request.estimatedAgeYears() == null)) {
			return violation(context, "give either dateOfBirth or estimatedAgeYears, not both");
		}
		if (request.dateOfBirth() != null
				&& request.dateOfBirth().isBefore(ChildIdentity.EARLIEST_DATE_OF_BIRTH)) {
			return violation(context, "must not be before " + ChildIdentity.EARLIEST_DATE_OF_BIRTH);
		}
		return true;
	}

	private static boolean violation(ConstraintValidatorContext context, String message) {
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(message).addPropertyNode("dateOfBirth").addConstraintViolation();
		return false;
	}

}
