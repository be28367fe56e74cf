package io.github.chameleon4j.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;


/**
 * Criteria for listing or searching Companies. The reference currently documents filters only
 * for matching {@code uid}.
 *
 * @param filters filter expressions (may be empty)
 * @param expandCompany {@code ALL} (server default) or {@code MIN}
 * @param page page size and bounds
 */
public record CompanyQuery(List<Filter> filters, @Nullable ExpandLevel expandCompany, @Nullable PageRequest page) {

	public CompanyQuery {
		filters = List.copyOf(Arguments.requireNonNull(filters, "filters"));
		for (int i = 0; i < filters.size(); i++) {
			filters.get(i).validate("filters[" + i + "]");
		}
		if (expandCompany == ExpandLevel.SKIP) {
			throw new IllegalArgumentException("expandCompany must be ALL or MIN for a company list");
		}
	}

	/**
	 * Every company.
	 * @return the criteria
	 */
	public static CompanyQuery all() {
		return new CompanyQuery(List.of(), null, null);
	}

	/**
	 * Companies matching the filters.
	 * @param filters the filters
	 * @return the criteria
	 */
	public static CompanyQuery filters(List<Filter> filters) {
		return new CompanyQuery(filters, null, null);
	}

	/**
	 * Sets how much of each company to include.
	 * @param level {@code ALL} or {@code MIN}
	 * @return the copy
	 */
	public CompanyQuery expand(ExpandLevel level) {
		return new CompanyQuery(this.filters, level, this.page);
	}

	/**
	 * Sets the page.
	 * @param page the page
	 * @return the copy
	 */
	public CompanyQuery page(PageRequest page) {
		return new CompanyQuery(this.filters, this.expandCompany, page);
	}

	/**
	 * The JSON body of a list.
	 * @return the body's fields
	 */
	public Map<String, Object> toBody() {
		Map<String, Object> body = new LinkedHashMap<>();
		if (!this.filters.isEmpty()) {
			body.put("filters", this.filters);
		}
		if (this.expandCompany != null) {
			body.put("expand", Map.of("company", this.expandCompany.wireValue()));
		}
		return PageRequest.putInto(body, this.page);
	}

}
