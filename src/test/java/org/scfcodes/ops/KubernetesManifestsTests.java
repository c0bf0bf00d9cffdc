package org.scfcodes.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
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
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scfcodes.catalog.CatalogLoader;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manifests in {@code k8s/} say only what Kubernetes understands, and agree with the image, the application and
 * each other: labels and selectors, ports, probes that answer, a shutdown that fits in the grace period, a drain the
 * disruption budget allows, the image's user, the catalog where the service looks for it. {@code -Dk8s.update=true}
 * rewrites the catalog ConfigMap from the embedded catalog.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@AutoConfigureMetrics
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
		manifests.forEach((file, object) -> assertThat(Manifests.unknownFields(object)).as(file).isEmpty());
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
		Kustomization kustomization = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
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
		String servicePortName = service.getSpec().getPorts().get(0).getName();
		assertThat(Manifests.one(manifests, Ingress.class).getSpec().getRules()).allSatisfy((rule) ->
			assertThat(rule.getHttp().getPaths()).isNotEmpty().allSatisfy((path) -> {
				assertThat(path.getBackend().getService().getName()).isEqualTo(service.getMetadata().getName());
				assertThat(path.getBackend().getService().getPort().getName()).isEqualTo(servicePortName);
			}));
	}

	@Test
	void probePathsAnswerOnTheRunningServiceAndOnlyReadinessIncludesTheCatalog() {
		Map<String, Probe> probes = probes(container());
		assertThat(probes).containsKeys("liveness", "readiness");
		probes.values().forEach((probe) ->
			this.client.get().uri(probe.getHttpGet().getPath()).exchange().expectStatus().isOk());
		this.client.get().uri(probes.get("readiness").getHttpGet().getPath()).exchange()
			.expectBody().jsonPath("$.components.catalog.status").isEqualTo("UP");
		this.client.get().uri(probes.get("liveness").getHttpGet().getPath()).exchange()
			.expectBody().jsonPath("$.components.catalog").doesNotExist();
	}

	@Test
	void gracePeriodHoldsThePreStopDelayAndTheGracefulShutdown() {
		List<String> preStop = container().getLifecycle().getPreStop().getExec().getCommand();
		assertThat(preStop).hasSize(2).first().isEqualTo("sleep");
		long preStopSeconds = Long.parseLong(preStop.get(1));
		Duration shutdown = DurationStyle.detectAndParse(
				this.environment.getRequiredProperty("spring.lifecycle.timeout-per-shutdown-phase"));
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
			.extracting(VolumeMount::getMountPath).containsExactly("/tmp");
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
		assertThat(catalog).as("k8s/catalog-configmap.yaml holds the embedded catalog; rewrite it with "
				+ "./mvnw test -Dtest=KubernetesManifestsTests -Dk8s.update=true").isEqualTo(embeddedCatalog());
	}

	@Test
	void ingressLimitsEachClientAndTakesTheLargestUpload() {
		Map<String, String> annotations = Manifests.one(manifests, Ingress.class).getMetadata().getAnnotations();
		String prefix = "nginx.ingress.kubernetes.io/";
		assertThat(Integer.parseInt(annotations.get(prefix + "limit-connections"))).isPositive();
		assertThat(Integer.parseInt(annotations.get(prefix + "limit-rps"))).isPositive();
		assertThat(annotations).containsKeys(prefix + "proxy-connect-timeout", prefix + "proxy-read-timeout",
				prefix + "proxy-send-timeout");
		DataSize body = DataSize.parse(annotations.get(prefix + "proxy-body-size").toUpperCase() + "B");
		DataSize largest = DataSize.parse(this.environment.getRequiredProperty("spring.servlet.multipart.max-request-size"));
		assertThat(body.toBytes()).isGreaterThanOrEqualTo(largest.toBytes());
		assertThat(Manifests.one(manifests, Ingress.class).getSpec().getRules()).allSatisfy((rule) ->
			assertThat(rule.getHttp().getPaths()).noneMatch((path) -> path.getPath().startsWith("/actuator")
					|| path.getPathType().equals("Prefix") && path.getPath().equals("/")));
	}

	@Test
	void ingressRoutesEveryPathOfTheApiContract() throws IOException {
		List<HTTPIngressPath> routes = Manifests.one(manifests, Ingress.class)
			.getSpec().getRules().get(0).getHttp().getPaths();
		String contract = Files.readString(Path.of("openapi.yaml"));
		List<String> paths = contract.lines()
			.filter((line) -> line.matches("  /[^ ]*:"))
			.map((line) -> line.strip().replaceAll(":$", ""))
			.toList();
		assertThat(paths).isNotEmpty();
		for (String path : paths) {
			assertThat(routes).as("a route for %s", path).anySatisfy((route) -> assertThat(
					route.getPathType().equals("Exact") ? path.equals(route.getPath())
							: path.equals(route.getPath()) || path.startsWith(route.getPath() + "/"))
				.isTrue());
		}
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
		return container.getEnv().stream().filter((variable) -> variable.getName().equals(name)).findFirst().orElse(null);
	}

	private static VolumeMount mount(String path) {
		return container().getVolumeMounts().stream().filter((mount) -> mount.getMountPath().equals(path)).findFirst()
			.orElseThrow(() -> new AssertionError("Nothing mounted at " + path));
	}

	private static Volume volume(String name) {
		return podSpec().getVolumes().stream().filter((volume) -> volume.getName().equals(name)).findFirst()
			.orElseThrow(() -> new AssertionError("No volume " + name));
	}

	/** A port number, or the number of the container port of that name. */
	private static int resolve(IntOrString port, Container container) {
		if (port.getIntVal() != null) {
			return port.getIntVal();
		}
		return container.getPorts().stream().filter((named) -> port.getStrVal().equals(named.getName())).findFirst()
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

	/** The ConfigMap that holds a catalog, as a literal block so that it reads as the catalog file does. */
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
		// The chomping indicator keeps the file's trailing line breaks exactly: none (-), one (clip) or more (+)
		String chomping = !catalog.endsWith("\n") ? "-" : catalog.endsWith("\n\n") ? "+" : "";
		yaml.append("  status-codes.yaml: |").append(chomping).append('\n');
		catalog.lines().forEach((line) -> yaml.append(line.isEmpty() ? "" : "    ").append(line).append('\n'));
		return yaml.toString();
	}

	/** The parts of a kustomization this directory uses; anything else fails the read. */
	record Kustomization(String apiVersion, String kind, List<String> resources) {
	}

}
