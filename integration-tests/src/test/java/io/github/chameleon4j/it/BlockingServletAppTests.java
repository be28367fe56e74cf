package io.github.chameleon4j.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import io.github.chameleon4j.autoconfigure.ChameleonClientCustomizer;
import io.github.chameleon4j.client.blocking.BlockingChameleonOperations;
import io.github.chameleon4j.error.ChameleonNotFoundException;
import io.github.chameleon4j.model.Profile;
import io.github.chameleon4j.test.ChameleonEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring MVC application on a random port whose controller uses the auto-configured
 * {@link BlockingChameleonOperations} against the emulator: plain results in a request thread, a lazy
 * paginated stream, the client's exceptions mapped by an exception handler, and the clear refusal on a
 * non-blocking thread. {@link RestClientDetectionTests} pins the side effect the README warns about.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BlockingServletAppTests {

	private final ChameleonEmulator emulator = ChameleonEmulator.builder().seedProfiles(1_200).start();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/** One application for the class: starting one is what takes time. */
	private ConfigurableApplicationContext app;

	@BeforeAll
	void startApp() {
		this.app = start();
	}

	@AfterAll
	void stop() {
		this.app.close();
		this.emulator.close();
	}

	@Test
	void aControllerGetsPlainResultsFromTheBlockingBean() throws Exception {
		HttpResponse<String> email = get("/users/user-7/email");
		assertThat(email.statusCode()).isEqualTo(200);
		assertThat(email.body()).isEqualTo("user-7@example.org");
	}

	@Test
	void aPaginatedStreamReadInAControllerFetchesOnlyThePagesItReads() throws Exception {
		AtomicInteger searches = this.app.getBean(Searches.class).sent;
		searches.set(0);
		HttpResponse<String> first = get("/profiles/first?n=3");
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body().split(",")).hasSize(3);
		assertThat(searches).as("pages requested for 3 of 1 200 profiles").hasValue(1);
		HttpResponse<String> all = get("/profiles/count-all");
		assertThat(all.body()).isEqualTo("1200");
		assertThat(searches).as("then 3 pages of 500 (the last one short)").hasValue(4);
	}

	@Test
	void theClientsExceptionsReachTheApplicationsExceptionHandlers() throws Exception {
		assertThat(get("/users/nobody/email").statusCode()).isEqualTo(404);
	}

	@Test
	void onANonBlockingThreadTheCallIsRefusedWithAClearMessage() throws Exception {
		HttpResponse<String> refused = get("/users/user-7/email-on-parallel");
		assertThat(refused.body()).contains("non-blocking thread 'parallel-").contains("reactive ChameleonOperations");
	}

	ConfigurableApplicationContext start(String... properties) {
		return new SpringApplicationBuilder(ServletApp.class)
			.properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
					"chameleon.base-url=" + this.emulator.baseUrl(),
					"chameleon.account-secret=" + this.emulator.accountSecret())
			.properties(properties)
			.run();
	}

	private HttpResponse<String> get(String path) throws Exception {
		String port = this.app.getEnvironment().getProperty("local.server.port");
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(ProfileController.class)
	static class ServletApp {

		@Bean
		Searches searches() {
			return new Searches();
		}

		@Bean
		ChameleonClientCustomizer countingSearches(Searches searches) {
			return (builder) -> builder.filter((request, next) -> {
				if (request.url().getPath().equals("/v3/analyze/profiles")) {
					searches.sent.incrementAndGet();
				}
				return next.exchange(request);
			});
		}

	}

	/** The profile searches the client sent (each page of a walk is one), counted as each is sent. */
	static final class Searches {

		final AtomicInteger sent = new AtomicInteger();

	}

	@RestController
	static class ProfileController {

		private final BlockingChameleonOperations chameleon;

		ProfileController(BlockingChameleonOperations chameleon) {
			this.chameleon = chameleon;
		}

		@GetMapping("/users/{uid}/email")
		String email(@PathVariable String uid) {
			return this.chameleon.profiles().getByUid(uid).email();
		}

		@GetMapping("/profiles/first")
		String first(@RequestParam int n) {
			try (Stream<Profile> profiles = this.chameleon.profiles().listAll()) {
				List<String> ids = profiles.limit(n).map(Profile::id).toList();
				return String.join(",", ids);
			}
		}

		@GetMapping("/profiles/count-all")
		long countAll() {
			try (Stream<Profile> profiles = this.chameleon.profiles().listAll()) {
				return profiles.count();
			}
		}

		@GetMapping("/users/{uid}/email-on-parallel")
		String emailOnParallel(@PathVariable String uid) {
			return Mono.fromCallable(() -> email(uid))
				.subscribeOn(Schedulers.parallel())
				.onErrorResume(IllegalStateException.class, (ex) -> Mono.just(ex.getMessage()))
				.block(Duration.ofSeconds(10));
		}

		@ExceptionHandler(ChameleonNotFoundException.class)
		@ResponseStatus(HttpStatus.NOT_FOUND)
		void notFound() {
		}

	}

}
