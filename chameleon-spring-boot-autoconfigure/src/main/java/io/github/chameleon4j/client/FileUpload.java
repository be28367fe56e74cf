package io.github.chameleon4j.client;

import java.nio.file.Files;
import java.nio.file.Path;

import org.reactivestreams.Publisher;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.jspecify.annotations.Nullable;

import io.github.chameleon4j.model.Arguments;

/**
 * A file to send as one part of a {@code multipart/form-data} request. The content streams from
 * its source while the request is written; it is never read into memory as a whole.
 * <pre>{@code
 * FileUpload.of(Path.of("plan-sync.csv"))
 * FileUpload.of("plan-sync.csv", dataBufferFlux)   // sent once: not retried after a failure
 * }</pre>
 */
public final class FileUpload {

	private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

	private final String filename;

	private final MediaType contentType;

	@Nullable
	private final Resource resource;

	@Nullable
	private final Publisher<DataBuffer> content;

	private FileUpload(String filename, MediaType contentType, @Nullable Resource resource,
			@Nullable Publisher<DataBuffer> content) {
		this.filename = filename;
		this.contentType = contentType;
		this.resource = resource;
		this.content = content;
	}

	/**
	 * A file on disk, typed {@code text/csv}.
	 * @param path the file
	 * @return the upload
	 */
	public static FileUpload of(Path path) {
		Arguments.requireNonNull(path, "path");
		if (!Files.isRegularFile(path)) {
			throw new IllegalArgumentException("path must be a readable file, was " + path);
		}
		return of(new FileSystemResource(path));
	}

	/**
	 * A resource, named after its file name, typed {@code text/csv}.
	 * @param resource the resource; it can be re-read, so an upload of it may be retried
	 * @return the upload
	 */
	public static FileUpload of(Resource resource) {
		Arguments.requireNonNull(resource, "resource");
		return new FileUpload(Arguments.requireText(resource.getFilename(), "resource.filename"), TEXT_CSV, resource,
				null);
	}

	/**
	 * Content from a publisher, typed {@code text/csv}. A publisher can usually be read only once,
	 * so a request carrying it is never retried.
	 * @param filename the file name sent with the part
	 * @param content the bytes
	 * @return the upload
	 */
	public static FileUpload of(String filename, Publisher<DataBuffer> content) {
		return new FileUpload(Arguments.requireText(filename, "filename"), TEXT_CSV, null,
				Arguments.requireNonNull(content, "content"));
	}

	/**
	 * A copy with another content type (e.g. {@code application/x-yaml} for translation files).
	 * @param contentType the content type
	 * @return the copy
	 */
	public FileUpload withContentType(MediaType contentType) {
		return new FileUpload(this.filename, Arguments.requireNonNull(contentType, "contentType"), this.resource,
				this.content);
	}

	/**
	 * The file name sent with the part.
	 * @return the name
	 */
	public String filename() {
		return this.filename;
	}

	/**
	 * Whether the content can be sent again (a resource) or only once (a publisher).
	 * @return {@code true} for a resource
	 */
	public boolean isRepeatable() {
		return this.resource != null;
	}

	/** The part to send: its content with the file name and content type, streamed when written. */
	HttpEntity<?> part(String name) {
		MultipartBodyBuilder builder = new MultipartBodyBuilder();
		if (this.resource != null) {
			builder.part(name, this.resource).filename(this.filename).contentType(this.contentType);
		}
		else {
			builder.asyncPart(name, this.content, DataBuffer.class).filename(this.filename).contentType(this.contentType);
		}
		return builder.build().getFirst(name);
	}

	@Override
	public String toString() {
		return "FileUpload[" + this.filename + "]";
	}

}
