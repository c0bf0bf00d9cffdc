package org.scfcodes.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPPathMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Listener;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scfcodes.RunningServiceTest;
import org.scfcodes.catalog.CatalogLoader;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manifests in {@code k8s/} say only what Kubernetes and NGINX Gateway Fabric
 * understand, and agree with the image, the application and each other: labels and
 * selectors, ports, probes that answer, a shutdown that fits in the grace period, a drain
 * the disruption budget allows, the image's user, the catalog where the service looks for
 * it, the routes of every path of the contract and the gateway's limits.
 * {@code -Dk8s.update=true} rewrites the catalog ConfigMap from the embedded catalog.
 */
@RunningServiceTest
class KubernetesManifestsTests {

	private static final Path CATALOG_CONFIG_MAP = Manifests.DIRECTORY.resolve("catalog-configmap.yaml");

	private static final String EMBEDDED_CATALOG = "catalog/status-codes.yaml";

	private static Map<String, HasMetadata> manifests;

	@Autowired
	RestTestClient client;

	@Autowired
	Environment environment;

	@BeforeAll
	static void readManifests() throws IOException {
		if (Boolean.getBoolean("k8s.update")) {
			Files.writeString(CATALOG_CONFIG_MAP, catalogConfigMap(embeddedCatalog()), StandardCharsets.UTF_8);
		}
		manifests = Manifests.all();
	}

	@Test
	void everyFieldOfEveryManifestIsKnownToKubernetes() {
		assertThat(manifests).isNotEmpty();
		manifests.forEach((file, object) -> {
			if (!(object instanceof GenericKubernetesResource)) {
				assertThat(Manifests.unknownFields(object)).as(file).isEmpty();
			}
		});
	}

