package org.childprotect.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main path once in a real headless Chromium, through the real Keycloak login page: a social worker registers
 * a case and sees it in "My cases"; the ministry analyst sees the district count and no name.
 */
class BrowserEndToEndTests {

	private WebDriver browser;

	private WebDriverWait wait;

	@BeforeEach
	void openBrowser() throws Exception {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
		// Debian's chromium as root needs --no-sandbox; the rest keeps it off the (closed) network.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,900",
				"--user-data-dir=" + Files.createTempDirectory("chromium-e2e"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver")).toFile())
			.build();
		browser = new ChromeDriver(service, options);
		wait = new WebDriverWait(browser, Duration.ofSeconds(30));
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aSocialWorkerRegistersACaseAndTheMinistrySeesOnlyTheCount() throws Exception {
		int before = Reports.registeredIn("KH-PP");
		String familyName = CaseFixtures.uniqueFamilyName("Browser");

		logIn("worker.pp");
		browser.get(Stack.GATEWAY + "/cases/new");
		WebElement givenName = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("givenName")));
		givenName.sendKeys("Sophea");
		browser.findElement(By.name("familyName")).sendKeys(familyName);
		new Select(browser.findElement(By.name("sex"))).selectByValue("FEMALE");
		WebElement estimatedAge = browser.findElement(By.name("estimatedAgeYears"));
		if (!estimatedAge.isDisplayed()) {
			browser.findElement(By.cssSelector("input[type=radio][value=estimated]")).click();
		}
		estimatedAge = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("estimatedAgeYears")));
		estimatedAge.sendKeys("11");
		wait.until(d -> new Select(d.findElement(By.name("district"))).getOptions().size() > 1);
		new Select(browser.findElement(By.name("district"))).selectByValue("KH-PP");
		new Select(browser.findElement(By.name("concern"))).selectByValue("OCSEA_SEXTORTION");
		new Select(browser.findElement(By.name("riskLevel"))).selectByValue("HIGH");
		browser.findElement(By.cssSelector("[data-testid=register-submit]")).click();

		WebElement cases = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=cases-table]")));
		wait.until(ExpectedConditions.textToBePresentInElement(cases, familyName));
		screenshot("my-cases");

		int expected = Reports.awaitRegisteredIn("KH-PP", count -> count > before, Duration.ofSeconds(15));
		assertThat(expected).isEqualTo(before + 1);

		logOut();
		logIn("analyst");
		browser.get(Stack.GATEWAY + "/statistics");
		By countCell = By.cssSelector("[data-testid=district-counts] tr[data-district='KH-PP'] [data-testid=count]");
		wait.until(ExpectedConditions.textToBe(countCell, String.valueOf(expected)));
		screenshot("statistics");
		assertThat(browser.getPageSource()).doesNotContain(familyName).doesNotContain("Sophea");
	}

	private void logIn(String username) {
		browser.get(Stack.GATEWAY + "/");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(Stack.DEMO_PASSWORD);
		browser.findElement(By.id("kc-login")).click();
		wait.until(ExpectedConditions.urlContains(Stack.GATEWAY.replace("http://", "")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), username));
	}

	/**
	 * Logs out the way a user does, with the header's button: the gateway ends its session and sends the browser
	 * through Keycloak's end-session endpoint back to the app, which asks for a login again. (Deleting cookies and
	 * visiting Keycloak's account page raced with that page's own login redirect and left a stray login flow.)
	 */
	private void logOut() {
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=logout]"))).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
		assertThat(browser.getCurrentUrl()).as("after logout the app asks for a Keycloak login")
			.startsWith(Stack.KEYCLOAK + "/realms/" + Stack.REALM + "/protocol/openid-connect/auth");
	}

	private void screenshot(String name) throws Exception {
		Path target = Path.of("target", "screenshots");
		Files.createDirectories(target);
		Files.write(target.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

}
