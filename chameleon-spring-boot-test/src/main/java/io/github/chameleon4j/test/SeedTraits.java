package io.github.chameleon4j.test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import io.github.chameleon4j.test.SeededProperties.Aspect;
import io.github.chameleon4j.test.SeededProperties.Subject;
import io.github.chameleon4j.test.SeededProperties.Trait;

/**
 * What a real account's profiles and companies look like: the property catalogues of {@link SeededProperties}.
 * Profiles get 33 properties always and 10 more with some probability (strings of a few up to 600 characters,
 * integers, decimals, booleans, timestamps, arrays of strings and of numbers, nested hashes); companies get 18 and
 * 4 optional. Names avoid the {@link SeedData#MINIMAL} ones, which stay as they were. Within API §1.8: every scalar
 * stays under 768 bytes, hashes nest at most 3 levels and never sit inside arrays.
 */
final class SeedTraits {

	/** Longest generated text; the API truncates at 768 bytes (§1.8) and all generated text is ASCII. */
	static final int MAX_TEXT = 600;

	private static final long DAY = 86_400;

	private static final String[] FIRST_NAMES = { "Ana", "Ben", "Chloe", "Dmitri", "Elena", "Farid", "Grace", "Hiro",
			"Ines", "Jonas", "Kemi", "Liam", "Maya", "Nikolai", "Olivia", "Pedro", "Qi", "Rosa", "Sven", "Tara", "Umar",
			"Vera", "Wei", "Ximena", "Yusuf", "Zoe" };

	private static final String[] LAST_NAMES = { "Kowalski", "Okafor", "Martin", "Ivanova", "Haddad", "Nguyen",
			"Schmidt", "Tanaka", "Garcia", "Lindqvist", "Adeyemi", "O'Brien", "Patel", "Rossi", "Dubois", "Silva",
			"Chen", "Moreno", "Berg", "Kaur", "Novak", "Fischer", "Yamamoto", "Lopez", "Demir", "Walsh" };

	private static final String[] JOB_TITLES = { "Product Manager", "Senior Product Manager", "Head of Growth",
			"Customer Success Manager", "Software Engineer", "Staff Engineer", "Engineering Manager", "Designer",
			"Head of Product Design", "Marketing Operations Lead", "Data Analyst", "VP of Customer Experience",
			"Founder & CEO", "Support Specialist", "Solutions Architect", "Revenue Operations Manager" };

	private static final String[] DEPARTMENTS = { "Product", "Engineering", "Customer Success", "Marketing", "Sales",
			"Design", "Operations", "Support", "Finance", "Leadership" };

	private static final String[] BROWSERS = { "chrome", "chrome", "chrome", "safari", "firefox", "edge", "opera" };

	private static final int[] DESKTOP_WIDTHS = { 1280, 1366, 1440, 1536, 1680, 1920, 2560 };

	private static final int[] MOBILE_WIDTHS = { 360, 375, 390, 393, 412, 414, 430 };

	private static final String[] FEATURES = { "dashboards", "reports", "csv_export", "api_keys", "sso", "audit_log",
			"custom_fields", "automations", "integrations", "comments", "mentions", "templates", "kanban", "gantt",
			"time_tracking", "invoicing", "webhooks", "bulk_edit", "dark_mode", "mobile_app", "two_factor",
			"guest_access", "roadmaps", "forms" };

	private static final String[] INTEGRATIONS = { "slack", "salesforce", "hubspot", "jira", "github", "zapier",
			"intercom", "segment", "google_drive", "microsoft_teams", "zendesk", "stripe", "notion", "figma" };

	private static final String[] THEMES = { "light", "dark", "system" };

	private static final String[] DIGESTS = { "daily", "weekly", "monthly", "never" };

	private static final String[] CHANNELS = { "email", "in_app", "push", "slack", "sms" };

	private static final String[] UTM_SOURCES = { "google", "newsletter", "linkedin", "partner", "g2", "producthunt",
			"twitter", "webinar" };