	@Test
	void everyGatewayPolicyKeepsToTheSchemaOfItsCrd() throws IOException {
		List<String> policies = manifests.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() instanceof GenericKubernetesResource)
			.map(Map.Entry::getKey)
			.toList();
		assertThat(policies).as("NGINX Gateway Fabric's policies").hasSize(5);
		for (String file : policies) {
			assertThat(GatewayPolicies.violations(Manifests.tree(file))).as(file).isEmpty();
		}
	}

	@Test
	void aMisspeltOrOutOfRangeGatewayPolicyFieldIsCaught() {
		JsonNode policy = YAMLMapper.builder().build().readTree("""
				apiVersion: gateway.nginx.org/v1alpha1
				kind: RateLimitPolicy
				metadata: {name: bad}
				spec:
				  targetRefs: [{group: gateway.networking.k8s.io, kind: Service, name: scf-codes}]
				  rateLimit:
				    rejectCode: 200
				    local:
				      rules: [{key: $binary_remote_addr, rate: 50/s, brust: 250}]
				""");
		assertThat(String.join("\n", GatewayPolicies.violations(policy))).contains("/spec/targetRefs/0/kind",
				"/spec/rateLimit/rejectCode", "/spec/rateLimit/local/rules/0/rate", "brust");
		JsonNode snippets = YAMLMapper.builder().build().readTree("""
				apiVersion: gateway.nginx.org/v1alpha1
				kind: SnippetsPolicy
				metadata: {name: bad}
				spec:
				  targetRefs: [{group: gateway.networking.k8s.io, kind: Gateway, name: scf-codes}]
				  snippets: [{context: http, value: a;}, {context: http, value: b;}]
				""");
		assertThat(GatewayPolicies.violations(snippets)).singleElement().asString().contains("one snippet");
	}

	@Test
	void aMisspeltFieldAtAnyDepthIsCaught() {
		HasMetadata deployment = Manifests.read("""
				apiVersion: apps/v1
				kind: Deployment
				metadata:
				  name: bad
				  lables: {a: b}
				spec:
				  selector: {matchLabels: {a: b}}
				  template:
				    metadata: {labels: {a: b}}
				    spec:
				      containers:
				        - name: app
				          image: app
				          readinesProbe:
				            httpGet: {path: /ready, port: 8080}
				          livenessProbe:
				            httpGet: {path: /live, port: 8080, paht: /typo}
				""");
		assertThat(Manifests.unknownFields(deployment)).containsExactlyInAnyOrder(".metadata.lables",
				".spec.template.spec.containers[0].readinesProbe",
				".spec.template.spec.containers[0].livenessProbe.httpGet.paht");
	}

	@Test
	void kustomizationAppliesTheSameObjectsAsTheDirectory() throws IOException {
		Path file = Manifests.DIRECTORY.resolve("Kustomization");
		Kustomization kustomization = YAMLMapper.builder()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build()
			.readValue(file.toFile(), Kustomization.class);
		assertThat(kustomization.kind()).isEqualTo("Kustomization");
		assertThat(kustomization.resources()).containsExactlyInAnyOrderElementsOf(manifests.keySet());
		try (Stream<Path> files = Files.list(Manifests.DIRECTORY)) {
			assertThat(files.map((path) -> path.getFileName().toString()))
				.as("kubectl apply -f k8s/ reads every .yaml and .yml file, so the Kustomization must not be one")
				.noneMatch((name) -> name.startsWith("kustomization."));
		}
	}

	@Test
	void servicesBudgetAndPolicySelectThePods() {
		Deployment deployment = Manifests.one(manifests, Deployment.class);
		Map<String, String> pods = deployment.getSpec().getTemplate().getMetadata().getLabels();
		assertThat(pods).containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
		List<Map<String, String>> selectors = List.of(Manifests.one(manifests, Service.class).getSpec().getSelector(),
				Manifests.one(manifests, PodDisruptionBudget.class).getSpec().getSelector().getMatchLabels(),
				Manifests.one(manifests, NetworkPolicy.class).getSpec().getPodSelector().getMatchLabels());
		for (Map<String, String> selector : selectors) {
			assertThat(selector).isNotEmpty();
			assertThat(pods).containsAllEntriesOf(selector);
		}
		assertThat(podSpec().getTopologySpreadConstraints()).isNotEmpty().allSatisfy((spread) -> {
			assertThat(pods).containsAllEntriesOf(spread.getLabelSelector().getMatchLabels());
			assertThat(spread.getMaxSkew()).isEqualTo(1);
		});
		assertThat(podSpec().getTopologySpreadConstraints())
			.anyMatch((spread) -> spread.getTopologyKey().equals("kubernetes.io/hostname"));
	}

	@Test
	void everyPortIsTheImagesPort() throws IOException {
		Container container = container();
		EnvVar portVariable = env(container, "PORT");
		int port = (portVariable != null) ? Integer.parseInt(portVariable.getValue()) : imagePort();
		assertThat(container.getPorts()).extracting(ContainerPort::getContainerPort).containsExactly(port);
		for (Probe probe : probes(container).values()) {
			assertThat(resolve(probe.getHttpGet().getPort(), container)).isEqualTo(port);
		}
		Service service = Manifests.one(manifests, Service.class);
		assertThat(service.getSpec().getPorts()).singleElement()
			.satisfies((servicePort) -> assertThat(resolve(servicePort.getTargetPort(), container)).isEqualTo(port));
		assertThat(Manifests.one(manifests, NetworkPolicy.class).getSpec().getIngress()).singleElement()
			.satisfies((rule) -> assertThat(rule.getPorts()).singleElement()
				.satisfies((allowed) -> assertThat(resolve(allowed.getPort(), container)).isEqualTo(port)));
		int servicePort = service.getSpec().getPorts().get(0).getPort();
		assertThat(rules()).isNotEmpty()
			.allSatisfy((rule) -> assertThat(rule.getBackendRefs()).singleElement().satisfies((backend) -> {
				assertThat(backend.getKind()).isIn(null, "Service");
				assertThat(backend.getName()).isEqualTo(service.getMetadata().getName());
				assertThat(backend.getPort()).isEqualTo(servicePort);
			}));
	}

	@Test
	void probePathsAnswerOnTheRunningServiceAndOnlyReadinessIncludesTheCatalog() {
		Map<String, Probe> probes = probes(container());
		assertThat(probes).containsKeys("liveness", "readiness");
		probes.values()
			.forEach((probe) -> this.client.get().uri(probe.getHttpGet().getPath()).exchange().expectStatus().isOk());
		this.client.get()
			.uri(probes.get("readiness").getHttpGet().getPath())
			.exchange()
			.expectBody()
			.jsonPath("$.components.catalog.status")
			.isEqualTo("UP");
		this.client.get()
			.uri(probes.get("liveness").getHttpGet().getPath())
			.exchange()
			.expectBody()
			.jsonPath("$.components.catalog")
			.doesNotExist();
	}

	@Test
	void gracePeriodHoldsThePreStopDelayAndTheGracefulShutdown() {
		List<String> preStop = container().getLifecycle().getPreStop().getExec().getCommand();
		assertThat(preStop).hasSize(2).first().isEqualTo("sleep");
		long preStopSeconds = Long.parseLong(preStop.get(1));
		Duration shutdown = DurationStyle
			.detectAndParse(this.environment.getRequiredProperty("spring.lifecycle.timeout-per-shutdown-phase"));
		assertThat(shutdown).isEqualTo(Duration.ofSeconds(20));
		assertThat(preStopSeconds).isPositive();
		assertThat(podSpec().getTerminationGracePeriodSeconds()).isGreaterThan(preStopSeconds + shutdown.toSeconds());
	}

	@Test
	void disruptionBudgetAllowsADrainAtTheLowestReplicaCount() {
		Deployment deployment = Manifests.one(manifests, Deployment.class);
		HorizontalPodAutoscaler autoscaler = Manifests.one(manifests, HorizontalPodAutoscaler.class);
		int lowest = Math.min(deployment.getSpec().getReplicas(), autoscaler.getSpec().getMinReplicas());
		assertThat(lowest).isGreaterThanOrEqualTo(2);
		PodDisruptionBudget budget = Manifests.one(manifests, PodDisruptionBudget.class);
		assertThat(budget.getSpec().getMinAvailable()).isNull();
		int maxUnavailable = budget.getSpec().getMaxUnavailable().getIntVal();
		assertThat(maxUnavailable).as("pods a drain may evict at once").isEqualTo(1);
		assertThat(lowest - maxUnavailable).as("pods left serving during a drain").isGreaterThanOrEqualTo(1);
		assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal()).isZero();
	}

	@Test
	void autoscalerScalesTheDeploymentOnCpuAgainstItsRequest() {
		Deployment deployment = Manifests.one(manifests, Deployment.class);
		var spec = Manifests.one(manifests, HorizontalPodAutoscaler.class).getSpec();
		assertThat(spec.getScaleTargetRef().getApiVersion()).isEqualTo("apps/v1");
		assertThat(spec.getScaleTargetRef().getKind()).isEqualTo("Deployment");
		assertThat(spec.getScaleTargetRef().getName()).isEqualTo(deployment.getMetadata().getName());
		assertThat(spec.getMaxReplicas()).isGreaterThan(spec.getMinReplicas());
		assertThat(spec.getMetrics()).singleElement().satisfies((metric) -> {
			assertThat(metric.getResource().getName()).isEqualTo("cpu");
			assertThat(metric.getResource().getTarget().getType()).isEqualTo("Utilization");
		});
		for (Container container : podSpec().getContainers()) {
			assertThat(container.getResources().getRequests()).as(container.getName()).containsKeys("cpu", "memory");
			assertThat(container.getResources().getLimits()).as(container.getName()).containsKeys("cpu", "memory");
			for (String resource : List.of("cpu", "memory")) {
				assertThat(Quantity.getAmountInBytes(container.getResources().getRequests().get(resource)))
					.isLessThanOrEqualTo(Quantity.getAmountInBytes(container.getResources().getLimits().get(resource)));
			}
		}
	}

	@Test
	void podRunsAsTheImagesUserWithNothingWritableButTmp() throws IOException {
		Matcher user = Pattern.compile("(?m)^USER (\\d+)(?::(\\d+))?$").matcher(dockerfile());
		assertThat(user.find()).as("USER in the Dockerfile").isTrue();
		long uid = Long.parseLong(user.group(1));
		var pod = podSpec().getSecurityContext();
		var container = container().getSecurityContext();
		assertThat(pod.getRunAsUser()).isEqualTo(uid);
		assertThat(container.getRunAsUser()).isIn(null, uid);
		if (user.group(2) != null) {
			assertThat(pod.getRunAsGroup()).isEqualTo(Long.parseLong(user.group(2)));
		}
		assertThat(pod.getRunAsNonRoot()).isTrue();
		assertThat(pod.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
		assertThat(container.getReadOnlyRootFilesystem()).isTrue();
		assertThat(container.getAllowPrivilegeEscalation()).isFalse();
		assertThat(container.getCapabilities().getDrop()).containsExactly("ALL");
		assertThat(container.getCapabilities().getAdd()).isNullOrEmpty();
		assertThat(container.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
		VolumeMount tmp = mount("/tmp");
		assertThat(volume(tmp.getName()).getEmptyDir()).isNotNull();
		assertThat(container().getVolumeMounts()).filteredOn((mount) -> !Boolean.TRUE.equals(mount.getReadOnly()))
			.extracting(VolumeMount::getMountPath)
			.containsExactly("/tmp");
	}

	@Test
	void catalogIsTheConfigMapMountedAsADirectoryWhereTheServiceLooks() throws IOException {
		String location = env(container(), "SCF_CODES_CATALOG_LOCATION").getValue();
		assertThat(location).startsWith("file:/");
		Path file = Path.of(location.substring("file:".length()));
		VolumeMount mount = mount(file.getParent().toString());
		assertThat(mount.getSubPath()).as("a subPath mount never sees ConfigMap updates").isNull();
		assertThat(mount.getReadOnly()).isTrue();
		ConfigMap configMap = Manifests.one(manifests, ConfigMap.class);
		assertThat(volume(mount.getName()).getConfigMap().getName()).isEqualTo(configMap.getMetadata().getName());
		String catalog = configMap.getData().get(file.getFileName().toString());
		assertThat(catalog).as("the ConfigMap's key " + file.getFileName()).isNotNull();
		CatalogLoader.load(new ByteArrayResource(catalog.getBytes(StandardCharsets.UTF_8)));
		assertThat(catalog)
			.as("k8s/catalog-configmap.yaml holds the embedded catalog; rewrite it with "
					+ "./mvnw test -Dtest=KubernetesManifestsTests -Dk8s.update=true")
			.isEqualTo(embeddedCatalog());
	}

	@Test
	void routesAttachToTheGatewaysListenerForItsHost() {
		Gateway gateway = Manifests.one(manifests, Gateway.class);
		Listener listener = gateway.getSpec().getListeners().get(0);
		assertThat(gateway.getSpec().getListeners()).singleElement();
		assertThat(listener.getProtocol()).isEqualTo("HTTPS");
		assertThat(listener.getTls().getCertificateRefs()).singleElement()
			.satisfies((secret) -> assertThat(secret.getName()).isNotBlank());
		assertThat(Manifests.every(manifests, HTTPRoute.class)).hasSize(2).allSatisfy((route) -> {
			assertThat(route.getSpec().getParentRefs()).singleElement().satisfies((parent) -> {
				assertThat(parent.getName()).isEqualTo(gateway.getMetadata().getName());
				assertThat(parent.getSectionName()).isEqualTo(listener.getName());
			});
			assertThat(route.getSpec().getHostnames()).containsExactly(listener.getHostname());
		});
	}

	@Test
	void routesUseNoFieldNginxGatewayFabricRejects() {
		// internal/controller/state/graph/httproute.go of NGINX Gateway Fabric 2.6.7
		// refuses a rule with these
		assertThat(rules()).isNotEmpty().allSatisfy((rule) -> {
			assertThat(rule.getTimeouts()).isNull();
			assertThat(rule.getName()).isNull();
			assertThat(rule.getRetry()).isNull();
			assertThat(rule.getSessionPersistence()).isNull();
		});
	}

	@Test
	void routesCarryEveryPathOfTheApiContractAndNothingElse() throws IOException {
		List<HTTPPathMatch> matches = rules().stream()
			.flatMap((rule) -> rule.getMatches().stream())
			.map((match) -> match.getPath())
			.toList();
		String contract = Files.readString(Path.of("openapi.yaml"));
		List<String> paths = contract.lines()
			.filter((line) -> line.matches("  /[^ ]*:"))
			.map((line) -> line.strip().replaceAll(":$", ""))
			.toList();
		assertThat(paths).isNotEmpty();
		for (String path : paths) {
			assertThat(matches).as("a route for %s", path).anyMatch((match) -> matches(match, path));
		}
		for (String outside : List.of("/actuator/prometheus", "/actuator/health", "/anything")) {
			assertThat(matches).as(outside + " is not routed from outside")
				.noneMatch((match) -> matches(match, outside));
		}
	}

	@Test
	void onlyTheUploadRouteTakesThePackageSizedBodies() {
		HTTPRoute uploads = route("/handler/validate");
		HTTPRoute api = route("/codes/433");
		assertThat(uploads).isNotSameAs(api);
		long largestUpload = DataSize
			.parse(this.environment.getRequiredProperty("spring.servlet.multipart.max-request-size"))
			.toBytes();
		long largestBody = DataSize.parse(this.environment.getProperty("scf-codes.http.max-body-size", "256KB"))
			.toBytes();
		long uploadLimit = bodyLimit(uploads);
		long apiLimit = bodyLimit(api);
		assertThat(uploadLimit).isGreaterThanOrEqualTo(largestUpload)
			.isLessThan(largestUpload + DataSize.ofMegabytes(2).toBytes());
		assertThat(apiLimit).as("the service answers its own 413 problem up to there")
			.isGreaterThanOrEqualTo(largestBody)
			.isLessThan(largestUpload);
		for (HTTPRoute route : List.of(uploads, api)) {
			assertThat(clientSettings(route).path("spec").path("body").path("timeout").asString()).isNotBlank();
		}
	}

	@Test
	void gatewayLimitsEachClientAddressAndBuffersBodies() throws IOException {
		String gateway = Manifests.one(manifests, Gateway.class).getMetadata().getName();
		JsonNode rateLimit = policy("RateLimitPolicy");
		assertThat(rateLimit.path("spec").path("targetRefs")).singleElement()
			.satisfies((target) -> assertThat(target.path("kind").asString() + "/" + target.path("name").asString())
				.isEqualTo("Gateway/" + gateway));
		assertThat(rateLimit.path("spec").path("rateLimit").path("local").path("rules")).singleElement()
			.satisfies((rule) -> {
				assertThat(rule.path("key").asString()).isEqualTo("$binary_remote_addr");
				assertThat(Integer.parseInt(rule.path("rate").asString().replace("r/s", ""))).isPositive();
				assertThat(rule.path("burst").asInt()).isPositive();
			});
		Map<String, String> snippets = snippets();
		Matcher zone = Pattern.compile("limit_conn_zone \\$binary_remote_addr zone=(\\w+):")
			.matcher(snippets.get("http"));
		assertThat(zone.find()).as("a connection zone per client address").isTrue();
		assertThat(snippets.get("http.server.location")).containsPattern("limit_conn " + zone.group(1) + " \\d+;")
			.contains("proxy_request_buffering on;");
		assertThat(snippets.get("http.server")).containsPattern("client_header_timeout \\d+s;");
		JsonNode proxy = policy("ProxySettingsPolicy").path("spec");
		assertThat(proxy.path("targetRefs").get(0).path("name").asString()).isEqualTo(gateway);
		assertThat(proxy.path("timeout").propertyNames()).containsExactlyInAnyOrder("connect", "read", "send");
	}

	@Test
	void gatewayCachesThePublicAnswersPerVariantTheServiceNames() {
		var answer = this.client.get()
			.uri("/codes/433")
			.header("Accept-Language", "zh")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders();
		assertThat(answer.getCacheControl()).contains("public").containsPattern("max-age=\\d+");
		assertThat(answer.getETag()).isNotBlank();
		String location = snippets().get("http.server.location");
		Matcher key = Pattern.compile("proxy_cache_key ([^;]+);").matcher(location);
		assertThat(key.find()).isTrue();
		for (String header : answer.getVary()) {
			if (header.equalsIgnoreCase("Accept-Encoding")) {
				// the gateway asks for answers as they are and compresses them itself
				assertThat(location).contains("proxy_set_header Accept-Encoding \"\";").contains("gzip on;");
				continue;
			}
			if (!header.equalsIgnoreCase("Origin") && !header.toLowerCase(Locale.ROOT).startsWith("access-control")) {
				// the header itself, or a variable mapped from it
				String variable = "$http_" + header.toLowerCase(Locale.ROOT).replace('-', '_');
				Matcher mapped = Pattern.compile("map \\" + variable + " (\\$\\w+)").matcher(snippets().get("http"));
				String held = mapped.find() ? mapped.group(1) : variable;
				assertThat(key.group(1)).as("the cache key holds " + header + ", which answers vary on").contains(held);
			}
		}
		assertThat(String.join(",", answer.getVary())).as("terminal clients get text")
			.containsIgnoringCase("User-Agent");
		assertThat(location).contains("proxy_cache_revalidate on;");
		Matcher cache = Pattern.compile("proxy_cache (\\w+);").matcher(location);
		assertThat(cache.find()).isTrue();
		assertThat(snippets().get("http")).contains("keys_zone=" + cache.group(1) + ":");
	}

	@Test
	void noIngressNginxAnnotationIsLeft() throws IOException {
		Pattern annotation = Pattern.compile("nginx\\.ingress\\.kubernetes\\.io/");
		List<Path> files = new ArrayList<>(List.of(Path.of("README-ops.md"), Path.of("README.md")));
		for (Path directory : List.of(Manifests.DIRECTORY, Path.of("src/test"), Path.of("ops"))) {
			try (Stream<Path> tree = Files.walk(directory)) {
				tree.filter(Files::isRegularFile).forEach(files::add);
			}
		}
		// read as Latin-1, which takes any byte: the test resources hold binary files too
		assertThat(files).allSatisfy(
				(file) -> assertThat(annotation.matcher(Files.readString(file, StandardCharsets.ISO_8859_1)).find())
					.as(file.toString())
					.isFalse());
		assertThat(manifests.values()).noneMatch((object) -> object.getKind().equals("Ingress"));
	}

	private static List<HTTPRouteRule> rules() {
		return Manifests.every(manifests, HTTPRoute.class)
			.stream()
			.flatMap((route) -> route.getSpec().getRules().stream())
			.toList();
	}

	/**
	 * Whether a Gateway API path match takes a path: Exact as it is, PathPrefix by whole
	 * path segments.
	 */
	private static boolean matches(HTTPPathMatch match, String path) {
		return switch (match.getType()) {
			case "Exact" -> path.equals(match.getValue());
			case "PathPrefix" -> path.equals(match.getValue()) || match.getValue().equals("/")
					|| path.startsWith(match.getValue() + "/");
			default -> throw new AssertionError("Unexpected path match " + match.getType());
		};
	}

	private static HTTPRoute route(String path) {
		List<HTTPRoute> routes = Manifests.every(manifests, HTTPRoute.class)
			.stream()
			.filter((route) -> route.getSpec()
				.getRules()
				.stream()
				.flatMap((rule) -> rule.getMatches().stream())
				.anyMatch((match) -> matches(match.getPath(), path)))
			.toList();
		assertThat(routes).as("routes for " + path).hasSize(1);
		return routes.get(0);
	}

	private static JsonNode clientSettings(HTTPRoute route) {
		List<JsonNode> found = policies("ClientSettingsPolicy").stream()
			.filter((policy) -> policy.path("spec").path("targetRef").path("kind").asString().equals("HTTPRoute")
					&& policy.path("spec")
						.path("targetRef")
						.path("name")
						.asString()
						.equals(route.getMetadata().getName()))
			.toList();
		assertThat(found).as("the ClientSettingsPolicy of " + route.getMetadata().getName()).hasSize(1);
		return found.get(0);
	}

	/** A body size of NGINX Gateway Fabric (nginx's: bytes, or k, m, g), in bytes. */
	private static long bodyLimit(HTTPRoute route) {
		String size = clientSettings(route).path("spec").path("body").path("maxSize").asString();
		return DataSize.parse(size.toUpperCase(Locale.ROOT) + "B").toBytes();
	}

	private static JsonNode policy(String kind) {
		List<JsonNode> found = policies(kind);
		assertThat(found).as(kind).hasSize(1);
		return found.get(0);
	}

	private static List<JsonNode> policies(String kind) {
		return manifests.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() instanceof GenericKubernetesResource
					&& entry.getValue().getKind().equals(kind))
			.map((entry) -> {
				try {
					return Manifests.tree(entry.getKey());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			})
			.toList();
	}

	/** The snippets of the SnippetsPolicy, by NGINX context. */
	private static Map<String, String> snippets() {
		Map<String, String> snippets = new HashMap<>();
		policy("SnippetsPolicy").path("spec")
			.path("snippets")
			.forEach((snippet) -> snippets.put(snippet.path("context").asString(), snippet.path("value").asString()));
		return snippets;
	}

	private static PodSpec podSpec() {
		return Manifests.one(manifests, Deployment.class).getSpec().getTemplate().getSpec();
	}

	private static Container container() {
		assertThat(podSpec().getContainers()).hasSize(1);
		return podSpec().getContainers().get(0);
	}

	private static Map<String, Probe> probes(Container container) {
		Map<String, Probe> probes = new java.util.LinkedHashMap<>();
		probes.put("liveness", container.getLivenessProbe());
		probes.put("readiness", container.getReadinessProbe());
		if (container.getStartupProbe() != null) {
			probes.put("startup", container.getStartupProbe());
		}
		return probes;
	}

	private static EnvVar env(Container container, String name) {
		return container.getEnv()
			.stream()
			.filter((variable) -> variable.getName().equals(name))
			.findFirst()
			.orElse(null);
	}

	private static VolumeMount mount(String path) {
		return container().getVolumeMounts()
			.stream()
			.filter((mount) -> mount.getMountPath().equals(path))
			.findFirst()
			.orElseThrow(() -> new AssertionError("Nothing mounted at " + path));
	}

	private static Volume volume(String name) {
		return podSpec().getVolumes()
			.stream()
			.filter((volume) -> volume.getName().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No volume " + name));
	}

	/** A port number, or the number of the container port of that name. */
	private static int resolve(IntOrString port, Container container) {
		if (port.getIntVal() != null) {
			return port.getIntVal();
		}
		return container.getPorts()
			.stream()
			.filter((named) -> port.getStrVal().equals(named.getName()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No container port named " + port.getStrVal()))
			.getContainerPort();
	}

	private static int imagePort() throws IOException {
		Matcher port = Pattern.compile("(?m)^ENV PORT=(\\d+)$").matcher(dockerfile());
		assertThat(port.find()).as("ENV PORT in the Dockerfile").isTrue();
		assertThat(dockerfile()).contains("EXPOSE " + port.group(1));
		return Integer.parseInt(port.group(1));
	}

	private static String dockerfile() throws IOException {
		return Files.readString(Path.of("Dockerfile"));
	}

	private static String embeddedCatalog() throws IOException {
		return new ClassPathResource(EMBEDDED_CATALOG).getContentAsString(StandardCharsets.UTF_8);
	}

	/**
	 * The ConfigMap that holds a catalog, as a literal block so that it reads as the
	 * catalog file does.
	 */
	private static String catalogConfigMap(String catalog) {
		StringBuilder yaml = new StringBuilder("""
				# The catalog the pods serve, mounted at /etc/scf-codes (k8s/deployment.yaml). Generated from
				# src/main/resources/catalog/status-codes.yaml by
				#   ./mvnw test -Dtest=KubernetesManifestsTests -Dk8s.update=true
				# Edit the catalog there and regenerate, or replace this ConfigMap with your own catalog (README-ops.md,
				# "Roll out a new catalog"); the pods load it within about a minute, without a restart.
				apiVersion: v1
				kind: ConfigMap
				metadata:
				  name: scf-codes-catalog
				  labels:
				    app.kubernetes.io/name: scf-codes
				    app.kubernetes.io/component: api
				data:
				""");
		// The chomping indicator keeps the file's trailing line breaks exactly: none (-),
		// one (clip) or more (+)
		String chomping = !catalog.endsWith("\n") ? "-" : catalog.endsWith("\n\n") ? "+" : "";
		yaml.append("  status-codes.yaml: |").append(chomping).append('\n');
		catalog.lines().forEach((line) -> yaml.append(line.isEmpty() ? "" : "    ").append(line).append('\n'));
		return yaml.toString();
	}

	/** The parts of a kustomization this directory uses; anything else fails the read. */
	record Kustomization(String apiVersion, String kind, List<String> resources) {
	}

}
