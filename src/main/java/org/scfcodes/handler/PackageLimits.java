package org.scfcodes.handler;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on the code packages the handler validator reads. The upload size itself is
 * {@code spring.servlet.multipart.max-file-size}.
 *
 * @param maxEntries the most files and folders a package may list
 * @param maxUncompressedSize the most a package may declare once unzipped (SCF allows 500
 * MB of code)
 * @param maxEntrySize the most that is inflated of the one entry being read (entry file,
 * class, bootstrap)
 */
@ConfigurationProperties("scf-codes.handler.package")
public record PackageLimits(@DefaultValue("10000") int maxEntries, @DefaultValue("500MB") DataSize maxUncompressedSize,
		@DefaultValue("8MB") DataSize maxEntrySize) {

	long maxUncompressedBytes() {
		return this.maxUncompressedSize.toBytes();
	}

	long maxEntryBytes() {
		return this.maxEntrySize.toBytes();
	}

}
