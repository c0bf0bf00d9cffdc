package org.scfcodes.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

/**
 * Writes {@link Rendered} answers: their JSON bytes, or their text in the request's language, as they are.
 */
@Component
class RenderedMessageConverter extends AbstractHttpMessageConverter<Rendered> {

	private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

	RenderedMessageConverter() {
		setSupportedMediaTypes(List.of(MediaType.APPLICATION_JSON, TEXT));
	}

	@Override
	protected boolean supports(Class<?> clazz) {
		return Rendered.class == clazz;
	}

	@Override
	protected boolean canRead(MediaType mediaType) {
		return false;
	}

	@Override
	protected Rendered readInternal(Class<? extends Rendered> clazz, HttpInputMessage inputMessage) {
		throw new HttpMessageNotReadableException("Rendered answers are not read", inputMessage);
	}

	@Override
	protected void addDefaultHeaders(HttpHeaders headers, Rendered answer, MediaType contentType) throws IOException {
		boolean text = contentType != null && TEXT.isCompatibleWith(contentType) && contentType.getCharset() == null;
		super.addDefaultHeaders(headers, answer, text ? TEXT : contentType);
	}

	@Override
	protected Long getContentLength(Rendered answer, MediaType contentType) {
		return (long) bytes(answer, contentType).length;
	}

	@Override
	protected void writeInternal(Rendered answer, HttpOutputMessage outputMessage) throws IOException {
		outputMessage.getBody().write(bytes(answer, outputMessage.getHeaders().getContentType()));
	}

	private static byte[] bytes(Rendered answer, MediaType contentType) {
		return (contentType != null && TEXT.isCompatibleWith(contentType))
				? answer.text(Language.of(LocaleContextHolder.getLocale())) : answer.json();
	}

}
