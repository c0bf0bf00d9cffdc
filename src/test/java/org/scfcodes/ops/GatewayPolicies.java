package org.scfcodes.ops;

import java.util.ArrayList;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

/**
 * NGINX Gateway Fabric's policy resources checked against the schema of the fields
 * {@code k8s/} uses, written from the CRDs of its release 2.6.7
 * ({@code src/test/resources/gateway/nginx-gateway-fabric-policies.schema.json}).
 */
final class GatewayPolicies {

	private static final String GROUP = "gateway.nginx.org/";

	private static final String SCHEMA = "classpath:gateway/nginx-gateway-fabric-policies.schema.json";

	private static final SchemaRegistry REGISTRY = SchemaRegistry
		.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	private GatewayPolicies() {
	}

	static boolean isPolicy(String apiVersion) {
		return apiVersion.startsWith(GROUP);
	}

	/**
	 * What the CRD would refuse or prune in a policy as written, each as the schema
	 * validator words it.
	 */
	static List<String> violations(JsonNode node) {
		Schema schema = REGISTRY.getSchema(SchemaLocation.of(SCHEMA + "#/$defs/" + node.path("kind").asString()));
		List<String> violations = new ArrayList<>();
		for (Error error : schema.validate(node)) {
			violations.add(error.toString());
		}
		// A CEL rule of SnippetsPolicy's CRD: "Only one snippet allowed per context"
		List<String> contexts = new ArrayList<>();
		node.path("spec").path("snippets").forEach((snippet) -> contexts.add(snippet.path("context").asString()));
		if (contexts.size() != contexts.stream().distinct().count()) {
			violations.add("only one snippet allowed per context: " + contexts);
		}
		return violations;
	}

}
