package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.Scenarios.ORG;
import static io.github.bksdk.buildkite.tests.Scenarios.linkHeader;
import static io.github.bksdk.buildkite.tests.Scenarios.pageLink;
import static io.github.bksdk.buildkite.tests.Scenarios.ts;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.model.Agent;
import io.github.bksdk.buildkite.model.AgentConnectionState;
import io.github.bksdk.buildkite.model.JobState;
import io.github.bksdk.buildkite.model.JobType;
import io.github.bksdk.buildkite.model.PauseAgentRequest;
import io.github.bksdk.buildkite.model.ResumeAgentRequest;
import io.github.bksdk.buildkite.model.StopAgentRequest;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** Agents: list with every filter, get, stop, pause, resume. */
final class AgentScenarios {
  private static final String AGENTS = "/v2/organizations/my-great-org/agents";
  private static final String AGENT = "0b461f65-e7be-4c80-888a-ef11d81fd971";
  private static final UUID QUEUE = UUID.fromString("c109939f-3b71-4cd3-b175-8eb79d2eb38e");

  private AgentScenarios() {}

  /** The agent of both documented examples, which differ only in when it was created and connected. */
  private static Consumer<Agent> documentedAgent(String createdAndConnectedAt) {
    return agent -> {
      assertThat(agent.id()).isEqualTo(AGENT);
      assertThat(agent.url()).isEqualTo("https://api.buildkite.com/v2/organizations/my-great-org/agents/my-agent");
      assertThat(agent.name()).contains("my-agent");
      assertThat(agent.connectionState()).contains(AgentConnectionState.CONNECTED);
      assertThat(agent.hostname()).contains("some.server");
      assertThat(agent.ipAddress()).contains("144.132.19.12");
      assertThat(agent.userAgent()).contains("buildkite-agent/2.1.0 (linux; amd64)");
      assertThat(agent.version()).contains("2.1.0");
      assertThat(agent.creator()).hasValueSatisfying(user -> {
        assertThat(user.name()).contains("Keith Pitt");
        assertThat(user.email()).contains("me@keithpitt.com");
      });
      assertThat(agent.createdAt()).contains(ts(createdAndConnectedAt));
      assertThat(agent.connectedAt()).contains(ts(createdAndConnectedAt));
      assertThat(agent.disconnectedAt()).isEmpty();
      assertThat(agent.lostAt()).isEmpty();
      assertThat(agent.job()).hasValueSatisfying(job -> {
        assertThat(job.id()).isEqualTo("cd164055-9649-452b-8d8e-28fe67370a1e");
        assertThat(job.type()).isEqualTo(JobType.SCRIPT);
        assertThat(job.name()).contains("rspec");
        assertThat(job.state()).contains(JobState.PASSED);
        assertThat(job.scriptPath()).contains("sleep 1");
        assertThat(job.finishedAt()).contains(ts("2015-07-30T12:58:37.000Z"));
      });
      assertThat(agent.lastJobFinishedAt()).isEmpty();
      assertThat(agent.priority()).isEmpty();
      assertThat(agent.metaData()).containsExactly("key1=val1", "key2=val2");
    };
  }

  static List<Scenario> all() {
    return List.of(
        Scenario.of("listAgents")
            .call(c -> c.agents().listAgents(ORG))
            .path(AGENTS)
            .respondExample(200, "agents-list.json")
            .responseHeader("Link", linkHeader(AGENTS, 1, 2, 4))
            .checkPage(Agent.class, page -> {
              assertThat(page.items()).hasSize(1);
              documentedAgent("2014-02-24T22:33:45.263Z").accept(page.items().get(0));
              assertThat(page.links().next()).contains(pageLink(AGENTS, 2));
              assertThat(page.links().last()).contains(pageLink(AGENTS, 4));
            }),

        Scenario.of("listAgents").label("every filter")
            .call(c -> c.agents().listAgents(ORG, ListAgentsParams.builder()
                .name("my-agent")
                .hostname("some.server")
                .version("2.1.0")
                .clusterQueueId(QUEUE)
                .page(2)
                .perPage(20)
                .build()))
            .path(AGENTS)
            .query("name", "my-agent")
            .query("hostname", "some.server")
            .query("version", "2.1.0")
            .query("cluster_queue_id", "c109939f-3b71-4cd3-b175-8eb79d2eb38e")
            .query("page", "2")
            .query("per_page", "20")
            .respondExample(200, "agents-list.json")
            .checkPage(Agent.class, page -> {
              assertThat(page.items()).extracting(Agent::id).containsExactly(AGENT);
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("getAgent")
            .call(c -> c.agents().getAgent(ORG, AGENT))
            .path(AGENTS + "/" + AGENT)
            .respondExample(200, "agents-get.json")
            .check(Agent.class, agent -> {
              documentedAgent("2015-05-09T21:05:59.874Z").accept(agent);
              assertThat(agent.webUrl()).hasValueSatisfying(url -> assertThat(url).endsWith("/agents/" + AGENT));
              assertThat(agent.osId()).contains("linux");
              assertThat(agent.arch()).contains("amd64");
              assertThat(agent.queue()).contains("default");
            }),

        Scenario.of("stopAgent")
            .run(c -> c.agents().stopAgent(ORG, AGENT, StopAgentRequest.builder().force(true).build()))
            .path(AGENTS + "/" + AGENT + "/stop")
            .jsonBody("{\"force\": true}")
            .respond(204, null)
            .returnsNothing(),

        Scenario.of("stopAgent").label("graceful, with response")
            .call(c -> c.agents().stopAgentWithResponse(ORG, AGENT, StopAgentRequest.builder().force(false).build(), RequestOptions.none()))
            .path(AGENTS + "/" + AGENT + "/stop")
            .jsonBody("{\"force\": false}")
            .respond(204, null)
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(204);
              assertThat(response.value()).isNull();
            }),

        Scenario.of("pauseAgent")
            .run(c -> c.agents().pauseAgent(ORG, AGENT, PauseAgentRequest.builder()
                .note("Investigating disk usage on this host")
                .timeoutInMinutes(60)
                .build()))
            .path(AGENTS + "/" + AGENT + "/pause")
            .jsonBody("{\"note\": \"Investigating disk usage on this host\", \"timeout_in_minutes\": 60}")
            .respond(204, null)
            .returnsNothing(),

        Scenario.of("resumeAgent")
            .run(c -> c.agents().resumeAgent(ORG, AGENT, ResumeAgentRequest.builder().build()))
            .path(AGENTS + "/" + AGENT + "/resume")
            .jsonBody("{}")
            .respond(204, null)
            .returnsNothing(),

        Scenario.of("resumeAgent").label("no body")
            .call(c -> c.agents().resumeAgentWithResponse(ORG, AGENT, null, RequestOptions.none()))
            .path(AGENTS + "/" + AGENT + "/resume")
            .respond(204, null)
            .check(Response.class, response -> assertThat(response.statusCode()).isEqualTo(204))
    );
  }
}
