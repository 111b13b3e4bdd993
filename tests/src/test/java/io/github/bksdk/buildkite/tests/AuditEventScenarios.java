package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.Scenarios.ORG;
import static io.github.bksdk.buildkite.tests.Scenarios.ts;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.model.AuditEvent;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** AuditEvents: the cursor-paginated audit log and single events. */
final class AuditEventScenarios {
  private static final String EVENTS = "/v2/organizations/my-great-org/audit_events";
  private static final String EVENT = "01931fa7-b1c0-7abc-8abc-0123456789ab";
  private static final String NEXT = "https://api.buildkite.com/v2/organizations/acme-inc/audit_events"
      + "?per_page=30&after=eyJvY2N1cnJlZF9hdCI6Ii4uLiJ9";

  private AuditEventScenarios() {}

  private static Consumer<AuditEvent> documentedEvent() {
    return event -> {
      assertThat(event.uuid()).isEqualTo(EVENT);
      assertThat(event.graphqlId())
          .contains("QXVkaXRFdmVudC0tLTAxOTMxZmE3LWIxYzAtN2FiYy04YWJjLTAxMjM0NTY3ODlhYg==");
      assertThat(event.type()).isEqualTo("OrganizationUpdatedEvent");
      assertThat(event.occurredAt()).contains(ts("2024-11-12T09:15:04.000Z"));
      assertThat(event.actor()).hasValueSatisfying(actor -> {
        assertThat(actor.type()).contains("User");
        assertThat(actor.uuid()).contains("01234567-89ab-4cde-8f01-23456789abcd");
        assertThat(actor.name()).contains("Example User");
      });
      assertThat(event.subject()).hasValueSatisfying(subject -> {
        assertThat(subject.type()).contains("Organization");
        assertThat(subject.uuid()).contains("12345678-9abc-4def-8012-3456789abcde");
        assertThat(subject.name()).contains("acme-inc");
      });
      assertThat(event.context()).hasValueSatisfying(context -> {
        assertThat(context.type()).contains("WebContext");
        assertThat(context.requestIp()).contains("192.0.2.1");
        assertThat(context.requestUserAgent()).contains("Mozilla/5.0");
        assertThat(context.additionalProperties()).isEmpty();
      });
      assertThat(event.data()).isEmpty();
      assertThat(event.url()).isEqualTo("https://api.buildkite.com/v2/organizations/acme-inc/audit_events/" + EVENT);
      assertThat(event.additionalProperties()).as("every documented field is modelled").isEmpty();
    };
  }

