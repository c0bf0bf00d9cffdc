package org.scfcodes.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.scfcodes.text.Labels;
import org.scfcodes.text.Language;
import org.scfcodes.text.PlainText;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes {@link PlainText} answers as UTF-8 {@code text/plain}, in the request's language.
 */
class PlainTextMessageConverter extends AbstractHttpMessageConverter<PlainText> {

	private final MessageSource messages;

	PlainTextMessageConverter(MessageSource messages) {
		super(StandardCharsets.UTF_8, new MediaType("text", "plain", StandardCharsets.UTF_8));
		this.messages = messages;
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
	protected void writeInternal(PlainText answer, HttpOutputMessage outputMessage) throws IOException {
		Labels labels = new Labels(this.messages, Language.of(LocaleContextHolder.getLocale()));
		outputMessage.getBody().write(answer.toPlainText(labels).getBytes(StandardCharsets.UTF_8));
	}

}
