package org.scfcodes.handler;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.scfcodes.catalog.CodeCatalog;
import org.scfcodes.data.ReloadableFile;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Validates handlers for runtimes, optionally against their code package.
 */
@Component
public class HandlerValidator {

	private final ReloadableFile<CodeCatalog> catalogFile;

	private final Runtimes runtimes;

	private final FindingTexts texts;

	private final PackageLimits limits;

	HandlerValidator(ReloadableFile<CodeCatalog> catalogFile, PackageLimits limits) {
		this.catalogFile = catalogFile;
		this.limits = limits;
		this.runtimes = Runtimes.load(new ClassPathResource("handler/runtimes.yaml"));
		this.texts = FindingTexts.load(new ClassPathResource("handler/findings.yaml"));
		catalogFile.check(this.texts::requireStatusesIn);
	}

	public Runtimes runtimes() {
		return this.runtimes;
	}

	/**
	 * Checks a handler; {@code packageBytes} may be {@code null} when no package was
	 * given.
	 */
	public ValidationReport validate(String runtimeName, String handler, @Nullable String functionType,
			byte @Nullable [] packageBytes, @Nullable String filename) {
		Runtime runtime = this.runtimes.find(runtimeName);
		if (runtime == null) {
			throw new UnknownValueException("runtime", runtimeName, this.runtimes.identifiers());
		}
		FunctionType type = FunctionType.parse(functionType);
		if (type == null) {
			throw new UnknownValueException("function type", functionType, List.of("event", "web", "http", "image"));
		}
		ZipPackage zip = (packageBytes != null) ? ZipPackage.read(packageBytes, this.limits) : null;
		CodeCatalog catalog = this.catalogFile.current();
		Findings findings = new Findings(this.texts, catalog, runtime);
		HandlerSyntax.Result syntax = checkSyntax(runtime, handler, type, findings);
		String fromPackage = (zip != null) ? new PackageCheck(zip, findings).check(runtime, type, syntax.parts())
				: null;
		String suggestion = findings.hasErrors()
				? firstPassing(runtime, handler, findings, fromPackage, syntax.corrected()) : null;
		PackageSummary summary = (zip != null) ? new PackageSummary(filename, packageBytes.length, zip.entries().size())
				: null;
		return new ValidationReport(!findings.hasErrors(), runtime, handler, type.id(), syntax.parts(), findings.list(),
				suggestion, summary);
	}

	private static HandlerSyntax.Result checkSyntax(Runtime runtime, String handler, FunctionType type,
			Findings findings) {
		if (type == FunctionType.EVENT) {
			return HandlerSyntax.check(runtime, handler, findings);
		}
		findings.add((type == FunctionType.WEB) ? Rule.NOT_USED_WEB : Rule.NOT_USED_IMAGE, null);
		return new HandlerSyntax.Result(null, null);
	}

	/**
	 * The first candidate, other than the handler itself, that passes the handler checks
	 * on its own.
	 */
	private static @Nullable String firstPassing(Runtime runtime, String handler, Findings findings,
			@Nullable String... candidates) {
		for (String candidate : candidates) {
			if (candidate != null && !candidate.isEmpty() && !candidate.equals(handler)) {
				Findings trial = findings.fresh(runtime);
				HandlerSyntax.check(runtime, candidate, trial);
				if (!trial.hasErrors()) {
					return candidate;
				}
			}
		}
		return null;
	}

}
