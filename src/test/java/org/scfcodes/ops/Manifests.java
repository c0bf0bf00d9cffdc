package org.scfcodes.ops;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The manifests in {@code k8s/}, read with the Kubernetes model (the Gateway API's
 * included), with every field the model does not know reported: the model keeps such a
 * field aside instead of failing, so a misspelt {@code readinesProbe} would otherwise be
 * applied and silently ignored. NGINX Gateway Fabric's policies, which the model has no
 * types for, are read as generic resources and checked against their schema
 * ({@link GatewayPolicies}).
 */
final class Manifests {

	static final Path DIRECTORY = Path.of("k8s");

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of("v1/ConfigMap", ConfigMap.class,
			"v1/Service", Service.class, "apps/v1/Deployment", Deployment.class,
			"autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class, "policy/v1/PodDisruptionBudget",
			PodDisruptionBudget.class, "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
			"gateway.networking.k8s.io/v1/Gateway", Gateway.class, "gateway.networking.k8s.io/v1/HTTPRoute",
			HTTPRoute.class);

	private Manifests() {
	}

	/** The object of a manifest as written, before any model reads it. */
	static JsonNode tree(String file) throws IOException {
		return YAML.readTree(Files.readString(DIRECTORY.resolve(file)));
	}

	/** Every object of every {@code .yaml} file in {@code k8s/}, by file name. */
	static Map<String, HasMetadata> all() throws IOException {
		Map<String, HasMetadata> objects = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(DIRECTORY)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".yaml")).sorted().toList()) {
				objects.put(file.getFileName().toString(), read(Files.readString(file)));
			}
		}
		return objects;
	}

	/** The one object of that type. */
	static <T extends HasMetadata> T one(Map<String, HasMetadata> objects, Class<T> type) {
		List<T> found = objects.values().stream().filter(type::isInstance).map(type::cast).toList();
		if (found.size() != 1) {
			throw new AssertionError("Expected one " + type.getSimpleName() + " in k8s/, found " + found.size());
		}
		return found.get(0);
	}

	/** The objects of that type. */
	static <T extends HasMetadata> List<T> every(Map<String, HasMetadata> objects, Class<T> type) {
		return objects.values().stream().filter(type::isInstance).map(type::cast).toList();
	}

	/**
	 * Reads one manifest as the model type its apiVersion and kind name; a resource of
	 * NGINX Gateway Fabric as a generic one.
	 */
	static HasMetadata read(String yaml) {
		JsonNode node = YAML.readTree(yaml);
		if (GatewayPolicies.isPolicy(node.path("apiVersion").asString())) {
			return YAML.treeToValue(node, GenericKubernetesResource.class);
		}
		String kind = node.path("apiVersion").asString() + "/" + node.path("kind").asString();
		Class<? extends HasMetadata> type = KINDS.get(kind);
		if (type == null) {
			throw new AssertionError("No model for " + kind);
		}
		return YAML.treeToValue(node, type);
	}

	/**
	 * The fields of an object, at any depth, that the model does not know, each by its
	 * path.
	 */
	static List<String> unknownFields(HasMetadata object) {
		if (object instanceof GenericKubernetesResource) {
			throw new IllegalArgumentException(object.getKind() + " has no model; check it with GatewayPolicies");
		}
		List<String> unknown = new ArrayList<>();
		walk(object, "", unknown);
		return unknown;
	}

	private static void walk(Object value, String path, List<String> unknown) {
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, item) -> walk(item, path + "." + key, unknown));
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				walk(list.get(i), path + "[" + i + "]", unknown);
			}
		}
		else if (value != null && value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
			for (Class<?> type = value.getClass(); type != Object.class; type = type.getSuperclass()) {
				for (Field field : type.getDeclaredFields()) {
					if (Modifier.isStatic(field.getModifiers())) {
						continue;
					}
					Object fieldValue = get(field, value);
					if (field.getName().equals("additionalProperties")) {
						((Map<?, ?>) fieldValue).keySet().forEach((key) -> unknown.add(path + "." + key));
					}
					else {
						walk(fieldValue, path + "." + field.getName(), unknown);
					}
				}
			}
		}
	}

	private static Object get(Field field, Object owner) {
		try {
			field.setAccessible(true);
			return field.get(owner);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
