package io.github.bksdk.buildkite.errors;

/** Keeps exception messages short whatever a server sends. Internal to the errors package. */
final class Messages {
  static final int MAX = 500;

  private Messages() {}

  static String bounded(String message) {
    if (message == null) {
      return "";
    }
    return message.length() <= MAX ? message : message.substring(0, MAX - 20) + "... (" + message.length() + " chars)";
  }
}
