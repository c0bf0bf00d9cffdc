package org.scfcodes.handler;

import org.springframework.asm.ClassWriter;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;

/**
 * Compiled classes for package tests, written with ASM.
 */
final class TestClasses {

	private TestClasses() {
	}

	/** A class with one public method and one private method. */
	static byte[] withMethods(String internalName, String publicMethod, String privateMethod) {
		ClassWriter writer = new ClassWriter(0);
		writer.visit(Opcodes.V1_8, Opcodes.ACC_PUBLIC, internalName, null, "java/lang/Object", null);
		method(writer, Opcodes.ACC_PUBLIC, "<init>");
		method(writer, Opcodes.ACC_PUBLIC, publicMethod);
		method(writer, Opcodes.ACC_PRIVATE, privateMethod);
		writer.visitEnd();
		return writer.toByteArray();
	}

	private static void method(ClassWriter writer, int access, String name) {
		MethodVisitor method = writer.visitMethod(access, name, "()V", null, null);
		method.visitCode();
		method.visitInsn(Opcodes.RETURN);
		method.visitMaxs(0, 1);
		method.visitEnd();
	}

}
