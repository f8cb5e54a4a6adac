package org.childprotect.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's, never a downloaded one), fresh for each test ({@code @RegisterExtension}),
 * and what every browser test does with it: log in on Keycloak's own login page, log out with the header's
 * button, wait for elements, take screenshots.
 */
final class Chromium implements BeforeEachCallback, AfterEachCallback {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private WebDriver browser;

	private WebDriverWait wait;

	WebDriver browser() {
		return browser;
	}

	WebDriverWait await() {
		return wait;
	}

	@Override
	public void beforeEach(ExtensionContext context) throws Exception {
		browser = start();
		// React replaces elements as it renders: a condition that met an element just replaced simply tries again.
		wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		wait.ignoring(StaleElementReferenceException.class);
	}

	/** A failed test leaves a picture of what the user saw at that moment. */
	@Override
	public void afterEach(ExtensionContext context) throws Exception {
		if (browser == null) {
			return;
		}
		try {
			if (context.getExecutionException().isPresent()) {
				screenshot("failed-" + context.getRequiredTestMethod().getName());
			}
		}
		finally {
			browser.quit();
		}
	}

	private static WebDriver start() throws Exception {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
		// Debian's chromium as root needs --no-sandbox; the rest keeps it off the (closed) network. English, so
		// that the assertions on visible text do not depend on the machine's locale.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-US",
				"--user-data-dir=" + Files.createTempDirectory("chromium-e2e"));
		// A click that submits Keycloak's login form navigates across origins (Keycloak, then the gateway); once such
		// a navigation waited for the full load event for the whole 300 s default. The tests wait explicitly for
		// what they need, so the document being parsed is enough, and a stuck load fails within half a minute.
		options.setPageLoadStrategy(PageLoadStrategy.EAGER);
		options.setPageLoadTimeout(Duration.ofSeconds(30));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver")).toFile())
			.build();
		return new ChromeDriver(service, options);
	}

	/**
	 * Opens a page of the UI as a user types its address. Headless Chromium on a busy machine sometimes stops
	 * answering chromedriver during a navigation ("Timed out receiving message from renderer") although the server
	 * answered; a user would press reload, and so does this, once. A page that stays stuck still fails the test.
	 */
	void open(String path) {
		String url = Stack.GATEWAY + path;
		try {
			browser.get(url);
		}
		catch (TimeoutException stuck) {
			System.err.println("Navigation to " + path + " got no answer from the renderer within 30 s; loading it again");
			browser.navigate().to(url);
		}
	}

	/** Through the gateway's redirect to the real Keycloak login page, back to the UI, signed in as the user. */
	void logIn(String username) {
		open("/");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(Stack.DEMO_PASSWORD);
		browser.findElement(By.id("kc-login")).click();
		wait.until(ExpectedConditions.urlContains(Stack.GATEWAY.replace("http://", "")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=username]"),
				username));
	}

	/**
	 * As a user does it: the logout button ends the gateway session and, through Keycloak's end-session page, the
	 * Keycloak session; the browser lands on Keycloak's login page again, which is what proves both are gone.
	 */
	void logOut() {
		browser.findElement(By.cssSelector("[data-testid=logout]")).click();
		wait.until(ExpectedConditions.urlContains(Stack.KEYCLOAK.replace("http://", "")));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
	}

	WebElement visible(String testId) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(byTestId(testId)));
	}

	WebElement clickable(WebElement element) {
		return wait.until(ExpectedConditions.elementToBeClickable(element));
	}

	/** The first real choice of a list filled from reference data, once the list has loaded. */
	void chooseFirst(WebElement select) {
		Select choices = new Select(select);
		wait.until(d -> choices.getOptions().size() > 1);
		choices.selectByIndex(1);
	}

	static By byTestId(String testId) {
		return By.cssSelector("[data-testid='" + testId + "']");
	}

	/**
	 * Date inputs take typed keys in the browser's locale format; setting the ISO value through the element's
	 * native setter (and the input event React listens to) is locale-proof and still goes through the form's
	 * own change handling and validation.
	 */
	void setDate(WebElement input, String isoDate) {
		((JavascriptExecutor) browser).executeScript(
				"const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;"
						+ "setter.call(arguments[0], arguments[1]);"
						+ "arguments[0].dispatchEvent(new Event('input', { bubbles: true }));"
						+ "arguments[0].dispatchEvent(new Event('change', { bubbles: true }));",
				input, isoDate);
	}

	void screenshot(String name) throws Exception {
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

	/** A screenshot of the whole page, not just the window: the case page is long. */
	void fullPageScreenshot(String name) throws Exception {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		long height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
		Dimension window = browser.manage().window().getSize();
		browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 150, 12000)));
		try {
			screenshot(name);
		}
		finally {
			browser.manage().window().setSize(window);
		}
	}

}
