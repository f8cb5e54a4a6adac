package org.childprotect.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 from the security filters as RFC 9457 bodies, like every other error of the API. Written by hand
 * because these responses leave the filter chain before any message converter is reached.
 */
final class ProblemResponses {

	private ProblemResponses() {
	}

	static AuthenticationEntryPoint unauthorized() {
		return (request, response, exception) -> {
			response.setHeader("WWW-Authenticate", "Bearer");
			write(request, response, HttpStatus.UNAUTHORIZED, "A valid bearer token is required.");
		};
	}

	static AccessDeniedHandler forbidden() {
		return (request, response, exception) -> write(request, response, HttpStatus.FORBIDDEN,
				"Your role does not allow this action.");
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + detail + "\",\"instance\":\""
					+ jsonEscape(request.getRequestURI()) + "\"}");
	}

	private static String jsonEscape(String value) {
		StringBuilder out = new StringBuilder(value.length());
		for (char c : value.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
