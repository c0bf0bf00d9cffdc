package org.scfcodes.handler;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;

/**
 * Reads the public methods of a compiled class, without loading it.
 */
final class JavaClasses {

	private JavaClasses() {
	}

	/**
	 * The names of the class's public methods other than constructors, or {@code null} if
	 * it is not a class file.
	 */
	static @Nullable Set<String> publicMethods(byte[] classFile) {
		Set<String> methods = new LinkedHashSet<>();
		try {
			new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {

				@Override
				public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
						String[] exceptions) {
					if ((access & Opcodes.ACC_PUBLIC) != 0 && !name.startsWith("<")) {
						methods.add(name);
					}
					return null;
				}

			}, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
		}
		catch (RuntimeException ex) {
			return null;
		}
		return methods;
	}

}