	private static final String[] UTM_MEDIUMS = { "cpc", "email", "social", "referral", "organic", "display" };

	private static final String[] UTM_CAMPAIGNS = { "spring-launch", "q3-webinar-series", "brand-search",
			"competitor-switch", "free-trial-retarget", "ai-assistant-beta", "black-friday", "enterprise-abm" };

	private static final String[] STREETS = { "Main Street", "Harbour Road", "Linden Allee", "Rue de la Paix",
			"Calle Mayor", "Market Square", "King's Road", "Station Avenue", "Elm Street", "Via Roma" };

	private static final String[] PATHS = { "projects", "boards", "reports", "settings", "billing", "members",
			"automations", "dashboards", "tasks", "inbox", "templates", "integrations" };

	private static final String[] QUERY = { "view=kanban", "sort=updated_at", "order=desc", "filter%5Bassignee%5D=me",
			"filter%5Bstatus%5D=open", "tab=activity", "page=3", "per_page=50", "utm_source=newsletter",
			"utm_medium=email", "utm_campaign=spring-launch", "ref=onboarding-checklist", "highlight=comment-48213",
			"q=quarterly+roadmap+review", "from=2026-01-01", "to=2026-03-31", "group_by=owner", "density=compact" };

	private static final String[] BIO = { "Leads the onboarding squad and owns the activation metrics.",
			"Moved over from an in-house tool two years ago and brought most of the team along.",
			"Runs the weekly product review and keeps the roadmap board tidy.",
			"Cares a lot about keyboard shortcuts and fast page loads.",
			"Previously worked in agency land, managing launches for consumer brands.",
			"Champion of the rollout to the support and success teams.",
			"Prefers short in-app tips to long walkthroughs, according to the last survey.",
			"Based in a distributed team that spans three time zones.",
			"Uses the API to sync accounts from the CRM every night.",
			"Asked for better reporting on team adoption in the last quarterly call.",
			"Started on the free plan as a side project before the company bought seats.",
			"Trains every new hire on the workspace during their first week.",
			"Interested in the beta of the AI assistant and the new automation builder.",
			"Owns the integration with the data warehouse and the monthly board report.",
			"Often shares templates with the rest of the organisation." };

	private static final String[] NOTES = { "Asked about SSO and SCIM provisioning during the renewal call.",
			"Reported that exports time out for boards with more than ten thousand cards.",
			"Wants an annual invoice instead of monthly card payments.",
			"Mentioned evaluating two competitors before the end of the quarter.",
			"Happy with the last release; asked for a dark mode in the mobile app.",
			"Escalated a billing discrepancy, resolved with a credit note.",
			"Joined the customer advisory board in March.",
			"Needs a data processing agreement signed before adding the EU team.",
			"Requested a walkthrough of the automation builder for new managers.",
			"Gave a 9 in the last NPS survey and offered to be a reference.",
			"Seat count grew by a third after the reorganisation.",
			"Follow up in two weeks about the enterprise plan upgrade." };

	private static final String[] GOALS = { "Get the whole team onto one shared roadmap.",
			"Replace spreadsheets for tracking customer requests.", "Cut the time new hires need to get productive.",
			"Report adoption numbers to leadership every month.", "Automate the hand-off between sales and onboarding.",
			"Consolidate three tools into one before the budget review." };

	private static final String[] TEAM_SIZES = { "1-10", "11-50", "51-200", "201-1000", "1000+" };

	private static final String[] USE_CASES = { "project_management", "customer_onboarding", "product_feedback",
			"internal_wiki", "support_triage", "sales_pipeline" };

	private static final String[] TEAMS = { "Growth", "Platform", "Mobile", "Payments", "Onboarding", "Data",
			"Core Experience", "Enterprise Success", "Field Marketing", "Security" };

