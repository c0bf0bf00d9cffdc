package org.scfcodes.handler;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * What a handler names, part by part.
 */
@Schema(description = "The parts a handler names")
public record HandlerParts(
		@Schema(description = "The entry file, with its suffix", example = "index.py") String entryFile,
		@Schema(example = "main_handler") String function, @Schema(example = "example") String javaPackage,
		@Schema(example = "Hello") String javaClass, @Schema(example = "mainHandler") String javaMethod) {

	static HandlerParts file(String entryFile, @Nullable String function) {
		return new HandlerParts(entryFile, function, null, null, null);
	}

	static HandlerParts java(String javaPackage, String javaClass, String javaMethod) {
		String path = (javaPackage.isEmpty() ? "" : javaPackage.replace('.', '/') + "/") + javaClass + ".class";
		return new HandlerParts(path, javaMethod, javaPackage, javaClass, javaMethod);
	}

	String qualifiedClass() {
		return (this.javaPackage == null || this.javaPackage.isEmpty()) ? this.javaClass
				: this.javaPackage + "." + this.javaClass;
	}

}
