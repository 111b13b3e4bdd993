package io.github.bksdk.buildkite.tests;

import java.util.ArrayList;
import java.util.List;

/** Wire scenarios of the organization family of tags (see the spec's "organization family" blocks). */
final class OrganizationFamilyScenarios {
  private OrganizationFamilyScenarios() {}

  static List<Scenario> all() {
    List<Scenario> all = new ArrayList<>();
    all.addAll(OrgSettingsScenarios.all());
    all.addAll(OrgMembershipScenarios.all());
    all.addAll(AuditEventScenarios.all());
    all.addAll(NotificationServiceScenarios.all());
    all.addAll(RepositoryConnectionScenarios.all());
    all.addAll(PortalScenarios.all());
    all.addAll(OrgBannerAndUsageScenarios.all());
    all.addAll(WorkloadIdentityScenarios.all());
    return all;
  }
}
