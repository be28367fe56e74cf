package io.github.chameleon4j.webhook;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The {@code action} object of a webhook: what the user (or Chameleon) did. One record covers every
 * documented variant; fields that a topic does not send are {@code null}.
 *
 * @param id the action id (all variants)
 * @param groupKind how the experience was started: {@code link}, {@code api_js}, {@code launcher},
 * {@code experiment}, {@code campaign}, {@code delivery}, {@code helpbar}, {@code agent} or
 * {@code null} ({@code *.started/completed/exited})
 * @param groupId the id of the launcher, tour, ... that started it ({@code *.started/completed/exited})
 * @param deferredUntil until when the experience is snoozed ({@code *.snoozed})
 * @param deferredHours snooze length in hours ({@code *.snoozed})
 * @param deferredCount consecutive snoozes ({@code *.snoozed})
 * @param query the HelpBar query ({@code helpbar.*})
 * @param answer the AI answer ({@code helpbar.answer})
 * @param url the page the user was on ({@code helpbar.answer}, {@code helpbar.item.error})
 * @param resultsCount results shown or sources used ({@code helpbar.search}, {@code helpbar.answer})
 * @param references source URLs of the answer ({@code helpbar.answer})
 * @param itemUid the HelpBar item ({@code helpbar.item.*})
 * @param title the HelpBar item title ({@code helpbar.item.*})
 * @param href the HelpBar item link ({@code helpbar.item.*})
 * @param kinds the item's action kinds ({@code helpbar.item.*}; also read from {@code action_kinds})
 * @param actionInfo details of a failed item action ({@code helpbar.item.error})
 * @param summary what triggered the alert ({@code alert.triggered})
 * @param email the email linked to a demo run ({@code demo.email.added})
 * @param submission the form submission ({@code demo.form.submitted})
 */
public record WebhookAction(String id, @Nullable String groupKind, @Nullable String groupId,
		@Nullable Instant deferredUntil, @Nullable Integer deferredHours, @Nullable Integer deferredCount,
		@Nullable String query, @Nullable String answer, @Nullable String url, @Nullable Integer resultsCount,
		@Nullable List<String> references, @Nullable String itemUid, @Nullable String title, @Nullable String href,
		@JsonAlias("action_kinds") @Nullable List<String> kinds, @Nullable JsonNode actionInfo,
		@Nullable String summary, @Nullable String email, @Nullable JsonNode submission) {
}
