package org.childprotect.cases.imports;

import java.util.List;

import org.childprotect.cases.PaperForm;
import org.childprotect.cases.Registration;

/** A row after validation: either a registration ready to store, or the reasons it cannot be one. */
sealed interface ReadRow {

	SourceRow source();

	/**
	 * @param birthYear the year of birth the record states or implies, for the duplicate check
	 */
	record Accepted(SourceRow source, Registration registration, int birthYear) implements ReadRow {

		PaperForm paperForm() {
			PaperForm form = registration.paperForm();
			if (form == null) {
				throw new IllegalStateException("An imported registration always has its paper form");
			}
			return form;
		}

	}

	record Rejected(SourceRow source, List<RowProblem> problems) implements ReadRow {

		public Rejected {
			problems = List.copyOf(problems);
		}

	}

}
