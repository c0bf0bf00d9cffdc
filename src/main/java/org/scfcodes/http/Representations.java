package org.scfcodes.http;

import java.lang.reflect.Executable;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.scfcodes.text.Language;
import org.scfcodes.text.Printable;
import org.scfcodes.text.Suggestions;

import io.swagger.v3.oas.annotations.enums.ParameterIn;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Decides each request's {@link Representation} in one place: JSON or text from
 * {@code ?format=}, else from {@code Accept} (by quality, JSON for anything else), text
 * for curl, Wget and HTTPie when they accept anything; the language from {@code ?lang=}
 * ({@code en} or {@code zh}), else from the first of {@code Accept-Language} the service
 * speaks, else English. Handlers take it as an argument, which also checks it against
 * what the handler produces (406) and refuses a {@code format} or {@code lang} the
 * service does not know (406 and 400) and a query parameter given twice (400); the locale
 * of Spring's messages is the same language.
 */
final class Representations implements HandlerMethodArgumentResolver, LocaleResolver {

	private static final String ATTRIBUTE = Representation.class.getName();

	private static final List<String> FORMATS = List.of("json", "text");

	private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

	private static final List<String> LANGUAGES = List.of("en", "zh");

	/** The product tokens of command-line clients, as their User-Agent starts. */
	private static final List<String> TERMINAL_CLIENTS = List.of("curl/", "wget/", "httpie/");

	/** The query parameters each handler takes, read from its signature once. */
	private final Map<Executable, Declared> parameters = new ConcurrentHashMap<>();

