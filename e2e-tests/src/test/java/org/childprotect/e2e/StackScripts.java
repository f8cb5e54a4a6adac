package org.childprotect.e2e;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Stops and starts single components of the running stack through bin/, as an operator would. */
final class StackScripts {

	private StackScripts() {
	}

	/**
	 * @param environment added to the script's environment; a started service reads its configuration from it
	 */
	static void run(String command, String component, Map<String, String> environment) {
		try {
			ProcessBuilder builder = new ProcessBuilder(Stack.ROOT.resolve("bin").resolve(command).toString(),
					component)
				.directory(Stack.ROOT.toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.INHERIT);
			builder.environment().putAll(environment);
			Process process = builder.start();
			if (!process.waitFor(180, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("bin/" + command + " " + component + " did not finish in 180 s");
			}
			assertThat(process.exitValue()).as("bin/" + command + " " + component).isZero();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
