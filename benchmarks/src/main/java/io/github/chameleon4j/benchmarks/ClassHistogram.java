package io.github.chameleon4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.JMException;
import javax.management.ObjectName;

/**
 * A census of the live heap: the JVM's class histogram ({@code jcmd <pid> GC.class_histogram}, taken in-process
 * through the {@code DiagnosticCommand} MBean), which runs a full collection first, so it counts live objects only,
 * to the byte, whatever the collector. Taken twice, it tells which classes a run left more of.
 * @param classes instances and bytes per class name
 * @param instances live objects in total
 * @param bytes live bytes in total
 */
record ClassHistogram(Map<String, Count> classes, long instances, long bytes) {

	private static final Pattern CLASS_LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");

	private static final Pattern TOTAL_LINE = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)\\s*$");

	/**
	 * One class's live objects.
	 * @param instances how many
	 * @param bytes their shallow size
	 */
	record Count(long instances, long bytes) {
	}

	/** Takes the histogram now (a full collection, on the calling thread). */
	static ClassHistogram take() {
		return parse(takeText());
	}

	/** Takes the histogram now (a full collection, on the calling thread), as {@code jcmd} prints it. */
	static String takeText() {
		try {
			return (String) ManagementFactory.getPlatformMBeanServer()
				.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
						new Object[] { new String[0] }, new String[] { String[].class.getName() });
		}
		catch (JMException ex) {
			throw new IllegalStateException("No class histogram: " + ex, ex);
		}
	}

	/** The total live bytes of a histogram's text, without parsing its classes. */
	static long totalBytes(String text) {
		int total = text.lastIndexOf("\nTotal");
		if (total < 0) {
			throw new IllegalStateException("No total in the class histogram");
		}
		Matcher matcher = TOTAL_LINE.matcher(text.substring(total + 1).trim());
		if (!matcher.matches()) {
			throw new IllegalStateException("No total in the class histogram");
		}
		return Long.parseLong(matcher.group(2));
	}

	static ClassHistogram parse(String text) {
		Map<String, Count> classes = new HashMap<>();
		long instances = -1;
		long bytes = -1;
		for (String line : text.split("\n")) {
			Matcher matcher = CLASS_LINE.matcher(line);
			if (matcher.matches()) {
				classes.merge(matcher.group(3), new Count(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))),
						(a, b) -> new Count(a.instances + b.instances, a.bytes + b.bytes));
				continue;
			}
			Matcher total = TOTAL_LINE.matcher(line.trim());
			if (total.matches()) {
				instances = Long.parseLong(total.group(1));
				bytes = Long.parseLong(total.group(2));
			}
		}
		if (bytes < 0) {
			throw new IllegalStateException("No total in the class histogram");
		}
		return new ClassHistogram(classes, instances, bytes);
	}

	/**
	 * The classes that grew most, in bytes, since an earlier histogram.
	 * @param before the earlier histogram
	 * @param top how many classes to name
	 * @return e.g. {@code "[B +12 (+3.1 KiB)"}, the largest growth first; only classes that grew
	 */
	List<String> largestGrowth(ClassHistogram before, int top) {
		List<Map.Entry<String, Count>> grown = new ArrayList<>();
		this.classes.forEach((name, now) -> {
			Count then = before.classes.getOrDefault(name, new Count(0, 0));
			if (now.bytes > then.bytes) {
				grown.add(Map.entry(name, new Count(now.instances - then.instances, now.bytes - then.bytes)));
			}
		});
		grown.sort(Comparator.comparingLong((Map.Entry<String, Count> e) -> e.getValue().bytes).reversed());
		List<String> names = new ArrayList<>();
		for (Map.Entry<String, Count> entry : grown.subList(0, Math.min(top, grown.size()))) {
			names.add(entry.getKey() + " " + signed(entry.getValue().instances) + " ("
					+ signed(entry.getValue().bytes / 1024.0) + " KiB)");
		}
		return names;
	}

	private static String signed(double value) {
		return ((value >= 0) ? "+" : "") + Report.fixed(value, (value == Math.rint(value)) ? 0 : 1);
	}

	private static String signed(long value) {
		return ((value >= 0) ? "+" : "") + value;
	}

}
