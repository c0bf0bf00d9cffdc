package org.scfcodes.contract;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;

/**
 * Every MockMvc exchange of the project's web tests is judged against
 * {@code openapi.yaml} (imported into every {@code @AutoConfigureMockMvc} test,
 * {@code @WebMvcTest} slices included, by this module's
 * {@code AutoConfigureMockMvc.imports}): an answer with a status, media type or body the
 * contract does not allow fails the test that got it, whatever the test itself asserts.
 */
@AutoConfiguration
public class ContractValidation {

	@Bean
	MockMvcBuilderCustomizer openApiContract() {
		return (ConfigurableMockMvcBuilder<?> builder) -> builder.alwaysDo(ContractValidation::judge);
	}

	static void judge(MvcResult result) throws Exception {
		MockHttpServletRequest request = result.getRequest();
		MockHttpServletResponse response = result.getResponse();
		if (result.getResolvedException() != null && response.getStatus() == 200) {
			return;
		}
		// a HEAD answer has no body on the wire; MockMvc, which has no container, keeps
		// it
		byte[] body = request.getMethod().equals("HEAD") ? new byte[0] : response.getContentAsByteArray();
		List<String> violations = OpenApiContract.committed()
			.violations(request.getMethod(), request.getRequestURI(), response.getStatus(), response.getContentType(),
					body);
		if (!violations.isEmpty()) {
			throw new AssertionError("The answer breaks openapi.yaml:\n  " + String.join("\n  ", violations));
		}
	}

}