	private static final String[] DESCRIPTIONS = { "Builds workflow software for logistics teams.",
			"Serves mid-market retailers across Europe and North America.",
			"Grew from a consultancy into a product company after a seed round.",
			"Headquartered downtown with remote teams in four countries.",
			"Rolled the product out to customer success first, then to engineering.",
			"Runs a self-serve motion with a small sales team for enterprise deals.",
			"Has a dedicated operations team that manages tooling and access.",
			"Uses the platform for onboarding, feature announcements and NPS surveys.",
			"Signed a three-year agreement with quarterly business reviews.",
			"Security review completed; SSO enforced for every workspace." };

	private static final String[] INDUSTRIES = { "Software", "Financial Services", "Healthcare", "E-commerce",
			"Education", "Logistics", "Media", "Manufacturing", "Travel", "Real Estate" };

	private static final String[] TECH = { "aws", "gcp", "azure", "react", "angular", "vue", "postgres", "mysql",
			"snowflake", "kafka", "kubernetes", "segment", "stripe", "auth0", "okta", "datadog" };

	private static final String[] TAGS = { "enterprise", "smb", "strategic", "at-risk", "expansion", "reference",
			"partner", "beta", "emea", "amer", "apac", "migrated" };

	private static final String[] MANAGERS = { "Alex Rivera", "Sam Whitfield", "Priya Raman", "Jordan Blake",
			"Mei Takahashi", "Lukas Brandt" };

	private static final City[] CITIES = { new City("Berlin", "Berlin", "DE", "Europe/Berlin", 1, "de-DE", 52.52, 13.405),
			new City("London", "England", "GB", "Europe/London", 0, "en-GB", 51.5072, -0.1276),
			new City("New York", "New York", "US", "America/New_York", -5, "en-US", 40.7128, -74.006),
			new City("San Francisco", "California", "US", "America/Los_Angeles", -8, "en-US", 37.7749, -122.4194),
			new City("Paris", "Ile-de-France", "FR", "Europe/Paris", 1, "fr-FR", 48.8566, 2.3522),
			new City("Madrid", "Madrid", "ES", "Europe/Madrid", 1, "es-ES", 40.4168, -3.7038),
			new City("Sao Paulo", "Sao Paulo", "BR", "America/Sao_Paulo", -3, "pt-BR", -23.5505, -46.6333),
			new City("Tokyo", "Tokyo", "JP", "Asia/Tokyo", 9, "ja-JP", 35.6762, 139.6503),
			new City("Amsterdam", "North Holland", "NL", "Europe/Amsterdam", 1, "nl-NL", 52.3676, 4.9041),
			new City("Toronto", "Ontario", "CA", "America/Toronto", -5, "en-CA", 43.6532, -79.3832),
			new City("Sydney", "New South Wales", "AU", "Australia/Sydney", 10, "en-AU", -33.8688, 151.2093),
			new City("Bangalore", "Karnataka", "IN", "Asia/Kolkata", 5, "en-IN", 12.9716, 77.5946) };

	private SeedTraits() {
	}

	private record City(String name, String region, String country, String timeZone, int utcOffset, String locale,
			double lat, double lng) {
	}

