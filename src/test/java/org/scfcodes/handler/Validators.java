package org.scfcodes.handler;

import org.scfcodes.catalog.CatalogLoader;

import org.springframework.core.io.ClassPathResource;
import org.springframework.util.unit.DataSize;

/**
 * A validator over the embedded data, for tests that need no Spring context.
 */
final class Validators {

	static final PackageLimits LIMITS = new PackageLimits(100, DataSize.ofMegabytes(1), DataSize.ofKilobytes(64));

	private Validators() {
	}

	static HandlerValidator validator() {
		return new HandlerValidator(CatalogLoader.FILE.at(new ClassPathResource("catalog/status-codes.yaml")), LIMITS);
	}

}
