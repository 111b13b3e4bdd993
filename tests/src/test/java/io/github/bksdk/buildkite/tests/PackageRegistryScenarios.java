package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.Scenarios.ORG;
import static io.github.bksdk.buildkite.tests.Scenarios.ts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.model.CreatePackageRegistryRequest;
import io.github.bksdk.buildkite.model.CreateRegistryTokenRequest;
import io.github.bksdk.buildkite.model.PackageRegistry;
import io.github.bksdk.buildkite.model.RegistryPackage;
import io.github.bksdk.buildkite.model.RegistryToken;
import io.github.bksdk.buildkite.model.UpdatePackageRegistryRequest;
import io.github.bksdk.buildkite.model.UpdateRegistryTokenRequest;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Package registries, registry tokens and packages: every operation of the PackageRegistries, RegistryTokens and
 * Packages tags, including the multipart upload of a package.
 */
final class PackageRegistryScenarios {
  private static final String REGISTRIES = "/v2/packages/organizations/my-great-org/registries";
  private static final String REGISTRY = REGISTRIES + "/my-registry";
  private static final String TOKEN_ID = "0191b6a2-aa51-70d0-8a5f-aabce115b0fd";
  private static final String PACKAGE_ID = "0191e23a-4bc8-7683-bfa4-5f73bc9b7c44";
  private static final String SHA256 = "d3e1515a82ece5ad1f63273aa259d91c88967f65d9ae75f880b5c93926586fdf";
  private static final String SHA512 = "5bd1481bfd924b1e272bcc7736c91e8490947cc4aa7d756daacfa1aa3705e7180ca2b7800af3ebd4f7ed4b27bcec2da580545cf351499d195e5d4e00e080c87e";

  /** The OIDC policy of the documented create request: one statement with a plain and a list claim. */
  private static final List<Map<String, Object>> POLICY = List.of(Map.of(
      "iss", "https://agent.buildkite.com",
      "claims", Map.of(
          "organization_slug", "my-org",
          "pipeline_slug", Map.of("in", List.of("my-pipeline", "my-other-pipeline")))));
  private static final String POLICY_JSON = """
      [{"iss": "https://agent.buildkite.com",
        "claims": {"organization_slug": "my-org", "pipeline_slug": {"in": ["my-pipeline", "my-other-pipeline"]}}}]
      """;

  /** The uploaded package: binary content with every byte value, CR LF pairs and a fake boundary line. */
  private static final String DEB_NAME = "banana_1.1-2_amd64.deb";
  private static final byte[] DEB = debContent();

  private PackageRegistryScenarios() {}

  static List<Scenario> all() {
    List<Scenario> all = new ArrayList<>();
    all.addAll(registries());
    all.addAll(tokens());
    all.addAll(packages());
    return all;
  }

