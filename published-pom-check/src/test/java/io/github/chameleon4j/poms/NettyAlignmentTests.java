package io.github.chameleon4j.poms;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

import org.apache.maven.repository.internal.MavenRepositorySystemUtils;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyNode;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.repository.WorkspaceReader;
import org.eclipse.aether.repository.WorkspaceRepository;
import org.eclipse.aether.resolution.ArtifactDescriptorRequest;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter must not change the Netty a Spring Boot application resolves: no exclusion or
 * override in its published POMs may reach a consumer. This resolves a plain Boot WebFlux consumer's
 * dependency graph with and without the starter (declared first and last), as a user's build does:
 * from Maven Central's POMs and this project's POMs as they would be published, without this
 * build's {@code build-local-netty} profile. Only POMs are read, so the Netty native jars this
 * build's mirror lacks are not needed.
 */
class NettyAlignmentTests {

	private static final String BOOT_VERSION = "4.1.2";

	private static final String VERSION = "0.1.0-SNAPSHOT";

	private static final Path ROOT = Path.of(System.getProperty("chameleon.project-root", "..")).toAbsolutePath().normalize();

	private static final RepositorySystem system = new RepositorySystemSupplier().get();

	private static final List<RemoteRepository> central = List
		.of(new RemoteRepository.Builder("central", "default", "https://repo.maven.apache.org/maven2/").build());

	private static final Dependency webflux = new Dependency(
			new DefaultArtifact("org.springframework.boot:spring-boot-starter-webflux:" + BOOT_VERSION), "compile");

	private static final Dependency starter = new Dependency(
			new DefaultArtifact("io.github.chameleon4j:chameleon-spring-boot-starter:" + VERSION), "compile");

	@AfterAll
	static void shutdown() {
		system.shutdown();
	}

	@Test
	void theStarterLeavesAWebFluxConsumersNettyAsItIs() throws Exception {
		DefaultRepositorySystemSession session = session(false);
		TreeSet<String> plain = netty(session, webflux);
		assertThat(plain).as("Netty of a plain Boot WebFlux application")
			.anyMatch((artifact) -> artifact.startsWith("io.netty:netty-transport-native-epoll:jar:linux-x86_64:"))
			.anyMatch((artifact) -> artifact.startsWith("io.netty:netty-codec-native-quic:"))
			.anyMatch((artifact) -> artifact.startsWith("io.netty:netty-resolver-dns-native-macos:"));
		assertThat(netty(session, starter, webflux)).as("with the starter declared first").isEqualTo(plain);
		assertThat(netty(session, webflux, starter)).as("with the starter declared last").isEqualTo(plain);
	}

	@Test
	void theComparisonSeesExclusionsInThePublishedPoms() throws Exception {
		// with this build's local profile on, the starter's POMs carry the Netty native exclusions, and a consumer that
		// declares the starter first loses the natives: what the check above would catch in a published POM
		DefaultRepositorySystemSession session = session(true);
		TreeSet<String> plain = netty(session, webflux);
		TreeSet<String> withStarter = netty(session, starter, webflux);
		assertThat(withStarter).isNotEqualTo(plain)
			.noneMatch((artifact) -> artifact.startsWith("io.netty:netty-transport-native-epoll:"));
	}

	/** The Netty artifacts (group:artifact:type:classifier:version:scope) a consumer with these dependencies resolves. */
	private static TreeSet<String> netty(DefaultRepositorySystemSession session, Dependency... dependencies)
			throws Exception {
		CollectRequest request = new CollectRequest();
		request.setRepositories(central);
		request.setManagedDependencies(bootManagedDependencies(session));
		for (Dependency dependency : dependencies) {
			request.addDependency(dependency);
		}
		DependencyNode root = system.collectDependencies(session, request).getRoot();
		TreeSet<String> netty = new TreeSet<>();
		collect(root, netty);
		return netty;
	}

	private static void collect(DependencyNode node, TreeSet<String> netty) {
		Dependency dependency = node.getDependency();
		if (dependency != null && dependency.getArtifact().getGroupId().equals("io.netty")) {
			Artifact artifact = dependency.getArtifact();
			netty.add(String.join(":", artifact.getGroupId(), artifact.getArtifactId(), artifact.getExtension(),
					artifact.getClassifier(), artifact.getVersion(), dependency.getScope()));
		}
		for (DependencyNode child : node.getChildren()) {
			collect(child, netty);
		}
	}

	/** What a consumer importing {@code spring-boot-dependencies} (or using Boot's parent) manages. */
	private static List<Dependency> bootManagedDependencies(DefaultRepositorySystemSession session) throws Exception {
		Artifact bom = new DefaultArtifact("org.springframework.boot:spring-boot-dependencies:pom:" + BOOT_VERSION);
		return system.readArtifactDescriptor(session, new ArtifactDescriptorRequest(bom, central, null))
			.getManagedDependencies();
	}

	private static DefaultRepositorySystemSession session(boolean buildLocalProfile) {
		DefaultRepositorySystemSession session = MavenRepositorySystemUtils.newSession();
		String local = System.getProperty("chameleon.local-repository",
				System.getProperty("user.home") + "/.m2/repository");
		session.setLocalRepositoryManager(system.newLocalRepositoryManager(session, new LocalRepository(new File(local), "simple")));
		// POMs the build already downloaded are read from its local repository; any other comes from Maven Central
		// a consumer's build: the JVM's properties, never this build's switch for its local profile
		Properties properties = new Properties();
		properties.putAll(System.getProperties());
		properties.remove("chameleon.build-local");
		session.setSystemProperties(properties);
		session.setUserProperties(buildLocalProfile ? Map.of("chameleon.build-local", "true") : Map.of());
		session.setWorkspaceReader(new ProjectPoms());
		return session;
	}

	/** This project's POMs, read from the source tree as they would be published. */
	private static final class ProjectPoms implements WorkspaceReader {

		private final WorkspaceRepository repository = new WorkspaceRepository("chameleon-source-tree");

		@Override
		public WorkspaceRepository getRepository() {
			return this.repository;
		}

		@Override
		public File findArtifact(Artifact artifact) {
			if (!artifact.getGroupId().equals("io.github.chameleon4j") || !artifact.getVersion().equals(VERSION)
					|| !artifact.getExtension().equals("pom")) {
				return null;
			}
			Path pom = artifact.getArtifactId().equals("chameleon-spring-boot-parent") ? ROOT.resolve("pom.xml")
					: ROOT.resolve(artifact.getArtifactId()).resolve("pom.xml");
			return Files.isRegularFile(pom) ? pom.toFile() : null;
		}

		@Override
		public List<String> findVersions(Artifact artifact) {
			return (findArtifact(artifact) != null) ? List.of(VERSION) : new ArrayList<>();
		}

	}

}
