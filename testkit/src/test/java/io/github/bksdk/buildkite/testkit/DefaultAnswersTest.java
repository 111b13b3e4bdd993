package io.github.bksdk.buildkite.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every operation of the spec has a default answer, and every default answer agrees with the spec. */
class DefaultAnswersTest {
  @Test
  void everyDefaultAnswerAgreesWithTheSpec() {
    SpecModel spec = SpecModel.shared();
    Examples examples = new Examples(spec);
    SpecValidation validation = SpecValidation.bundled();
    List<String> problems = new ArrayList<>();
    int withBody = 0;

    for (SpecModel.Operation op : spec.operations()) {
      String path = op.template().replaceAll("\\{[^}]+}", "x1");
      assertThat(spec.match(op.method(), path)).as(op.id()).hasValueSatisfying(
          m -> assertThat(m.operation().method() + " " + m.operation().template())
              .isEqualTo(op.method() + " " + op.template()));
      Examples.Answer answer = examples.answer(op, null);
      if (answer.body() != null) {
        withBody++;
      }
      List<String> errors = validation.validateResponse(op.method(), path, answer.status(), java.util.Map.of(),
          answer.contentType(), answer.body());
      if (!errors.isEmpty()) {
        problems.add(op.id() + ": " + errors);
      }
    }

    assertThat(spec.operations()).hasSizeGreaterThan(200);
    assertThat(withBody).isGreaterThan(150);
    assertThat(problems).isEmpty();
  }
}
