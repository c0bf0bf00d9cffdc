package org.scfcodes.ops;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One series of a Cloud Monitor metric as tencentcloud-exporter writes it
 * (tencentyun/tencentcloud-exporter, commit f62340a0): named
 * {@code <namespace prefix>_<product>_<metric>_<statistic>} in lower case
 * (pkg/metric/metric.go, NewTcmMetric; the metric name lower-cased whole,
 * metric_name_type 2 being the default of pkg/metric/conf.go), a gauge whose help says
 * where it comes from, one label per Cloud Monitor dimension with the dimension's name
 * turned from camel case to snake case (pkg/util/str.go, ToUnderlineLower;
 * pkg/metric/metric.go, GetLatestPromMetrics).
 *
 * @param statistic the statistic Cloud Monitor states for the metric's period,
 * lower-cased
 */
record CloudMonitorSeries(String namespace, String metric, String statistic, Map<String, String> dimensions,
		double value) {

	String name() {
		String[] parts = this.namespace.split("/");
		return (parts[0] + "_" + parts[1] + "_" + this.metric.toLowerCase(Locale.ROOT) + "_" + this.statistic)
			.toLowerCase(Locale.ROOT);
	}

	String help() {
		return "# HELP %s Metric from %s.%s unit=Count stat=%s Desc=%s\n# TYPE %s gauge\n".formatted(name(),
				this.namespace, this.metric, this.statistic, this.metric, name());
	}

	String sample() {
		StringBuilder labels = new StringBuilder();
		new TreeMap<>(this.dimensions).forEach((dimension, value) -> labels.append(labels.isEmpty() ? "" : ",")
			.append(underlineLower(dimension))
			.append("=\"")
			.append(value.replace("\\", "\\\\").replace("\"", "\\\""))
			.append('"'));
		return name() + "{" + labels + "} " + this.value + "\n";
	}

	/**
	 * The exporter's ToUnderlineLower: an underscore before each upper-case letter but
	 * the first, all lower case.
	 */
	static String underlineLower(String name) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				if (i != 0) {
					out.append('_');
				}
				c = (char) (c + ('a' - 'A'));
			}
			out.append(c);
		}
		return out.toString();
	}

}