	static List<Trait> profile() {
		List<Trait> traits = new ArrayList<>();
		traits.add(Trait.always("name", (s, r) -> pick(r, FIRST_NAMES) + " " + pick(r, LAST_NAMES)));
		traits.add(Trait.always("job_title", (s, r) -> pick(r, JOB_TITLES)));
		traits.add(Trait.always("department", (s, r) -> pick(r, DEPARTMENTS)));
		traits.add(Trait.always("timezone", (s, r) -> city(s).timeZone()));
		// the standard browser fields of API §5.1.1, which clearing a profile resets
		traits.add(Trait.always("browser_x", (s, r) -> mobile(s) ? pick(r, MOBILE_WIDTHS) : pick(r, DESKTOP_WIDTHS)));
		traits.add(Trait.always("browser_tz", (s, r) -> (long) city(s).utcOffset()));
		traits.add(Trait.always("browser_l", (s, r) -> city(s).locale().substring(0, 2)));
		traits.add(Trait.always("browser_n", (s, r) -> browser(s)));
		traits.add(Trait.always("browser_k", (s, r) -> mobile(s) ? "mobile" : "desktop"));
		traits.add(Trait.always("last_seen_at", (s, r) -> before(s, r, 0, 30 * DAY)));
		traits.add(Trait.always("signed_up_at", (s, r) -> before(s, r, 60 * DAY, 900 * DAY)));
		traits.add(Trait.always("last_login_at", (s, r) -> before(s, r, 0, 45 * DAY)));
		traits.add(Trait.always("login_count", (s, r) -> (long) r.nextInt(1, 2500)));
		traits.add(Trait.always("invited_users_count", (s, r) -> (long) r.nextInt(0, 40)));
		traits.add(Trait.always("seats_used", (s, r) -> (long) r.nextInt(1, 250)));
		traits.add(Trait.always("mrr", (s, r) -> cents(r, 0, 5_000)));
		traits.add(Trait.always("lifetime_value", (s, r) -> cents(r, 0, 120_000)));
		traits.add(Trait.always("health_score", (s, r) -> Math.round(r.nextDouble(0, 100) * 10) / 10.0));
		traits.add(Trait.always("is_admin", (s, r) -> r.nextInt(4) == 0));
		traits.add(Trait.always("email_verified", (s, r) -> r.nextInt(10) != 0));
		traits.add(Trait.always("onboarding_completed", (s, r) -> r.nextInt(3) != 0));
		traits.add(Trait.always("features_used", (s, r) -> some(r, FEATURES, 3, 14)));
		traits.add(Trait.always("recent_project_ids", (s, r) -> numbers(r, 2, 10, 1_000, 99_999)));
		traits.add(Trait.always("weekly_active_minutes", (s, r) -> numbers(r, 7, 7, 0, 600)));
		traits.add(Trait.always("avatar_url", (s, r) -> "https://cdn.example-assets.net/avatars/" + hex(r, 32)
				+ "/256x256.png?v=" + r.nextInt(1, 40)));
		traits.add(Trait.always("last_page_url", (s, r) -> url(r, "https://app.example.com", 120, 420)));
		traits.add(Trait.always("last_referrer_url", (s, r) -> url(r, "https://www.example.com", 80, 320)));
		traits.add(Trait.always("user_agent", (s, r) -> userAgent(s, r)));
		traits.add(Trait.always("bio", (s, r) -> text(r, BIO, 200, MAX_TEXT)));
		traits.add(Trait.always("teams", (s, r) -> some(r, TEAMS, 1, 4)));
		traits.add(Trait.always("address", SeedTraits::address));
		traits.add(Trait.always("preferences", SeedTraits::preferences));
		traits.add(Trait.always("onboarding", SeedTraits::onboarding));
		traits.add(Trait.sometimes("utm", 0.7, SeedTraits::utm));
		traits.add(Trait.sometimes("notes", 0.6, (s, r) -> text(r, NOTES, 100, MAX_TEXT)));
		traits.add(Trait.sometimes("nps_score", 0.7, (s, r) -> (long) r.nextInt(0, 11)));
		traits.add(Trait.sometimes("trial_ends_at", 0.4, (s, r) -> before(s, r, -14 * DAY, 300 * DAY)));
		traits.add(Trait.sometimes("beta_tester", 0.5, (s, r) -> r.nextBoolean()));
		traits.add(Trait.sometimes("marketing_opt_in", 0.8, (s, r) -> r.nextBoolean()));
		traits.add(Trait.sometimes("referral_code", 0.4, (s, r) -> "REF-" + hex(r, 8).toUpperCase(Locale.ROOT)));
		traits.add(Trait.sometimes("phone", 0.5, (s, r) -> "+" + r.nextInt(1, 99) + " " + r.nextInt(20, 999) + " "
				+ r.nextInt(1_000_000, 9_999_999)));
		traits.add(Trait.sometimes("integrations", 0.6, (s, r) -> some(r, INTEGRATIONS, 1, 6)));
		traits.add(Trait.sometimes("churn_risk", 0.5, (s, r) -> Math.round(r.nextDouble() * 10_000) / 10_000.0));
		return traits;
	}

