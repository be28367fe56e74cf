package io.github.chameleon4j.test.spring.slice;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application whose web slice is tested: a controller that calls Chameleon. */
@SpringBootApplication
class SliceApplication {

}