  private static byte[] debContent() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("!<arch>\ndebian-binary   1342943816  0     0     100644  4         `\n2.0\n"
        .getBytes(StandardCharsets.US_ASCII));
    for (int i = 0; i < 256; i++) {
      out.write(i);
    }
    out.writeBytes("\r\n--not-the-boundary\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static File debFile() {
    try {
      Path dir = Files.createTempDirectory("bk-package");
      Path file = Files.write(dir.resolve(DEB_NAME), DEB);
      file.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      return file.toFile();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------------------------------------ registries

  /** The registry of the documented examples (get, create and update show the same one). */
  private static Consumer<PackageRegistry> documentedRegistry() {
    return registry -> {
      assertThat(registry.id()).isEqualTo("0191df84-85e4-77aa-83ba-6579084728eb");
      assertThat(registry.graphqlId()).contains("UmVnaXN0cnktLS0wMTkxZGY4NC04NWU0LTc3YWEtODNiYS02NTc5MDg0NzI4ZWI=");
      assertThat(registry.slug()).isEqualTo("my-registry");
      assertThat(registry.url()).isEqualTo("https://api.buildkite.com/v2/packages/organizations/my-org/registries/my-registry");
      assertThat(registry.name()).contains("my registry");
      assertThat(registry.ecosystem()).contains("ruby");
      assertThat(registry.description()).contains("registry containing ruby gems");
      assertThat(registry.emoji()).isEmpty();
      assertThat(registry.color()).isEmpty();
      assertThat(registry._public()).contains(false);
      assertThat(registry.oidcPolicy()).isEmpty();
      assertThat(registry.teamIds()).containsExactly("team-one-uuid", "team-two-uuid");
    };
  }

  private static List<Scenario> registries() {
    return List.of(
        Scenario.of("listPackageRegistries")
            .call(c -> c.packageRegistries().listPackageRegistries(ORG))
            .path(REGISTRIES)
            .respondExample(200, "registries-list.json")
            .checkPage(PackageRegistry.class, page -> {
              assertThat(page.items()).hasSize(1);
              documentedRegistry().accept(page.items().get(0));
              assertThat(page.items().get(0).webUrl())
                  .contains("https://buildkite.com/organizations/my-org/packages/registries/my-registry");
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("getPackageRegistry")
            .call(c -> c.packageRegistries().getPackageRegistry(ORG, "my-registry"))
            .path(REGISTRY)
            .respondExample(200, "registries-get.json")
            .check(PackageRegistry.class, registry -> {
              documentedRegistry().accept(registry);
              assertThat(registry.webUrl()).contains("https://buildkite.com/organizations/my-org/registries/my-registry");
            }),

        Scenario.of("getPackageRegistry").label("OIDC policy and public flag set")
            .call(c -> c.packageRegistries().getPackageRegistry(ORG, "gems space"))
            .path(REGISTRIES + "/gems%20space")
            .respond(200, """
                {
                  "id": "0191df84-85e4-77aa-83ba-6579084728ec",
                  "slug": "gems-space",
                  "url": "https://api.buildkite.com/v2/packages/organizations/my-great-org/registries/gems-space",
                  "name": "gems space",
                  "ecosystem": "ruby",
                  "emoji": ":gem:",
                  "color": "#f0ccff",
                  "public": true,
                  "oidc_policy": "- iss: https://agent.buildkite.com\\n  claims:\\n    organization_slug: my-great-org\\n",
                  "team_ids": []
                }
                """)
            .check(PackageRegistry.class, registry -> {
              assertThat(registry.slug()).isEqualTo("gems-space");
              assertThat(registry.emoji()).contains(":gem:");
              assertThat(registry.color()).contains("#f0ccff");
              assertThat(registry._public()).contains(true);
              assertThat(registry.oidcPolicy()).contains(
                  "- iss: https://agent.buildkite.com\n  claims:\n    organization_slug: my-great-org\n");
              assertThat(registry.teamIds()).isEmpty();
              assertThat(registry.graphqlId()).isEmpty();
            }),

        Scenario.of("createPackageRegistry")
            .call(c -> c.packageRegistries().createPackageRegistry(ORG, CreatePackageRegistryRequest.builder()
                .name("my registry")
                .ecosystem("ruby")
                .description("registry containing ruby gems")
                .emoji(":sunflower:")
                .color("#f0ccff")
                .teamIds(List.of("team-one-uuid", "team-two-uuid"))
                .oidcPolicy(POLICY)
                .build()))
            .path(REGISTRIES)
            .jsonBody("""
                {
                  "name": "my registry",
                  "ecosystem": "ruby",
                  "description": "registry containing ruby gems",
                  "emoji": ":sunflower:",
                  "color": "#f0ccff",
                  "team_ids": ["team-one-uuid", "team-two-uuid"],
                  "oidc_policy": %s
                }
                """.formatted(POLICY_JSON))
            .respondExample(200, "registries-create.json")
            .check(PackageRegistry.class, documentedRegistry()),

        Scenario.of("createPackageRegistry").label("required fields and a YAML policy")
            .call(c -> c.packageRegistries().createPackageRegistry(ORG, CreatePackageRegistryRequest.builder()
                .name("python wheels")
                .ecosystem("python")
                .oidcPolicy("- iss: https://agent.buildkite.com\n  claims:\n    pipeline_slug: release\n")
                .build()))
            .path(REGISTRIES)
            .jsonBody("""
                {
                  "name": "python wheels",
                  "ecosystem": "python",
                  "oidc_policy": "- iss: https://agent.buildkite.com\\n  claims:\\n    pipeline_slug: release\\n"
                }
                """)
            .respondExample(200, "registries-create.json")
            .check(PackageRegistry.class, registry -> assertThat(registry.slug()).isEqualTo("my-registry")),

        Scenario.of("updatePackageRegistry")
            .call(c -> c.packageRegistries().updatePackageRegistry(ORG, "my-registry", UpdatePackageRegistryRequest.builder()
                .name("my registry")
                .description("registry containing ruby gems")
                .oidcPolicy(List.of(Map.of(
                    "iss", "https://agent.buildkite.com",
                    "claims", Map.of("organization_slug", "my-org", "pipeline_slug", Map.of("in", List.of("my-pipeline"))))))
                .build()))
            .path(REGISTRY)
            .jsonBody("""
                {
                  "name": "my registry",
                  "description": "registry containing ruby gems",
                  "oidc_policy": [{"iss": "https://agent.buildkite.com",
                                   "claims": {"organization_slug": "my-org", "pipeline_slug": {"in": ["my-pipeline"]}}}]
                }
                """)
            .respondExample(200, "registries-update.json")
            .check(PackageRegistry.class, documentedRegistry()),

        Scenario.of("updatePackageRegistry").label("clear description and policy, name left out")
            .call(c -> c.packageRegistries().updatePackageRegistryWithResponse(ORG, "my-registry", UpdatePackageRegistryRequest.builder()
                    .description(null)
                    .oidcPolicy(null)
                    .emoji(":gem:")
                    .color("#BADA55")
                    .build(), RequestOptions.none()))
            .path(REGISTRY)
            .jsonBody("""
                {"description": null, "oidc_policy": null, "emoji": ":gem:", "color": "#BADA55"}
                """)
            .respondExample(200, "registries-update.json")
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(200);
              assertThat(response.value()).isInstanceOfSatisfying(PackageRegistry.class,
                  registry -> assertThat(registry.slug()).isEqualTo("my-registry"));
            }),

        Scenario.of("deletePackageRegistry")
            .run(c -> c.packageRegistries().deletePackageRegistry(ORG, "my-registry"))
            .path(REGISTRY)
            .respond(200, null)
            .returnsNothing(),

        Scenario.of("deletePackageRegistry").label("with response, an unexpected body ignored")
            .call(c -> c.packageRegistries().deletePackageRegistryWithResponse(ORG, "my-registry", RequestOptions.none()))
            .path(REGISTRY)
            .offSpecResponse("the spec documents no body; a stray one must not break the call")
            .respond(200, "{}")
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(200);
              assertThat(response.value()).isNull();
            })
    );
  }