	static List<Trait> company() {
		List<Trait> traits = new ArrayList<>();
		traits.add(Trait.always("industry", (s, r) -> pick(r, INDUSTRIES)));
		traits.add(Trait.always("employee_count", (s, r) -> (long) r.nextInt(5, 20_000)));
		traits.add(Trait.always("arr", (s, r) -> cents(r, 1_000, 900_000)));
		traits.add(Trait.always("founded_year", (s, r) -> (long) r.nextInt(1995, 2025)));
		traits.add(Trait.always("website", (s, r) -> "https://www.acct-" + s.index() + ".example"));
		traits.add(Trait.always("linkedin_url", (s, r) -> "https://www.linkedin.com/company/acct-" + s.index()
				+ "-" + hex(r, 6)));
		traits.add(Trait.always("logo_url", (s, r) -> "https://cdn.example-assets.net/logos/" + hex(r, 32)
				+ "/512x512.png"));
		traits.add(Trait.always("description", (s, r) -> text(r, DESCRIPTIONS, 200, 500)));
		traits.add(Trait.always("hq", SeedTraits::headquarters));
		traits.add(Trait.always("tags", (s, r) -> some(r, TAGS, 1, 5)));
		traits.add(Trait.always("tech_stack", (s, r) -> some(r, TECH, 3, 9)));
		traits.add(Trait.always("is_paying", (s, r) -> r.nextInt(5) != 0));
		traits.add(Trait.always("renewal_at", (s, r) -> before(s, r, -365 * DAY, 0)));
		traits.add(Trait.always("seats_purchased", (s, r) -> (long) r.nextInt(5, 500)));
		traits.add(Trait.always("health_score", (s, r) -> Math.round(r.nextDouble(0, 100) * 10) / 10.0));
		traits.add(Trait.always("account_manager", (s, r) -> pick(r, MANAGERS)));
		traits.add(Trait.always("billing_email", (s, r) -> "billing@acct-" + s.index() + ".example"));
		traits.add(Trait.always("sso_enabled", (s, r) -> r.nextBoolean()));
		traits.add(Trait.sometimes("nps_average", 0.6, (s, r) -> Math.round(r.nextDouble(-20, 80) * 10) / 10.0));
		traits.add(Trait.sometimes("trial", 0.2, (s, r) -> true));
		traits.add(Trait.sometimes("notes", 0.5, (s, r) -> text(r, NOTES, 100, 400)));
		traits.add(Trait.sometimes("monthly_active_users", 0.8, (s, r) -> numbers(r, 6, 6, 10, 5_000)));
		return traits;
	}

	private static City city(Subject s) {
		return CITIES[s.pick(Aspect.CITY, CITIES.length)];
	}

	private static String browser(Subject s) {
		return BROWSERS[s.pick(Aspect.BROWSER, BROWSERS.length)];
	}

	private static boolean mobile(Subject s) {
		return s.pick(Aspect.MOBILE, 5) == 0;
	}

