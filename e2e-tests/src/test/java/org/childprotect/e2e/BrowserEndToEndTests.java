package org.childprotect.e2e;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main path once in a real headless Chromium, through the real Keycloak login page: a social worker registers
 * a case and sees it in "My cases"; the ministry analyst sees the district count and no name.
 */
class BrowserEndToEndTests {

	@RegisterExtension
	final Chromium chromium = new Chromium();

	@Test
	void aSocialWorkerRegistersACaseAndTheMinistrySeesOnlyTheCount() throws Exception {
		WebDriver browser = chromium.browser();
		WebDriverWait wait = chromium.await();
		int before = Reports.registeredIn("KH-PP");
		String familyName = CaseFixtures.uniqueFamilyName("Browser");

		chromium.logIn("worker.pp");
		RegistrationForm.registerGirlInPhnomPenh(chromium, "Sophea", familyName);

		WebElement cases = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=cases-table]")));
		wait.until(ExpectedConditions.textToBePresentInElement(cases, familyName));
		chromium.screenshot("my-cases");

		int expected = Reports.awaitRegisteredIn("KH-PP", count -> count > before, Duration.ofSeconds(15));
		assertThat(expected).isEqualTo(before + 1);

		chromium.logOut();
		chromium.logIn("analyst");
		chromium.open("/statistics");
		By countCell = By.cssSelector("[data-testid=district-counts] tr[data-district='KH-PP'] [data-testid=count]");
		wait.until(ExpectedConditions.textToBe(countCell, String.valueOf(expected)));
		chromium.screenshot("statistics");
		assertThat(browser.getPageSource()).doesNotContain(familyName).doesNotContain("Sophea");
	}

}
