package io.github.chameleon4j.client;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.github.chameleon4j.model.Embed;
import io.github.chameleon4j.model.ExperienceUpdate;
import io.github.chameleon4j.model.Launcher;
import io.github.chameleon4j.model.Tooltip;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import io.github.chameleon4j.model.PageRequest;
import io.github.chameleon4j.model.Page;

class LauncherEmbedTooltipOperationsTests extends ResourceTestSupport {

	@Test
	void embedsListReadsThePageWithSingularSegmentIdAndUnknownFields() {
		stub(get(urlPathEqualTo("/v3/edit/embeds")).withQueryParam("limit", equalTo("2")), """
				{ "embeds": [ { "id": "65f1a2b3c4d5e6f708192c01", "name": "Upgrade card", "style": "card",
				                "position": 1, "published_at": null, "segment_id": "seg-1", "tag_ids": [],
				                "experiment_range": "0-50" } ],
				  "cursor": { "limit": 2, "before": "65f1a2b3c4d5e6f708192c01" } }
				""");
		Page<Embed> page = this.chameleon.embeds().list(PageRequest.ofSize(2)).block(Duration.ofSeconds(5));
		Embed embed = page.items().get(0);
		assertThat(embed.name()).isEqualTo("Upgrade card");
		assertThat(embed.style()).isEqualTo("card");
		assertThat(embed.segmentIds()).containsExactly("seg-1");
		assertThat(embed.isPublished()).isFalse();
		assertThat(embed.unknownFields()).containsEntry("experiment_range", "0-50");
		assertThat(page.nextBefore()).isEqualTo("65f1a2b3c4d5e6f708192c01");
	}

	@Test
	void tooltipGetReadsTheSingularKey() {
		stub(get("/v3/edit/tooltips/65f1a2b3c4d5e6f708192d01"), """
				{ "tooltip": { "id": "65f1a2b3c4d5e6f708192d01", "name": "New filter button", "position": 3,
				               "published_at": "2029-02-20T10:00:00Z", "tag_ids": [], "style": "icon",
				               "stats": { "started_count": 12, "last_started_at": "2029-02-21T10:00:00Z" } } }
				""");
		Tooltip tooltip = this.chameleon.tooltips().get("65f1a2b3c4d5e6f708192d01").block(Duration.ofSeconds(5));
		assertThat(tooltip.isPublished()).isTrue();
		assertThat(tooltip.position()).isEqualTo(3);
		assertThat(tooltip.style()).isEqualTo("icon");
		assertThat(tooltip.stats().startedCount()).isEqualTo(12L);
	}

	@Test
	void launcherGetReadsItemsAndUrlRules() {
		stub(get("/v3/edit/launchers/65f1a2b3c4d5e6f708192e01"), """
				{ "launcher": { "id": "65f1a2b3c4d5e6f708192e01", "name": "Getting started checklist",
				  "preset": "icon_checklist", "list_type": "checklist", "published_at": "2029-01-30T09:00:00Z",
				  "quantifier_urls": [ { "url": "/app", "match_type": "simple" } ],
				  "stats": { "displayed_count": 40 },
				  "items": [ { "id": "65f1a2b3c4d5e6f708192e02", "kind": "tour", "title": "Create a report",
				               "campaign_id": "65f1a2b3c4d5e6f708192a3b", "hide": true } ] } }
				""");
		Launcher launcher = this.chameleon.launchers().get("65f1a2b3c4d5e6f708192e01").block(Duration.ofSeconds(5));
		assertThat(launcher.preset()).isEqualTo("icon_checklist");
		assertThat(launcher.items()).singleElement().satisfies((item) -> {
			assertThat(item.kind()).isEqualTo("tour");
			assertThat(item.campaignId()).isEqualTo("65f1a2b3c4d5e6f708192a3b");
			assertThat(item.hide()).isTrue();
		});
		assertThat(launcher.quantifierUrls()).singleElement().satisfies((rule) -> assertThat(rule.matchType()).isEqualTo("simple"));
		assertThat(launcher.stats().unknownFields()).containsEntry("displayed_count", 40);
	}

	@Test
	void launcherPatchSendsTheSignedIdsAndReadsTheUpdatedLauncher() {
		this.wiremock.stubFor(patch("/v3/edit/launchers/l1")
			.withRequestBody(equalToJson("{\"published_at\": \"${json-unit.regex}\\\\d{4}-\\\\d{2}-\\\\d{2}T\\\\d{2}:\\\\d{2}:\\\\d{2}Z\", \"tag_id\": \"+t1\", \"url_group_id\": \"-g1\"}"))
			.willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{\"launcher\": {\"id\": \"l1\", \"published_at\": \"2029-01-30T09:00:00Z\"}}")));
		Launcher launcher = this.chameleon.launchers()
			.update("l1", ExperienceUpdate.publish().addTag("t1").removeEnvironment("g1"))
			.block(Duration.ofSeconds(5));
		assertThat(launcher.isPublished()).isTrue();
	}

	@Test
	void invalidArgumentsFailBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.chameleon.embeds().get(" ")).withMessageContaining("id");
		assertThatIllegalArgumentException().isThrownBy(() -> this.chameleon.tooltips().update("t", ExperienceUpdate.none()))
			.withMessageContaining("update");
		assertNothingSent();
	}

}