	private static String userAgent(Subject s, SplittableRandom r) {
		int major = r.nextInt(118, 132);
		int build = r.nextInt(1000, 7000);
		int patch = r.nextInt(10, 250);
		if (mobile(s)) {
			return "safari".equals(browser(s))
					? "Mozilla/5.0 (iPhone; CPU iPhone OS 17_" + r.nextInt(0, 6) + " like Mac OS X) AppleWebKit/605.1.15"
							+ " (KHTML, like Gecko) Version/17." + r.nextInt(0, 6) + " Mobile/15E148 Safari/604.1"
					: "Mozilla/5.0 (Linux; Android 14; Pixel " + r.nextInt(6, 9) + ") AppleWebKit/537.36 (KHTML, like"
							+ " Gecko) Chrome/" + major + ".0." + build + "." + patch + " Mobile Safari/537.36";
		}
		String platform = (r.nextInt(3) == 0) ? "Macintosh; Intel Mac OS X 10_15_7" : "Windows NT 10.0; Win64; x64";
		return switch (browser(s)) {
			case "safari" -> "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)"
					+ " Version/17." + r.nextInt(0, 6) + " Safari/605.1.15";
			case "firefox" -> "Mozilla/5.0 (" + platform.replace("10_15_7", "10.15") + "; rv:" + major + ".0) Gecko/20100101 Firefox/" + major + ".0";
			case "edge" -> "Mozilla/5.0 (" + platform + ") AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" + major
					+ ".0.0.0 Safari/537.36 Edg/" + major + ".0." + build + "." + patch;
			case "opera" -> "Mozilla/5.0 (" + platform + ") AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" + major
					+ ".0.0.0 Safari/537.36 OPR/" + (major - 14) + ".0.0.0";
			default -> "Mozilla/5.0 (" + platform + ") AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" + major + ".0."
					+ build + "." + patch + " Safari/537.36";
		};
	}

	private static Map<String, Object> address(Subject s, SplittableRandom r) {
		City city = city(s);
		Map<String, Object> address = new LinkedHashMap<>();
		address.put("street", r.nextInt(1, 240) + " " + pick(r, STREETS));
		address.put("city", city.name());
		address.put("region", city.region());
		address.put("postal_code", String.format(Locale.ROOT, "%05d", r.nextInt(1000, 99_999)));
		address.put("country", city.country());
		address.put("geo", geo(city, r));
		return address;
	}

	private static Map<String, Object> headquarters(Subject s, SplittableRandom r) {
		City city = city(s);
		Map<String, Object> hq = new LinkedHashMap<>();
		hq.put("city", city.name());
		hq.put("country", city.country());
		hq.put("geo", geo(city, r));
		return hq;
	}

	private static Map<String, Object> geo(City city, SplittableRandom r) {
		Map<String, Object> geo = new LinkedHashMap<>();
		geo.put("lat", Math.round((city.lat() + r.nextDouble(-0.1, 0.1)) * 10_000) / 10_000.0);
		geo.put("lng", Math.round((city.lng() + r.nextDouble(-0.1, 0.1)) * 10_000) / 10_000.0);
		return geo;
	}

	private static Map<String, Object> preferences(Subject s, SplittableRandom r) {
		Map<String, Object> notifications = new LinkedHashMap<>();
		notifications.put("email", r.nextInt(4) != 0);
		notifications.put("in_app", true);
		notifications.put("push", mobile(s) && r.nextBoolean());
		// arrays inside hashes are supported (API §1.7)
		notifications.put("channels", some(r, CHANNELS, 1, 3));
		Map<String, Object> preferences = new LinkedHashMap<>();
		preferences.put("theme", pick(r, THEMES));
		preferences.put("language", city(s).locale().substring(0, 2));
		preferences.put("digest_frequency", pick(r, DIGESTS));
		preferences.put("shortcuts_enabled", r.nextBoolean());
		preferences.put("notifications", notifications);
		return preferences;
	}

	private static Map<String, Object> onboarding(Subject s, SplittableRandom r) {
		Map<String, Object> onboarding = new LinkedHashMap<>();
		onboarding.put("goal", text(r, GOALS, 80, 260));
		onboarding.put("team_size", pick(r, TEAM_SIZES));
		onboarding.put("use_cases", some(r, USE_CASES, 1, 3));
		onboarding.put("heard_about_us", pick(r, UTM_SOURCES));
		onboarding.put("checklist_progress", Math.round(r.nextDouble() * 100) / 100.0);
		return onboarding;
	}

