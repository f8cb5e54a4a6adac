package org.childprotect.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The web UI's registration form as a social worker fills it in: a girl of about 11 in Phnom Penh, high risk. */
final class RegistrationForm {

	private RegistrationForm() {
	}

	static void registerGirlInPhnomPenh(Chromium chromium, String givenName, String familyName) {
		WebDriver browser = chromium.browser();
		chromium.open("/cases/new");
		chromium.await().until(ExpectedConditions.visibilityOfElementLocated(By.name("givenName"))).sendKeys(givenName);
		browser.findElement(By.name("familyName")).sendKeys(familyName);
		// The choices come from the reference data, which may still be on its way.
		chromium.await().until(d -> new Select(d.findElement(By.name("sex"))).getOptions().size() > 1
				&& new Select(d.findElement(By.name("district"))).getOptions().size() > 1);
		new Select(browser.findElement(By.name("sex"))).selectByValue("FEMALE");
		WebElement estimatedAge = browser.findElement(By.name("estimatedAgeYears"));
		if (!estimatedAge.isDisplayed()) {
			browser.findElement(By.cssSelector("input[type=radio][value=estimated]")).click();
		}
		estimatedAge = chromium.await().until(ExpectedConditions.visibilityOfElementLocated(By.name("estimatedAgeYears")));
		estimatedAge.sendKeys("11");
		new Select(browser.findElement(By.name("district"))).selectByValue("KH-PP");
		new Select(browser.findElement(By.name("concern"))).selectByValue("OCSEA_SEXTORTION");
		new Select(browser.findElement(By.name("riskLevel"))).selectByValue("HIGH");
		browser.findElement(By.cssSelector("[data-testid=register-submit]")).click();
	}

}
