package io.github.chameleon4j.sample;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the sample job ({@code sample.*}). */
@ConfigurationProperties("sample")
class SampleProperties {

	/** Number of users to sync through the identify hook. */
	private int users = 60;

	/** Maximum number of Deliveries to create for the segment's members. */
	private int deliveries = 40;

	int getUsers() {
		return this.users;
	}

	void setUsers(int users) {
		this.users = users;
	}

	int getDeliveries() {
		return this.deliveries;
	}

	void setDeliveries(int deliveries) {
		this.deliveries = deliveries;
	}

}