	/** What each handler produces, read from its mapping once. */
	private final Map<Executable, List<MediaType>> produced = new ConcurrentHashMap<>();

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Representation.class;
	}

	@Override
	public Representation resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
			NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) throws Exception {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		List<MediaType> produced = produced(parameter);
		Representation chosen = of(request);
		if (chosen.text() && !producesText(produced) && queryParameter(request, "format") == null
				&& accepted(request).stream().allMatch(MediaType::isWildcardType)) {
			// text was only the terminal's default: an answer that has no text form is
			// JSON, and so are its problems
			request.setAttribute(ATTRIBUTE, new Representation(false, chosen.language(), chosen.page()));
		}
		Declared declared = this.parameters.computeIfAbsent(parameter.getExecutable(), this::parametersOf);
		List<String> known = declared.names();
		List<String> sent = queryNames(request);
		String repeated = repeatedParameter(sent, declared.repeatable());
		if (repeated != null) {
			throw Problem.of(HttpStatus.BAD_REQUEST, "repeated-parameter", Printable.of(repeated));
		}
		String unknown = unknownParameter(sent, known);
		if (unknown != null) {
			List<String> near = Suggestions.nearest(unknown, known, 1);
			throw Problem
				.variant(HttpStatus.BAD_REQUEST, "unknown-parameter", near.isEmpty() ? null : "near",
						Printable.of(unknown), known, near.isEmpty() ? "" : near.get(0))
				.with("known", known);
		}
		String lang = queryParameter(request, "lang");
		if (lang != null && !LANGUAGES.contains(lang)) {
			throw Problem.of(HttpStatus.BAD_REQUEST, "unknown-language", Printable.of(lang), LANGUAGES)
				.with("accepted", LANGUAGES);
		}
		String format = queryParameter(request, "format");
		if (format != null && !FORMATS.contains(format)) {
			throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN));
		}
		Representation representation = of(request);
		MediaType answered = representation.mediaType();
		if (!produced.isEmpty() && produced.stream().noneMatch((type) -> type.includes(answered))) {
			throw new HttpMediaTypeNotAcceptableException(produced);
		}
		return representation;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return of(request).language().locale();
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		throw new UnsupportedOperationException("The language is chosen per request");
	}

	/**
	 * The request's representation, decided at its first use and kept with the request.
	 */
	static Representation of(HttpServletRequest request) {
		Representation known = (Representation) request.getAttribute(ATTRIBUTE);
		if (known == null) {
			known = new Representation(wantsText(request), language(request), wantsPage(request));
			request.setAttribute(ATTRIBUTE, known);
		}
		return known;
	}

	private static boolean wantsText(HttpServletRequest request) {
		String format = queryParameter(request, "format");
		if (format != null) {
			return format.equals("text");
		}
		List<MediaType> accepted = accepted(request);
		if (accepted.stream().allMatch(MediaType::isWildcardType) && terminal(request)) {
			// curl, Wget and HTTPie send */* unless told otherwise: a person reads the
			// answer
			return true;
		}
		for (MediaType type : accepted) {
			// a client that names the problem type takes its problems, and so everything,
			// as JSON
			if (type.isCompatibleWith(MediaType.APPLICATION_JSON)
					|| type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
				return false;
			}
			if (type.isCompatibleWith(MediaType.TEXT_PLAIN)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a browser navigates to the address: no {@code format} is given and
	 * {@code Accept} names HTML before any other type, as browsers' navigations do.
	 */
	private static boolean wantsPage(HttpServletRequest request) {
		if (queryParameter(request, "format") != null) {
			return false;
		}
		List<MediaType> accepted = accepted(request);
		return !accepted.isEmpty() && accepted.get(0).isCompatibleWith(MediaType.TEXT_HTML)
				&& !accepted.get(0).isWildcardType();
	}

	/**
	 * Whether the request comes from a command-line client that shows the answer to a
	 * person as it comes: curl, Wget or HTTPie, by the product token its
	 * {@code User-Agent} starts with.
	 */
	static boolean terminal(HttpServletRequest request) {
		String agent = request.getHeader(HttpHeaders.USER_AGENT);
		if (agent == null) {
			return false;
		}
		String product = agent.strip().toLowerCase(Locale.ROOT);
		return TERMINAL_CLIENTS.stream().anyMatch(product::startsWith);
	}

	/**
	 * The media types of {@code Accept}, best first ({@code *}/{@code *} when it is
	 * missing or unreadable).
	 */
	static List<MediaType> accepted(HttpServletRequest request) {
		List<String> values = Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
		if (values.isEmpty()) {
			return List.of(MediaType.ALL);
		}
		try {
			List<MediaType> types = new ArrayList<>(MediaType.parseMediaTypes(values));
			MimeTypeUtils.sortBySpecificity(types);
			return types.stream().filter((type) -> type.getQualityValue() > 0).toList();
		}
		catch (InvalidMediaTypeException ex) {
			return List.of(MediaType.ALL);
		}
	}

	private static Language language(HttpServletRequest request) {
		String lang = queryParameter(request, "lang");
		if (lang != null && LANGUAGES.contains(lang)) {
			return Language.valueOf(lang.toUpperCase(Locale.ROOT));
		}
		if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) {
			for (Locale locale : Collections.list(request.getLocales())) {
				Language language = language(locale.getLanguage());
				if (language != null) {
					return language;
				}
			}
		}
		return Language.EN;
	}

	/**
	 * The language a tag names ({@code zh}, {@code zh-CN}, {@code EN}…), or {@code null}.
	 */
	private static @Nullable Language language(String tag) {
		if (tag == null) {
			return null;
		}
		String language = tag.strip().toLowerCase(Locale.ROOT);
		for (Language known : Language.values()) {
			if (language.equals(known.tag()) || language.startsWith(known.tag() + "-")
					|| language.startsWith(known.tag() + "_")) {
				return known;
			}
		}
		return null;
	}

	/**
	 * A parameter of the query string, decoded; never one of a form body, which would be
	 * read (and so consumed) to find it.
	 */
	private static @Nullable String queryParameter(HttpServletRequest request, String name) {
		String query = request.getQueryString();
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String key = (equals >= 0) ? pair.substring(0, equals) : pair;
			if (key.equals(name)) {
				String value = (equals >= 0) ? pair.substring(equals + 1) : "";
				try {
					return URLDecoder.decode(value, StandardCharsets.UTF_8);
				}
				catch (IllegalArgumentException ex) {
					return value;
				}
			}
		}
		return null;
	}

	/**
	 * The query parameters a handler takes, as the contract lists them: those it binds
	 * with {@code @RequestParam} or documents as query parameters, and {@code format} and
	 * {@code lang} where it can answer text.
	 */
	private Declared parametersOf(Executable handler) {
		List<String> names = new ArrayList<>();
		Set<String> repeatable = new HashSet<>();
		for (int i = 0; i < handler.getParameterCount(); i++) {
			MethodParameter declared = MethodParameter.forExecutable(handler, i);
			RequestParam param = declared.getParameterAnnotation(RequestParam.class);
			if (param != null) {
				declared.initParameterNameDiscovery(NAMES);
				String name = !param.name().isEmpty() ? param.name() : declared.getParameterName();
				names.add(name);
				Class<?> type = declared.getParameterType();
				if (type.isArray() || Collection.class.isAssignableFrom(type)) {
					repeatable.add(name);
				}
			}
		}
		for (io.swagger.v3.oas.annotations.Parameter documented : AnnotatedElementUtils
			.findMergedRepeatableAnnotations(handler, io.swagger.v3.oas.annotations.Parameter.class)) {
			if (documented.in() == ParameterIn.QUERY && !names.contains(documented.name())) {
				names.add(documented.name());
			}
		}
		if (producesText(producedBy(handler))) {
			for (String name : List.of("format", "lang")) {
				if (!names.contains(name)) {
					names.add(name);
				}
			}
		}
		return new Declared(List.copyOf(names), Set.copyOf(repeatable));
	}

	/**
	 * The query parameters a handler takes, and those of them it takes as a list, which
	 * may be given more than once.
	 */
	private record Declared(List<String> names, Set<String> repeatable) {
	}

	/**
	 * The first parameter of the query string that the handler does not take, or
	 * {@code null}.
	 */
	private static @Nullable String unknownParameter(List<String> names, List<String> known) {
		for (String sent : names) {
			String name;
			try {
				name = URLDecoder.decode(sent, StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				name = sent;
			}
			if (!known.contains(name)) {
				return name;
			}
		}
		return null;
	}

	/**
	 * The names of the query string's parameters as sent, in order, empty ones left out.
	 */
	private static List<String> queryNames(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query == null) {
			return List.of();
		}
		List<String> names = new ArrayList<>();
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = (equals >= 0) ? pair.substring(0, equals) : pair;
			if (!name.isEmpty()) {
				names.add(name);
			}
		}
		return names;
	}

	/**
	 * A parameter the query string gives more than once that is not a list, or
	 * {@code null}.
	 */
	private static @Nullable String repeatedParameter(List<String> sent, Set<String> repeatable) {
		Set<String> names = new HashSet<>();
		for (String name : sent) {
			if (!names.add(name) && !repeatable.contains(name)) {
				return name;
			}
		}
		return null;
	}

	private static boolean producesText(List<MediaType> produced) {
		return produced.stream().anyMatch((type) -> type.includes(MediaType.TEXT_PLAIN));
	}

	private List<MediaType> produced(MethodParameter parameter) {
		return producedBy(parameter.getExecutable());
	}

	private List<MediaType> producedBy(Executable executable) {
		return this.produced.computeIfAbsent(executable, (handler) -> {
			RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler, RequestMapping.class);
			return (mapping != null) ? MediaType.parseMediaTypes(List.of(mapping.produces())) : List.of();
		});
	}

}