	private static Map<String, Object> utm(Subject s, SplittableRandom r) {
		Map<String, Object> utm = new LinkedHashMap<>();
		utm.put("source", pick(r, UTM_SOURCES));
		utm.put("medium", pick(r, UTM_MEDIUMS));
		utm.put("campaign", pick(r, UTM_CAMPAIGNS) + "-" + r.nextInt(2024, 2027));
		utm.put("landing_page", url(r, "https://www.example.com", 60, 160));
		return utm;
	}

	private static String pick(SplittableRandom r, String[] values) {
		return values[r.nextInt(values.length)];
	}

	private static long pick(SplittableRandom r, int[] values) {
		return values[r.nextInt(values.length)];
	}

	/** A timestamp between {@code max} and {@code min} seconds before the anchor (negative: after it). */
	private static String before(Subject s, SplittableRandom r, long min, long max) {
		Instant instant = s.anchor().minusSeconds(r.nextLong(min, max + 1));
		return Timestamps.format(instant);
	}

	private static double cents(SplittableRandom r, double min, double max) {
		return Math.round(r.nextDouble(min, max) * 100) / 100.0;
	}

	/** Between {@code min} and {@code max} distinct values, in catalogue order. */
	private static List<String> some(SplittableRandom r, String[] values, int min, int max) {
		int count = r.nextInt(min, Math.min(max, values.length) + 1);
		List<String> out = new ArrayList<>(count);
		int left = values.length;
		for (int i = 0; i < values.length && out.size() < count; i++, left--) {
			// selection sampling: each value is taken with probability needed / left
			if (r.nextInt(left) < count - out.size()) {
				out.add(values[i]);
			}
		}
		return List.copyOf(out);
	}

	private static List<Long> numbers(SplittableRandom r, int min, int max, long low, long high) {
		int count = r.nextInt(min, max + 1);
		List<Long> out = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			out.add(r.nextLong(low, high + 1));
		}
		return List.copyOf(out);
	}

	private static String hex(SplittableRandom r, int length) {
		StringBuilder out = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			out.append(Character.forDigit(r.nextInt(16), 16));
		}
		return out.toString();
	}

	/** Sentences in random order until the text is between {@code min} and {@code max} characters long. */
	private static String text(SplittableRandom r, String[] sentences, int min, int max) {
		int target = r.nextInt(min, max + 1);
		StringBuilder out = new StringBuilder(target + 120);
		for (String sentence : shuffled(r, sentences)) {
			if (out.length() >= target) {
				break;
			}
			if (out.length() > 0) {
				out.append(' ');
			}
			out.append(sentence);
		}
		if (out.length() > max) {
			out.setLength(out.lastIndexOf(" ", max - 1));
			out.append('.');
		}
		return out.toString();
	}

	private static String[] shuffled(SplittableRandom r, String[] values) {
		String[] out = values.clone();
		for (int i = out.length - 1; i > 0; i--) {
			int j = r.nextInt(i + 1);
			String swap = out[i];
			out[i] = out[j];
			out[j] = swap;
		}
		return out;
	}

	/** An app URL with a path of IDs and a query string, between {@code min} and {@code max} characters long. */
	private static String url(SplittableRandom r, String origin, int min, int max) {
		int target = r.nextInt(min, max + 1);
		StringBuilder out = new StringBuilder(target + 80).append(origin);
		int segments = r.nextInt(1, 4);
		for (int i = 0; i < segments; i++) {
			out.append('/').append(pick(r, PATHS)).append('/').append(r.nextInt(1, 100_000));
		}
		char separator = '?';
		for (String parameter : shuffled(r, QUERY)) {
			if (out.length() >= target) {
				break;
			}
			out.append(separator).append(parameter);
			separator = '&';
		}
		int cut = out.lastIndexOf("&", max);
		if (out.length() > max && cut > 0) {
			out.setLength(cut);
		}
		return out.toString();
	}

}