  static List<Scenario> all() {
    return List.of(
        Scenario.of("listAuditEvents")
            .call(c -> c.auditEvents().listAuditEvents(ORG))
            .path(EVENTS)
            .respondExample(200, "audit-events-list.json")
            .responseHeader("Link", "<" + NEXT + ">; rel=\"next\"")
            .checkPage(AuditEvent.class, page -> {
              assertThat(page.items()).hasSize(1);
              documentedEvent().accept(page.items().get(0));
              assertThat(page.hasNextPage()).isTrue();
              assertThat(page.links().next()).contains(URI.create(NEXT));
            }),

        Scenario.of("listAuditEvents").label("page size and before cursor; system event without actor or context")
            .offSpecResponse("an audit context type this SDK does not model, to show its fields are kept")
            .call(c -> c.auditEvents().listAuditEvents(ORG, ListAuditEventsParams.builder()
                .perPage(2)
                .before("eyJvY2N1cnJlZF9hdCI6IjIwMjYtMDEtMDEifQ==")
                .build()))
            .path(EVENTS)
            .query("per_page", "2")
            .query("before", "eyJvY2N1cnJlZF9hdCI6IjIwMjYtMDEtMDEifQ==")
            .respond(200, """
                {
                  "items": [
                    {
                      "uuid": "01931fa7-0000-7abc-8abc-0000000000aa",
                      "graphql_id": "QXVkaXRFdmVudC0tLWFh",
                      "type": "AgentTokenRegistrationBlockedEvent",
                      "occurred_at": "2025-12-31T23:59:00.000Z",
                      "actor": null,
                      "subject": {"type": "ClusterToken", "uuid": "5b4f1e76-1f8d-4a8e-9a61-3c2d1e0f9a8b", "name": "default"},
                      "context": null,
                      "data": {"blocked_ip": "203.0.113.9", "allowed": ["192.0.2.0/24"], "attempts": 3},
                      "url": "https://api.buildkite.com/v2/organizations/my-great-org/audit_events/01931fa7-0000-7abc-8abc-0000000000aa"
                    },
                    {
                      "uuid": "01931fa7-0000-7abc-8abc-0000000000ab",
                      "graphql_id": "QXVkaXRFdmVudC0tLWFi",
                      "type": "AgentConnectedEvent",
                      "occurred_at": "2025-12-31T23:58:00.000Z",
                      "actor": {"type": "Agent", "uuid": "0b461f65-e7be-4c80-888a-ef11d81fd971", "name": "ci-agent-1"},
                      "subject": {"type": "Agent", "uuid": "0b461f65-e7be-4c80-888a-ef11d81fd971", "name": "ci-agent-1"},
                      "context": {"type": "AgentContext", "agent_ip": "198.51.100.7", "agent_version": "3.80.0"},
                      "data": {},
                      "url": "https://api.buildkite.com/v2/organizations/my-great-org/audit_events/01931fa7-0000-7abc-8abc-0000000000ab"
                    }
                  ],
                  "links": {
                    "self": "https://api.buildkite.com/v2/organizations/my-great-org/audit_events?per_page=2&before=eyJvY2N1cnJlZF9hdCI6IjIwMjYtMDEtMDEifQ%3D%3D",
                    "first": "https://api.buildkite.com/v2/organizations/my-great-org/audit_events?per_page=2",
                    "prev": "https://api.buildkite.com/v2/organizations/my-great-org/audit_events?per_page=2&before=eyJvIjoiYWIifQ%3D%3D",
                    "next": null
                  }
                }
                """)
            .checkPage(AuditEvent.class, page -> {
              assertThat(page.items()).extracting(AuditEvent::type)
                  .containsExactly("AgentTokenRegistrationBlockedEvent", "AgentConnectedEvent");
              AuditEvent blocked = page.items().get(0);
              assertThat(blocked.actor()).as("system-generated event").isEmpty();
              assertThat(blocked.context()).isEmpty();
              assertThat(blocked.subject().flatMap(s -> s.type())).contains("ClusterToken");
              assertThat(blocked.data()).containsEntry("blocked_ip", "203.0.113.9")
                  .containsEntry("allowed", List.of("192.0.2.0/24"))
                  .containsEntry("attempts", 3);
              AuditEvent connected = page.items().get(1);
              assertThat(connected.context()).hasValueSatisfying(context -> {
                assertThat(context.type()).contains("AgentContext");
                assertThat(context.requestIp()).isEmpty();
                assertThat(context.additionalProperties()).containsOnlyKeys("agent_ip", "agent_version");
                assertThat(context.additionalProperties().get("agent_version").asText()).isEqualTo("3.80.0");
              });
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("listAuditEvents").label("after cursor")
            .call(c -> c.auditEvents().listAuditEvents(ORG, ListAuditEventsParams.builder()
                .after("eyJvY2N1cnJlZF9hdCI6Ii4uLiJ9")
                .build()))
            .path(EVENTS)
            .query("after", "eyJvY2N1cnJlZF9hdCI6Ii4uLiJ9")
            .respondExample(200, "audit-events-list.json")
            .checkPage(AuditEvent.class, page -> {
              assertThat(page.items()).extracting(AuditEvent::uuid).containsExactly(EVENT);
              assertThat(page.links().next()).contains(URI.create(NEXT));
            }),

        Scenario.of("getAuditEvent")
            .call(c -> c.auditEvents().getAuditEvent(ORG, EVENT))
            .path(EVENTS + "/" + EVENT)
            .respondExample(200, "audit-events-get.json")
            .check(AuditEvent.class, documentedEvent()),

        Scenario.of("getAuditEvent").label("with response")
            .call(c -> c.auditEvents().getAuditEventWithResponse(ORG, EVENT, RequestOptions.none()))
            .path(EVENTS + "/" + EVENT)
            .respondExample(200, "audit-events-get.json")
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(200);
              AuditEvent event = (AuditEvent) response.value();
              assertThat(event.data()).isEqualTo(Map.of());
              assertThat(event.subject().flatMap(s -> s.name())).contains("acme-inc");
            })
    );
  }
}
