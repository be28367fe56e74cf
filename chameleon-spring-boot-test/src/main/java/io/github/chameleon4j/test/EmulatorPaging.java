package io.github.chameleon4j.test;

/**
 * Runtime switches for how lists end (see {@link CursorStyle}). Obtain it from {@link ChameleonEmulator#paging()}.
 * Defaults: cursor lists use {@link CursorStyle#EVERY_PAGE}; profile search and deliveries list carry no cursor,
 * as in the vendor's examples; {@code limit}/{@code before}/{@code after} work on all of them.
 */
public final class EmulatorPaging {

	private final CursorStyle defaultStyle;

	private volatile CursorStyle cursorStyle;

	private volatile CursorStyle profileSearchStyle;

	private volatile CursorStyle deliveriesStyle;

	EmulatorPaging(CursorStyle defaultStyle) {
		this.defaultStyle = defaultStyle;
		reset();
	}

	/** Sets how paginated collections (companies, segments, tours, surveys, interactions, responses) end. */
	public EmulatorPaging cursorStyle(CursorStyle style) {
		this.cursorStyle = style;
		return this;
	}

	/** Sets how profile search pages end (default {@link CursorStyle#NONE}). */
	public EmulatorPaging profileSearchStyle(CursorStyle style) {
		this.profileSearchStyle = style;
		return this;
	}

	/** Sets how deliveries list pages end (default {@link CursorStyle#NONE}). */
	public EmulatorPaging deliveriesStyle(CursorStyle style) {
		this.deliveriesStyle = style;
		return this;
	}

	public CursorStyle cursorStyle() {
		return this.cursorStyle;
	}

	public CursorStyle profileSearchStyle() {
		return this.profileSearchStyle;
	}

	public CursorStyle deliveriesStyle() {
		return this.deliveriesStyle;
	}

	/** Restores the defaults given to the builder. */
	public void reset() {
		this.cursorStyle = this.defaultStyle;
		this.profileSearchStyle = CursorStyle.NONE;
		this.deliveriesStyle = CursorStyle.NONE;
	}

}
