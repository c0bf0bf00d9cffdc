package org.scfcodes.web;

import java.nio.charset.StandardCharsets;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

/**
 * Writes {@link PlainText} answers as {@code text/plain} in the request's language.
 */
@Component
class PlainTextMessageConverter extends AbstractHttpMessageConverter<PlainText> {

	PlainTextMessageConverter() {
		super(StandardCharsets.UTF_8, new MediaType("text", "plain", StandardCharsets.UTF_8));
	}

	@Override
	protected boolean supports(Class<?> clazz) {
		return PlainText.class.isAssignableFrom(clazz);
	}

	@Override
	protected boolean canRead(MediaType mediaType) {
		return false;
	}

	@Override
	protected PlainText readInternal(Class<? extends PlainText> clazz, HttpInputMessage inputMessage) {
		throw new HttpMessageNotReadableException("Plain-text answers are not read", inputMessage);
	}

	@Override
	protected void writeInternal(PlainText answer, HttpOutputMessage outputMessage) throws java.io.IOException {
		Language language = Language.of(LocaleContextHolder.getLocale());
		outputMessage.getBody().write(answer.toPlainText(language).getBytes(StandardCharsets.UTF_8));
	}

}
