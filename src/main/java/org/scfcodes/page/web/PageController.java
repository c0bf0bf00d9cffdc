package org.scfcodes.page.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Hidden;
import org.jspecify.annotations.Nullable;
import org.scfcodes.apierror.ApiErrorCatalog;
import org.scfcodes.catalog.CodeCatalog;
import org.scfcodes.data.ReloadableFile;
import org.scfcodes.equivalent.Equivalents;
import org.scfcodes.page.Page;
import org.scfcodes.text.Labels;
import org.scfcodes.text.Language;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page, written on the server for every address ({@code /?code=433},
 * {@code /?api-error=…}, {@code /?q=…}) so that it reads without the script, in a chat
 * preview and in a screen reader; in the language the API would answer in
 * ({@code ?lang=}, else {@code Accept-Language}). Not part of the API's contract.
 */
@Hidden
@Controller
class PageController {

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private final ReloadableFile<CodeCatalog> codes;

	private final ReloadableFile<ApiErrorCatalog> apiErrors;

	private final ReloadableFile<Equivalents> equivalents;

	private final MessageSource messages;

	PageController(ReloadableFile<CodeCatalog> codes, ReloadableFile<ApiErrorCatalog> apiErrors,
			ReloadableFile<Equivalents> equivalents, MessageSource messages) {
		this.codes = codes;
		this.apiErrors = apiErrors;
		this.equivalents = equivalents;
		this.messages = messages;
	}

	@GetMapping({ "/", "/index.html" })
	ResponseEntity<String> page(@RequestParam(required = false) @Nullable String code,
			@RequestParam(name = "api-error", required = false) @Nullable String apiError,
			@RequestParam(name = "q", required = false) @Nullable String words, Locale locale) {
		Page page = new Page(this.codes.current(), this.apiErrors.current(), this.equivalents.current());
		Labels labels = new Labels(this.messages, Language.of(locale));
		return ResponseEntity.ok()
			.contentType(HTML)
			.cacheControl(CacheControl.noCache())
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.body(page.render(labels, code, apiError, words));
	}

}
