package io.github.chameleon4j.test;

/**
 * Thrown by endpoint handlers to answer with the documented error envelope. The first message is the documented
 * text for the status, the optional detail follows it. Stackless because it is control flow.
 */
final class ApiError extends RuntimeException {

	private final int status;

	private final String detail;

	ApiError(int status, String detail) {
		super(detail, null, false, false);
		this.status = status;
		this.detail = detail;
	}

	static ApiError notFound() {
		return new ApiError(404, null);
	}

	static ApiError conflict(String detail) {
		return new ApiError(409, detail);
	}

	static ApiError unprocessable(String detail) {
		return new ApiError(422, detail);
	}

	int status() {
		return this.status;
	}

	String detail() {
		return this.detail;
	}

}
