package org.scfcodes.http;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the capabilities' {@link DirectAnswers} answer a request before the dispatch, and passes on what none of them
 * answers.
 */
class DirectAnswersFilter extends OncePerRequestFilter {

	private final List<DirectAnswers> answers;

	DirectAnswersFilter(List<DirectAnswers> answers) {
		this.answers = List.copyOf(answers);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (DirectAnswers direct : this.answers) {
			if (direct.answer(request, response)) {
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