  // ------------------------------------------------------------------------------------------------ tokens

  /** The token of the documented examples (all four show the same one). */
  private static Consumer<RegistryToken> documentedToken() {
    return token -> {
      assertThat(token.id()).isEqualTo(TOKEN_ID);
      assertThat(token.graphqlId()).contains("UmVnaXN0cnlUb2tlbi0tLTAxOTFiNmEyLWFhNTEtNzBkMC04YTVmLWFhYmNlMTE1YjBmZA==");
      assertThat(token.description()).contains("Usher");
      assertThat(token.url()).isEqualTo("http://api.buildkite.com/v2/packages/organizations/my_great_org/registries/my-registry/tokens/" + TOKEN_ID);
      assertThat(token.createdAt()).contains(ts("2024-09-03T06:46:39.441Z"));
      assertThat(token.createdBy()).hasValueSatisfying(user -> {
        assertThat(user.id()).isEqualTo("0191b13b-0eb6-470d-a4c0-2085974f3580");
        assertThat(user.name()).contains("Eminem");
        assertThat(user.email()).contains("eminem@buildkite.com");
        assertThat(user.avatarUrl()).isEmpty();
        assertThat(user.createdAt()).contains(ts("2024-09-02T05:35:23.318Z"));
      });
      assertThat(token.organization()).hasValueSatisfying(org -> {
        assertThat(org.id()).isEqualTo("018a456f-e581-44b6-c5a4-1d8a5f7094ee");
        assertThat(org.slug()).isEqualTo("my_great_org");
        assertThat(org.webUrl()).contains("https://buildkite.com/organizations/my_great_org");
      });
      assertThat(token.registry()).hasValueSatisfying(registry -> {
        assertThat(registry.id()).isEqualTo("018f56ef-9ef4-70f0-aba2-0f4578e3d69d");
        assertThat(registry.slug()).isEqualTo("my-registry");
        assertThat(registry.url()).contains("http://api.buildkite.com/v2/packages/organizations/my_great_org/registries/my-registry");
      });
      assertThat(token.token()).isEmpty();
    };
  }

