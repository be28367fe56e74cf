package io.github.chameleon4j.test.spring.suite;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** The application under test: nothing but the starter's auto-configuration. */
@SpringBootConfiguration
@EnableAutoConfiguration
class SuiteApplication {

}
