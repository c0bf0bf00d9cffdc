package org.scfcodes.http;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only so many uploads at once: one more meanwhile is refused unread with 503, and the
 * permit comes back after.
 */
class UploadLimitFilterTests {

	private final UploadLimitFilter filter = new UploadLimitFilter(1,
			new Problems(JsonMapper.builder().build(), messages()));

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Test
	void anUploadWhileTheLimitIsReachedIsRefusedAndTheNextOneAfterIsServed() throws Exception {
		AtomicReference<MockHttpServletResponse> meanwhile = new AtomicReference<>();
		MockFilterChain first = new MockFilterChain(new HttpServlet() {

			@Override
			protected void service(HttpServletRequest request, HttpServletResponse response) {
				meanwhile.set(send(upload()));
			}

		});
		this.filter.doFilter(upload(), new MockHttpServletResponse(), first);

		MockHttpServletResponse refused = meanwhile.get();
		assertThat(refused.getStatus()).isEqualTo(503);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
		assertThat(refused.getHeader("Connection")).isEqualTo("close");
		assertThat(refused.getContentType()).isEqualTo("application/problem+json");
		assertThat(refused.getContentAsString()).contains("\"status\":503")
			.contains("\"limit\":1")
			.contains("\"title\":\"Too many uploads at once\"");

		MockFilterChain after = new MockFilterChain();
		MockHttpServletRequest next = upload();
		this.filter.doFilter(next, new MockHttpServletResponse(), after);
		assertThat(after.getRequest()).isSameAs(next);
	}

	@Test
	void otherRequestsAreNotCounted() throws Exception {
		AtomicReference<MockFilterChain> inner = new AtomicReference<>();
		MockHttpServletRequest json = new MockHttpServletRequest("POST", "/handler/validate");
		json.setContentType("application/json");
		MockFilterChain outer = new MockFilterChain(new HttpServlet() {

			@Override
			protected void service(HttpServletRequest request, HttpServletResponse response)
					throws IOException, ServletException {
				MockFilterChain chain = new MockFilterChain();
				UploadLimitFilterTests.this.filter.doFilter(json, new MockHttpServletResponse(), chain);
				inner.set(chain);
			}

		});
		this.filter.doFilter(upload(), new MockHttpServletResponse(), outer);
		assertThat(inner.get().getRequest()).isSameAs(json);
	}

	private MockHttpServletResponse send(MockHttpServletRequest request) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		try {
			this.filter.doFilter(request, response, new MockFilterChain());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return response;
	}

	private static MockHttpServletRequest upload() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/handler/validate");
		request.setContentType("multipart/form-data; boundary=x");
		return request;
	}

}
