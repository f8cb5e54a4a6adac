package org.childprotect.reporting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Builds de-identified read models from the case events and serves aggregate statistics. It never calls another
 * service and never stores a name, an exact birth date, a case number or a case id.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReportingServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(ReportingServiceApplication.class, args);
	}

}