  private static List<Scenario> tokens() {
    return List.of(
        Scenario.of("listRegistryTokens")
            .call(c -> c.registryTokens().listRegistryTokens(ORG, "my-registry"))
            .path(REGISTRY + "/tokens")
            .respondExample(200, "registry-tokens-list.json")
            .checkPage(RegistryToken.class, page -> {
              assertThat(page.items()).hasSize(1);
              documentedToken().accept(page.items().get(0));
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("getRegistryToken")
            .call(c -> c.registryTokens().getRegistryToken(ORG, "my-registry", TOKEN_ID))
            .path(REGISTRY + "/tokens/" + TOKEN_ID)
            .respondExample(200, "registry-tokens-get.json")
            .check(RegistryToken.class, documentedToken()),

        Scenario.of("createRegistryToken")
            .call(c -> c.registryTokens().createRegistryToken(ORG, "my-registry",
                CreateRegistryTokenRequest.builder().description("Usher").build()))
            .path(REGISTRY + "/tokens")
            .jsonBody("{\"description\": \"Usher\"}")
            .respondExample(200, "registry-tokens-create.json")
            .check(RegistryToken.class, documentedToken()),

        Scenario.of("createRegistryToken").label("answer carrying the secret value")
            .call(c -> c.registryTokens().createRegistryToken(ORG, "my-registry",
                CreateRegistryTokenRequest.builder().description("CI installs").build()))
            .path(REGISTRY + "/tokens")
            .jsonBody("{\"description\": \"CI installs\"}")
            .respond(200, """
                {
                  "id": "0191b6a2-aa51-70d0-8a5f-aabce115b0fe",
                  "description": "CI installs",
                  "url": "https://api.buildkite.com/v2/packages/organizations/my-great-org/registries/my-registry/tokens/0191b6a2-aa51-70d0-8a5f-aabce115b0fe",
                  "created_at": "2024-09-03T06:46:39.441Z",
                  "token": "bkpt_0123456789abcdef0123456789abcdef"
                }
                """)
            .check(RegistryToken.class, token -> {
              assertThat(token.description()).contains("CI installs");
              assertThat(token.token()).contains("bkpt_0123456789abcdef0123456789abcdef");
              assertThat(token.toString()).contains("token=***").doesNotContain("bkpt_");
              assertThat(token.createdBy()).isEmpty();
            }),

        Scenario.of("updateRegistryToken")
            .call(c -> c.registryTokens().updateRegistryToken(ORG, "my-registry", TOKEN_ID,
                UpdateRegistryTokenRequest.builder().description("Usher").build()))
            .path(REGISTRY + "/tokens/" + TOKEN_ID)
            .jsonBody("{\"description\": \"Usher\"}")
            .respondExample(200, "registry-tokens-update.json")
            .check(RegistryToken.class, documentedToken()),

        Scenario.of("deleteRegistryToken")
            .run(c -> c.registryTokens().deleteRegistryToken(ORG, "my-registry", TOKEN_ID))
            .path(REGISTRY + "/tokens/" + TOKEN_ID)
            .respond(200, null)
            .returnsNothing(),

        Scenario.of("deleteRegistryToken").label("with response")
            .call(c -> c.registryTokens().deleteRegistryTokenWithResponse(ORG, "my-registry", TOKEN_ID, RequestOptions.none()))
            .path(REGISTRY + "/tokens/" + TOKEN_ID)
            .respond(200, null)
            .check(Response.class, response -> assertThat(response.statusCode()).isEqualTo(200))
    );
  }

  // ------------------------------------------------------------------------------------------------ packages

  /** The package of the documented publish, get and copy examples. */
  private static Consumer<RegistryPackage> documentedPackage() {
    return pkg -> {
      assertThat(pkg.id()).isEqualTo(PACKAGE_ID);
      assertThat(pkg.url()).isEqualTo("https://api.buildkite.com/v2/packages/organizations/my_great_org/registries/my-registry/packages/" + PACKAGE_ID);
      assertThat(pkg.webUrl()).contains("https://buildkite.com/organizations/my_great_org/packages/registries/my-registry/packages/" + PACKAGE_ID);
      assertThat(pkg.name()).contains("banana");
      assertThat(pkg.version()).isEmpty();
      assertThat(pkg.digests()).hasValueSatisfying(digests -> {
        assertThat(digests.sha256()).contains(SHA256);
        assertThat(digests.sha512()).contains(SHA512);
      });
      assertThat(pkg.organization()).hasValueSatisfying(org -> {
        assertThat(org.id()).isEqualTo("0190e784-eeb7-4ce4-9d2d-87f7aba85433");
        assertThat(org.slug()).isEqualTo("my_great_org");
        assertThat(org.url()).isEqualTo("https://api.buildkite.com/v2/organizations/my_great_org");
      });
      assertThat(pkg.registry()).hasValueSatisfying(registry -> {
        assertThat(registry.id()).isEqualTo("0191e238-e0a3-7b0b-bb34-beea0035a39d");
        assertThat(registry.graphqlId()).contains("UmVnaXN0cnktLS0wMTkxZTIzOC1lMGEzLTdiMGItYmIzNC1iZWVhMDAzNWEzOWQ=");
        assertThat(registry.slug()).isEqualTo("my-registry");
        assertThat(registry.webUrl()).contains("https://buildkite.com/organizations/my_great_org/packages/registries/my-registry");
      });
    };
  }

  private static final String PACKAGES_URL = Scenarios.API + REGISTRY + "/packages";
  private static final String NEXT_PACKAGES = PACKAGES_URL + "?after=eyJpZCI6IjAxOTE3OGMyIn0%3D&per_page=2";

  private static List<Scenario> packages() {
    String packages = REGISTRY + "/packages";
    return List.of(
        Scenario.of("listPackages")
            .call(c -> c.packages().listPackages(ORG, "my-registry"))
            .path(packages)
            .respondExample(200, "packages-list.json")
            .checkPage(RegistryPackage.class, page -> {
              assertThat(page.items()).extracting(RegistryPackage::name)
                  .containsExactly(java.util.Optional.of("banana"), java.util.Optional.of("grapes"));
              RegistryPackage banana = page.items().get(0);
              assertThat(banana.id()).isEqualTo(PACKAGE_ID);
              assertThat(banana.version()).contains("1.0");
              assertThat(banana.createdAt()).contains(ts("2024-08-22T06:24:53Z"));
              assertThat(banana.digests().flatMap(d -> d.sha256())).contains(SHA256);
              assertThat(banana.organization()).isEmpty();
              assertThat(banana.registry()).isEmpty();
              RegistryPackage grapes = page.items().get(1);
              assertThat(grapes.id()).isEqualTo("019178c2-6b08-7d66-a1db-b79b8ba83151");
              assertThat(grapes.version()).contains("2.8.3");
              assertThat(grapes.createdAt()).contains(ts("2024-08-21T06:24:53Z"));
              assertThat(page.hasNextPage()).isFalse();
              assertThat(page.links().next()).isEmpty();
            }),

        Scenario.of("listPackages").label("name filter, after cursor, next link")
            .call(c -> c.packages().listPackages(ORG, "my-registry", ListPackagesParams.builder()
                .name("banana")
                .perPage(2)
                .after("eyJpZCI6IjAxOTFlMjNhIn0=")
                .build()))
            .path(packages)
            .query("name", "banana")
            .query("per_page", "2")
            .query("after", "eyJpZCI6IjAxOTFlMjNhIn0=")
            .respond(200, """
                {
                  "items": [
                    {
                      "id": "0191e23a-4bc8-7683-bfa4-5f73bc9b7c45",
                      "url": "%1$s/0191e23a-4bc8-7683-bfa4-5f73bc9b7c45",
                      "web_url": null,
                      "name": "banana",
                      "created_at": "2024-08-20T06:24:53Z",
                      "version": "0.9",
                      "digests": {"sha256": "%2$s", "sha512": null}
                    }
                  ],
                  "links": {"self": "%1$s?after=eyJpZCI6IjAxOTFlMjNhIn0%%3D&per_page=2", "next": "%3$s"}
                }
                """.formatted(PACKAGES_URL, SHA256, NEXT_PACKAGES))
            .checkPage(RegistryPackage.class, page -> {
              assertThat(page.items()).singleElement().satisfies(pkg -> {
                assertThat(pkg.version()).contains("0.9");
                assertThat(pkg.webUrl()).isEmpty();
                assertThat(pkg.digests().flatMap(d -> d.sha512())).isEmpty();
              });
              assertThat(page.hasNextPage()).isTrue();
              assertThat(page.links().next()).contains(URI.create(NEXT_PACKAGES));
            }),

        Scenario.of("listPackages").label("before cursor")
            .call(c -> c.packages().listPackages(ORG, "my-registry", ListPackagesParams.builder()
                .before("eyJpZCI6IjAxOTE3OGMyIn0=")
                .build()))
            .path(packages)
            .query("before", "eyJpZCI6IjAxOTE3OGMyIn0=")
            .respond(200, "{\"items\": [], \"links\": {\"self\": \"" + PACKAGES_URL + "\", \"next\": null, \"prev\": null}}")
            .checkPage(RegistryPackage.class, page -> {
              assertThat(page.items()).isEmpty();
              assertThat(page.hasNextPage()).isFalse();
            }),

        Scenario.of("getPackage")
            .call(c -> c.packages().getPackage(ORG, "my-registry", PACKAGE_ID))
            .path(packages + "/" + PACKAGE_ID)
            .respondExample(200, "packages-get.json")
            .check(RegistryPackage.class, documentedPackage()),

        Scenario.of("publishPackage")
            .call(c -> c.packages().publishPackage(ORG, "my-registry", debFile()))
            .path(packages)
            .rawBody(request -> {
              String contentType = request.getHeader("Content-Type");
              assertThat(contentType).as("Content-Type").startsWith("multipart/form-data; boundary=");
              String boundary = contentType.substring("multipart/form-data; boundary=".length());
              assertThat(boundary).as("boundary").matches("buildkite-sdk-[0-9a-f]{32}");
              ByteArrayOutputStream expected = new ByteArrayOutputStream();
              expected.writeBytes(("--" + boundary + "\r\n"
                  + "Content-Disposition: form-data; name=\"file\"; filename=\"" + DEB_NAME + "\"\r\n"
                  + "Content-Type: application/octet-stream\r\n"
                  + "\r\n").getBytes(StandardCharsets.US_ASCII));
              expected.writeBytes(DEB);
              expected.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
              // compared as ISO-8859-1 text: one char per byte, so the comparison is exact and a failure readable
              assertThat(new String(request.getBody(), StandardCharsets.ISO_8859_1)).as("multipart body")
                  .isEqualTo(new String(expected.toByteArray(), StandardCharsets.ISO_8859_1));
              assertThat(request.getHeader("Content-Length")).isEqualTo(String.valueOf(expected.size()));
              // and as a multipart parser reads it
              assertThat(request.getParts()).singleElement().satisfies(part -> {
                assertThat(part.getName()).isEqualTo("file");
                assertThat(part.getHeader("Content-Disposition").firstValue())
                    .isEqualTo("form-data; name=\"file\"; filename=\"" + DEB_NAME + "\"");
                assertThat(part.getBody().asBytes()).isEqualTo(DEB);
              });
            })
            .respondExample(200, "packages-publish.json")
            .check(RegistryPackage.class, documentedPackage()),

        Scenario.of("publishPackage").label("with response")
            .call(c -> c.packages().publishPackageWithResponse(ORG, "my-registry", debFile(), RequestOptions.none()))
            .path(packages)
            .rawBody(request -> {
              assertThat(request.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=buildkite-sdk-");
              assertThat(request.getParts()).singleElement()
                  .satisfies(part -> assertThat(part.getBody().asBytes()).isEqualTo(DEB));
            })
            .respondExample(200, "packages-publish.json")
            .check(Response.class, response -> {
              assertThat(response.statusCode()).isEqualTo(200);
              assertThat(response.value()).isInstanceOfSatisfying(RegistryPackage.class, documentedPackage());
            }),

        Scenario.of("copyPackage")
            .call(c -> {
              // `to` is required: the query cannot be built without it
              assertThatThrownBy(() -> CopyPackageParams.builder().build())
                  .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("to");
              return c.packages().copyPackage(ORG, "my-registry", PACKAGE_ID,
                  CopyPackageParams.builder().to("my-other-registry").build());
            })
            .path(packages + "/" + PACKAGE_ID + "/copy")
            .query("to", "my-other-registry")
            .respondExample(200, "packages-copy.json")
            .check(RegistryPackage.class, documentedPackage()),

        Scenario.of("deletePackage")
            .run(c -> c.packages().deletePackage(ORG, "my-registry", PACKAGE_ID))
            .path(packages + "/" + PACKAGE_ID)
            .respond(200, null)
            .returnsNothing()
    );
  }
}
