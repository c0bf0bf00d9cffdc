package org.scfcodes.data;

import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.defs.NotBlankDef;
import org.scfcodes.text.Text;

/**
 * The one way a data file is checked, each failure naming the file, the entry and the
 * field: the field rules declared on a document's records (Bean Validation), then the
 * loader's pass over what crosses entries and files.
 */
public final class Fields {

	private static final Validator VALIDATOR = validator();

	private final String file;

	public Fields(String file) {
		this.file = file;
	}

	/**
	 * The failure of an entry ({@code at} ends with ": ", or is empty for the file as a
	 * whole).
	 */
	public DataFileException fail(String at, String message) {
		return new DataFileException(this.file + ": " + at + message);
	}

	/**
	 * A document or one of its entries, as read, once the field rules declared on its
	 * records hold.
	 */
	public <T> T valid(T document, String at) {
		Set<ConstraintViolation<T>> violations = VALIDATOR.validate(document);
		violations.stream()
			.min(Comparator.comparing((ConstraintViolation<T> violation) -> violation.getPropertyPath().toString())
				.thenComparing(ConstraintViolation::getMessage))
			.ifPresent((violation) -> {
				throw fail(at, describe(violation));
			});
		return document;
	}

	/** What a reference names, which must be defined. */
	public <T> T lookup(Map<String, T> known, String id, String field, String at) {
		T value = known.get(id);
		if (value == null) {
			throw fail(at, "'" + field + "' names '" + id + "', which is not defined");
		}
		return value;
	}

	/**
	 * The validator of the documents. The bilingual text's rule (both languages given) is
	 * declared here rather than on {@link Text}, which answers carry too: their JSON
	 * schema is not the files'.
	 */
	private static Validator validator() {
		HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure();
		ConstraintMapping text = configuration.createConstraintMapping();
		text.type(Text.class).field("en").constraint(new NotBlankDef()).field("zh").constraint(new NotBlankDef());
		return configuration.addMapping(text).buildValidatorFactory().getValidator();
	}

	/**
	 * A broken rule in words: a missing value as such, a message that names its fields
	 * (it quotes one) as it is, any other message after the field it is about (for a rule
	 * across fields, the record that declares it).
	 */
	private static String describe(ConstraintViolation<?> violation) {
		Class<? extends Annotation> rule = violation.getConstraintDescriptor().getAnnotation().annotationType();
		String field = field(violation.getPropertyPath());
		String message = violation.getMessage();
		if (message.startsWith("must not be")) {
			return ((rule == NotNull.class) ? "missing field '" : "missing or empty field '") + field + "'";
		}
		if (message.contains("'")) {
			return message;
		}
		if (rule == AssertTrue.class) {
			field = field.contains(".") ? field.substring(0, field.lastIndexOf('.')) : "";
		}
		return field.isEmpty() ? message : "'" + field + "' " + message;
	}

	/**
	 * A property path as the file writes it: kebab-case names and map keys, list
	 * positions left out.
	 */
	private static String field(Path path) {
		StringBuilder field = new StringBuilder();
		for (Path.Node node : path) {
			if (node.getKey() != null) {
				field.append('.').append(node.getKey());
			}
			if (node.getName() != null && !node.getName().startsWith("<")) {
				field.append('.').append(StrictYaml.kebab(node.getName()));
			}
		}
		return (field.length() > 0) ? field.substring(1) : "";
	}

}
