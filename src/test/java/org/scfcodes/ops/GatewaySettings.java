package org.scfcodes.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPPathMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import tools.jackson.databind.JsonNode;

/**
 * The gateway's settings in {@code k8s/} as NGINX configuration, laid out as NGINX
 * Gateway Fabric 2.6 lays out what it generates: the SnippetsPolicy's snippets in their
 * contexts, the RateLimitPolicy's {@code limit_req_zone} in http and its
 * {@code limit_req} in the server of the Gateway it targets, the ProxySettingsPolicy's
 * timeouts there too, and one location per path match of each HTTPRoute with its route's
 * ClientSettingsPolicy (a PathPrefix {@code /p} as {@code location /p/} and
 * {@code location = /p}, as {@code internal/controller/nginx/config/servers.go} of its
 * 2.6.7 writes it). What NGINX Gateway Fabric adds of its own (TLS, its status and health
 * locations, upstream keepalives) is left out.
 */
final class GatewaySettings {

	private GatewaySettings() {
	}

	static String snippet(String context) {
		for (JsonNode snippet : policy("SnippetsPolicy").path("spec").path("snippets")) {
			if (snippet.path("context").asString().equals(context)) {
				return snippet.path("value").asString();
			}
		}
		throw new AssertionError("No snippet for " + context);
	}

	static JsonNode rateLimitRule() {
		return policy("RateLimitPolicy").path("spec").path("rateLimit").path("local").path("rules").get(0);
	}

	/**
	 * An NGINX configuration that listens on 127.0.0.1 and proxies to the service, its
	 * files in the directory.
	 */
	static String nginxConfiguration(Path directory, int listen, int upstream) {
		JsonNode rateLimit = policy("RateLimitPolicy").path("spec").path("rateLimit");
		JsonNode rule = rateLimitRule();
		JsonNode timeout = policy("ProxySettingsPolicy").path("spec").path("timeout");
		StringBuilder locations = new StringBuilder();
		for (HTTPRoute route : Manifests.every(manifests(), HTTPRoute.class)) {
			JsonNode body = clientSettings(route.getMetadata().getName()).path("spec").path("body");
			for (var routeRule : route.getSpec().getRules()) {
				for (var match : routeRule.getMatches()) {
					for (String location : locations(match.getPath())) {
						locations.append("""
								        location %s {
								            client_max_body_size %s;
								            client_body_timeout %s;
								%s
								            proxy_pass http://127.0.0.1:%d;
								        }
								""".formatted(location, body.path("maxSize").asString(),
								body.path("timeout").asString(), indent(snippet("http.server.location"), 12),
								upstream));
					}
				}
			}
		}
		String http = snippet("http").replace("/var/cache/nginx", directory.resolve("cache").toString());
		return """
				# the workers as the test's user, who owns the directory (ignored, with a warning, when not root)
				user root;
				worker_processes 1;
				daemon off;
				pid %1$s/nginx.pid;
				error_log %1$s/error.log warn;
				events {
				    worker_connections 256;
				}
				http {
				    access_log off;
				    client_body_temp_path %1$s/body;
				    proxy_temp_path %1$s/proxy;
				    fastcgi_temp_path %1$s/fastcgi;
				    uwsgi_temp_path %1$s/uwsgi;
				    scgi_temp_path %1$s/scgi;
				%2$s
				    limit_req_zone %3$s zone=rate:%4$s rate=%5$s;
				    server {
				        listen 127.0.0.1:%6$d;
				%7$s
				        limit_req zone=rate burst=%8$d%9$s;
				        limit_req_status %10$d;
				        proxy_connect_timeout %11$s;
				        proxy_read_timeout %12$s;
				        proxy_send_timeout %13$s;
				        proxy_http_version 1.1;
				        # the test's own, to see where an answer came from
				        add_header X-Cache-Status $upstream_cache_status always;
				%14$s    }
				}
				""".formatted(directory, indent(http, 4), rule.path("key").asString(), rule.path("zoneSize").asString(),
				rule.path("rate").asString(), listen, indent(snippet("http.server"), 8), rule.path("burst").asInt(),
				rule.path("noDelay").asBoolean() ? " nodelay" : "", rateLimit.path("rejectCode").asInt(503),
				timeout.path("connect").asString(), timeout.path("read").asString(), timeout.path("send").asString(),
				locations);
	}

	private static List<String> locations(HTTPPathMatch match) {
		return switch (match.getType()) {
			case "Exact" -> List.of("= " + match.getValue());
			case "PathPrefix" -> List.of("= " + match.getValue(), match.getValue() + "/");
			default -> throw new AssertionError("Unexpected path match " + match.getType());
		};
	}

	private static String indent(String lines, int spaces) {
		return lines.strip().lines().map((line) -> " ".repeat(spaces) + line).reduce((a, b) -> a + "\n" + b).orElse("");
	}

	private static JsonNode clientSettings(String route) {
		return policies("ClientSettingsPolicy").stream()
			.filter((policy) -> policy.path("spec").path("targetRef").path("name").asString().equals(route))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No ClientSettingsPolicy for " + route));
	}

	private static JsonNode policy(String kind) {
		List<JsonNode> found = policies(kind);
		if (found.size() != 1) {
			throw new AssertionError("Expected one " + kind + ", found " + found.size());
		}
		return found.get(0);
	}

	private static List<JsonNode> policies(String kind) {
		return manifests().entrySet()
			.stream()
			.filter((entry) -> entry.getValue() instanceof GenericKubernetesResource
					&& entry.getValue().getKind().equals(kind))
			.map((entry) -> tree(entry.getKey()))
			.toList();
	}

	private static Map<String, HasMetadata> manifests() {
		try {
			return Manifests.all();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static JsonNode tree(String file) {
		try {
			return Manifests.tree(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
