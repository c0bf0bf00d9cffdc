package org.scfcodes.http;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The methods a path allows, as its mappings declare them, with HEAD beside GET and
 * OPTIONS on every path: what {@code Allow} says on a 405, on a plain OPTIONS and on a
 * passed CORS preflight alike.
 */
final class AllowedMethods {

	private static final List<RequestMethod> ORDER = List.of(RequestMethod.GET, RequestMethod.HEAD, RequestMethod.POST,
			RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE, RequestMethod.OPTIONS);

	private final ObjectProvider<RequestMappingHandlerMapping> mappings;

	AllowedMethods(ObjectProvider<RequestMappingHandlerMapping> mappings) {
		this.mappings = mappings;
	}

	/**
	 * The {@code Allow} value of the request's path, or {@code null} when no mapping has
	 * the path.
	 */
	@Nullable String of(HttpServletRequest request) {
		return of(request.getRequestURI());
	}

	/**
	 * The {@code Allow} value of a path, or {@code null} when no mapping has the path. A
	 * segment that is empty, or only matrix parameters ({@code /api-errors/;x=1}), counts
	 * as a segment, as OPTIONS answers for any.
	 */
	@Nullable String of(String path) {
		StringBuilder segments = new StringBuilder();
		for (String segment : path.split("/", -1)) {
			int parameters = segment.indexOf(';');
			String value = (parameters >= 0) ? segment.substring(0, parameters) : segment;
			if (segments.length() > 0 || !value.isEmpty()) {
				segments.append('/').append(value.isEmpty() ? "_" : value);
			}
		}
		PathContainer container = PathContainer.parsePath(segments.isEmpty() ? "/" : segments.toString());
		Set<RequestMethod> methods = new TreeSet<>((a, b) -> ORDER.indexOf(a) - ORDER.indexOf(b));
		for (RequestMappingInfo info : this.mappings.getObject().getHandlerMethods().keySet()) {
			PathPatternsRequestCondition paths = info.getPathPatternsCondition();
			if (paths != null && paths.getPatterns().stream().anyMatch((pattern) -> pattern.matches(container))) {
				methods.addAll(info.getMethodsCondition().getMethods());
			}
		}
		if (methods.isEmpty()) {
			return null;
		}
		if (methods.contains(RequestMethod.GET)) {
			methods.add(RequestMethod.HEAD);
		}
		methods.add(RequestMethod.OPTIONS);
		return String.join(",", methods.stream().map(RequestMethod::name).toList());
	}

}
