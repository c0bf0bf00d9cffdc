package org.scfcodes.http;

import java.util.regex.Pattern;

import io.micrometer.common.KeyValue;

import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * The request observation as Spring names it, but with each {@code uri} tag written
 * without the patterns that constrain its variables: {@code /codes/{status}}, whatever a
 * mapping requires of {@code status}, so that a dashboard's query does not change when a
 * mapping's constraint does.
 */
class UriTemplateConvention extends DefaultServerRequestObservationConvention {

	/**
	 * A variable's constraint: from the colon after its name to its closing brace
	 * (constraints hold no braces).
	 */
	private static final Pattern CONSTRAINT = Pattern.compile("\\{(\\w+):[^{}]*}");

	UriTemplateConvention(String name) {
		super(name);
	}

	@Override
	protected KeyValue uri(ServerRequestObservationContext context) {
		KeyValue uri = super.uri(context);
		return (uri.getValue().indexOf(':') < 0) ? uri
				: KeyValue.of(uri.getKey(), CONSTRAINT.matcher(uri.getValue()).replaceAll("{$1}"));
	}

}
