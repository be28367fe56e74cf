package io.github.chameleon4j.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * The results of one run: sections, each a titled table with a short explanation, rendered as
 * plain text for the console and as Markdown for {@code RESULTS.md}.
 */
final class Report {

	private final List<Section> sections = new ArrayList<>();

	Section section(String title, String explanation, String... columns) {
		Section section = new Section(title, explanation, List.of(columns));
		this.sections.add(section);
		return section;
	}

	/**
	 * Records a scenario that failed as a section of one row: the failure and where it was thrown, so that the run
	 * goes on and the results file shows it.
	 */
	void failure(String scenario, Throwable failure) {
		StackTraceElement origin = (failure.getStackTrace().length > 0) ? failure.getStackTrace()[0] : null;
		Section section = section("Scenario `" + scenario + "` failed",
				"The scenario threw before it finished; the rows it recorded before failing are in its own section above.",
				"scenario", "failure", "at");
		section.row(scenario, String.valueOf(failure).replace('|', '/').replace('\n', ' '),
				(origin != null) ? origin.toString() : "—");
	}

	String markdown(String header) {
		StringBuilder out = new StringBuilder(header).append('\n');
		for (Section section : this.sections) {
			out.append("\n### ").append(section.title).append("\n\n").append(section.explanation).append("\n\n");
			out.append(row(section.columns)).append('\n');
			out.append(row(section.columns.stream().map((c) -> "---").toList())).append('\n');
			section.rows.forEach((cells) -> out.append(row(cells)).append('\n'));
		}
		return out.toString();
	}

	private static String row(List<String> cells) {
		return "| " + String.join(" | ", cells) + " |";
	}

	static final class Section {

		final String title;

		final String explanation;

		final List<String> columns;

		final List<List<String>> rows = new ArrayList<>();

		Section(String title, String explanation, List<String> columns) {
			this.title = title;
			this.explanation = explanation;
			this.columns = columns;
		}

		void row(Object... cells) {
			if (cells.length != this.columns.size()) {
				throw new IllegalArgumentException(this.title + ": expected " + this.columns.size() + " cells");
			}
			List<String> text = new ArrayList<>();
			for (Object cell : cells) {
				text.add(String.valueOf(cell));
			}
			this.rows.add(text);
			System.out.println(text(this.columns, text));
		}

		String text() {
			return "== " + this.title;
		}

		private static String text(List<String> columns, List<String> cells) {
			StringBuilder line = new StringBuilder("  ");
			for (int i = 0; i < cells.size(); i++) {
				line.append(columns.get(i)).append('=').append(cells.get(i)).append(i + 1 < cells.size() ? ", " : "");
			}
			return line.toString();
		}

	}

	static String fixed(double value, int decimals) {
		return String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
	}

	static String percent(double fraction) {
		return String.format(java.util.Locale.ROOT, "%.2f %%", fraction * 100);
	}

}
