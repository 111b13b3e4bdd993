package io.github.bksdk.buildkite.auth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an RSA private key from PEM text (PKCS#8 or PKCS#1) with the plain JDK and checks that it is fit for
 * signing Buildkite JWTs. Every failure is an {@link IllegalArgumentException} whose message names the argument and
 * says what is wrong, but never quotes the input: no PEM text, base64, decoded bytes or key numbers, and no causes
 * whose messages might. Internal to {@link JwtCredentials}.
 */
final class RsaPrivateKeys {
  /** Smallest modulus Buildkite accepts for public-key API tokens. */
  static final int MIN_BITS = 2048;
  /** Largest modulus Buildkite accepts for public-key API tokens. */
  static final int MAX_BITS = 4096;

  private static final long MAX_FILE_BYTES = 1 << 20;
  private static final Pattern BLOCK =
      Pattern.compile("-----BEGIN ([A-Z0-9 ]{1,64})-----(.*?)-----END \\1-----", Pattern.DOTALL);
  private static final String PKCS8 = "PRIVATE KEY";
  private static final String PKCS1 = "RSA PRIVATE KEY";
  private static final String EXPECTED = "expected -----BEGIN PRIVATE KEY----- (PKCS#8) or -----BEGIN RSA PRIVATE KEY----- (PKCS#1)";

  /** DER of OBJECT IDENTIFIER 1.2.840.113549.1.1.1 (rsaEncryption), tag and length included. */
  private static final byte[] RSA_ENCRYPTION_OID = {
      0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01};

  private RsaPrivateKeys() {}

  /** Reads a PEM file; the path (not a secret) may appear in messages, the content never does. */
  static PrivateKey fromPemFile(Path file) {
    if (file == null) {
      throw new IllegalArgumentException("privateKeyPem path must not be null");
    }
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw new IllegalArgumentException("privateKeyPem path is a directory, not a PEM file: " + file);
      }
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new IllegalArgumentException("privateKeyPem file is too large to be a private key: " + file);
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("privateKeyPem file does not exist: " + file);
    } catch (AccessDeniedException e) {
      throw new IllegalArgumentException("privateKeyPem file cannot be read (access denied): " + file);
    } catch (IOException e) {
      throw new IllegalArgumentException("privateKeyPem file cannot be read (" + e.getClass().getSimpleName() + "): " + file);
    }
    try {
      return fromPem(new String(bytes, StandardCharsets.ISO_8859_1));
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /** Parses PEM text holding exactly one unencrypted RSA private key. */
  static PrivateKey fromPem(String pem) {
    if (pem == null) {
      throw new IllegalArgumentException("privateKeyPem must not be null");
    }
    if (pem.isBlank()) {
      throw new IllegalArgumentException("privateKeyPem is empty; " + EXPECTED);
    }
    List<String> labels = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    Matcher block = BLOCK.matcher(pem);
    while (block.find()) {
      labels.add(block.group(1));
      bodies.add(block.group(2));
    }
    if (labels.isEmpty()) {
      throw new IllegalArgumentException(pem.contains("-----BEGIN ")
          ? "privateKeyPem has a PEM BEGIN line without its matching END line; " + EXPECTED
          : "privateKeyPem is not PEM text; " + EXPECTED);
    }
    int chosen = -1;
    for (int i = 0; i < labels.size(); i++) {
      if (labels.get(i).endsWith("PRIVATE KEY")) {
        if (chosen >= 0) {
          throw new IllegalArgumentException("privateKeyPem holds more than one private key; give exactly one");
        }
        chosen = i;
      }
    }
    if (chosen < 0) {
      throw new IllegalArgumentException("privateKeyPem holds no private key (found " + String.join(", ", labels)
          + "); " + EXPECTED);
    }
    String label = labels.get(chosen);
    String body = bodies.get(chosen);
    switch (label) {
      case PKCS8, PKCS1 -> { }
      case "ENCRYPTED PRIVATE KEY" -> throw encrypted();
      case "OPENSSH PRIVATE KEY" -> throw new IllegalArgumentException("privateKeyPem is in OpenSSH format, which is "
          + "not supported; convert it to unencrypted PKCS#8 PEM (for example ssh-keygen -p -m PKCS8 -f <file>)");
      case "EC PRIVATE KEY" -> throw notRsa("an EC");
      case "DSA PRIVATE KEY" -> throw notRsa("a DSA");
      default -> throw new IllegalArgumentException("privateKeyPem holds an unsupported " + label + " block; " + EXPECTED);
    }
    byte[] der = decodeBody(label, body);
    try {
      if (PKCS1.equals(label)) {
        requireSequenceStartingWithInteger(der, label);
        byte[] wrapped = wrapPkcs1(der);
        try {
          return checked(generate(wrapped, label), "privateKeyPem");
        } finally {
          Arrays.fill(wrapped, (byte) 0);
        }
      }
      requireRsaAlgorithm(der);
      return checked(generate(der, label), "privateKeyPem");
    } finally {
      Arrays.fill(der, (byte) 0);
    }
  }

  /** Checks a key given as an object: RSA, and (when its size is visible) 2048 to 4096 bits. */
  static PrivateKey checked(PrivateKey key, String argument) {
    if (key == null) {
      throw new IllegalArgumentException(argument + " must not be null");
    }
    if (!"RSA".equalsIgnoreCase(key.getAlgorithm())) {
      throw new IllegalArgumentException(argument + " must be an RSA private key, not " + key.getAlgorithm()
          + "; Buildkite public-key tokens are signed with RS256");
    }
    if (key instanceof RSAKey rsa && rsa.getModulus() != null) {
      int bits = rsa.getModulus().bitLength();
      if (bits < MIN_BITS || bits > MAX_BITS) {
        throw new IllegalArgumentException(argument + " is a " + bits + "-bit RSA key; Buildkite accepts "
            + MIN_BITS + " to " + MAX_BITS + " bits");
      }
    }
    return key;
  }

  private static byte[] decodeBody(String label, String body) {
    String[] lines = body.split("\r?\n|\r");
    StringBuilder base64 = new StringBuilder(body.length());
    boolean sawHeader = false;
    boolean encrypted = false;
    for (String line : lines) {
      String trimmed = line.strip();
      if (trimmed.indexOf(':') > 0) {
        // RFC 1421 style header such as "Proc-Type: 4,ENCRYPTED" (OpenSSL's traditional encrypted format).
        sawHeader = true;
        String upper = trimmed.toUpperCase(Locale.ROOT);
        encrypted |= upper.startsWith("PROC-TYPE:") && upper.contains("ENCRYPTED") || upper.startsWith("DEK-INFO:");
        continue;
      }
      base64.append(trimmed);
    }
    if (encrypted) {
      throw encrypted();
    }
    if (sawHeader) {
      throw new IllegalArgumentException("privateKeyPem has unexpected headers inside its " + label + " block");
    }
    for (int i = 0; i < base64.length(); i++) {
      if (Character.isWhitespace(base64.charAt(i))) {
        base64.deleteCharAt(i--);
      }
    }
    if (base64.length() == 0) {
      throw new IllegalArgumentException("privateKeyPem has an empty " + label + " block");
    }
    byte[] der;
    try {
      der = Base64.getDecoder().decode(base64.toString());
    } catch (IllegalArgumentException e) {
      // The decoder's message quotes the offending character; do not pass it on.
      throw new IllegalArgumentException("privateKeyPem: the body of the " + label + " block is not valid base64");
    } finally {
      base64.setLength(0);
    }
    return der;
  }

  private static PrivateKey generate(byte[] pkcs8, String label) {
    try {
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    } catch (GeneralSecurityException | RuntimeException e) {
      // Provider messages may describe the encoding; keep only the class name.
      throw new IllegalArgumentException("privateKeyPem: the " + label + " block is not a well-formed RSA private key ("
          + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * Checks that PKCS#8 PrivateKeyInfo names rsaEncryption, so that an EC or Ed25519 key gets a message saying so
   * rather than a parse error. Reads SEQUENCE { INTEGER version, SEQUENCE { OID, ... }, ... }.
   */
  private static void requireRsaAlgorithm(byte[] der) {
    int[] outer = header(der, 0, 0x30);
    int[] version = header(der, outer[0], 0x02);
    int[] algorithm = header(der, version[0] + version[1], 0x30);
    int[] oid = header(der, algorithm[0], 0x06);
    int oidStart = algorithm[0];
    int oidEnd = oid[0] + oid[1];
    if (oidEnd - oidStart == RSA_ENCRYPTION_OID.length
        && Arrays.equals(der, oidStart, oidEnd, RSA_ENCRYPTION_OID, 0, RSA_ENCRYPTION_OID.length)) {
      return;
    }
    String dotted = dottedOid(der, oid[0], oidEnd);
    String name = switch (dotted) {
      case "1.2.840.10045.2.1" -> "an EC";
      case "1.3.101.112" -> "an Ed25519";
      case "1.3.101.113" -> "an Ed448";
      case "1.3.101.110" -> "an X25519";
      case "1.3.101.111" -> "an X448";
      case "1.2.840.10040.4.1" -> "a DSA";
      case "1.2.840.113549.1.1.10" -> "an RSASSA-PSS";
      default -> "a non-RSA (algorithm " + dotted + ")";
    };
    throw notRsa(name);
  }

  private static void requireSequenceStartingWithInteger(byte[] der, String label) {
    try {
      int[] outer = header(der, 0, 0x30);
      header(der, outer[0], 0x02);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("privateKeyPem: the " + label + " block is not a well-formed RSA private key");
    }
  }

  /**
   * Reads a DER tag and length at {@code offset}; returns {content offset, content length}. Fails (without quoting
   * the bytes) when the tag differs or the length runs past the end.
   */
  private static int[] header(byte[] der, int offset, int expectedTag) {
    if (offset + 2 > der.length || (der[offset] & 0xff) != expectedTag) {
      throw malformed();
    }
    int first = der[offset + 1] & 0xff;
    int position = offset + 2;
    long length;
    if (first < 0x80) {
      length = first;
    } else {
      int count = first & 0x7f;
      if (count == 0 || count > 4 || position + count > der.length) {
        throw malformed();
      }
      length = 0;
      for (int i = 0; i < count; i++) {
        length = (length << 8) | (der[position++] & 0xff);
      }
    }
    if (position + length > der.length) {
      throw malformed();
    }
    return new int[] {position, (int) length};
  }

  private static String dottedOid(byte[] der, int start, int end) {
    if (start >= end) {
      return "?";
    }
    StringBuilder out = new StringBuilder();
    int first = der[start] & 0xff;
    out.append(Math.min(first / 40, 2)).append('.').append(first < 80 ? first % 40 : first - 80);
    long value = 0;
    for (int i = start + 1; i < end && out.length() < 64; i++) {
      value = (value << 7) | (der[i] & 0x7f);
      if ((der[i] & 0x80) == 0) {
        out.append('.').append(value);
        value = 0;
      }
    }
    return out.toString();
  }

  /**
   * Wraps a PKCS#1 RSAPrivateKey in a PKCS#8 PrivateKeyInfo so that the JDK's RSA KeyFactory accepts it:
   * SEQUENCE { INTEGER 0, SEQUENCE { rsaEncryption, NULL }, OCTET STRING { pkcs1 } }.
   */
  static byte[] wrapPkcs1(byte[] pkcs1) {
    ByteArrayOutputStream content = new ByteArrayOutputStream(pkcs1.length + 32);
    content.writeBytes(new byte[] {0x02, 0x01, 0x00});
    content.write(0x30);
    content.write(RSA_ENCRYPTION_OID.length + 2);
    content.writeBytes(RSA_ENCRYPTION_OID);
    content.writeBytes(new byte[] {0x05, 0x00});
    content.write(0x04);
    writeLength(content, pkcs1.length);
    content.writeBytes(pkcs1);
    byte[] inner = content.toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream(inner.length + 6);
    out.write(0x30);
    writeLength(out, inner.length);
    out.writeBytes(inner);
    Arrays.fill(inner, (byte) 0);
    return out.toByteArray();
  }

  private static void writeLength(ByteArrayOutputStream out, int length) {
    if (length < 0x80) {
      out.write(length);
      return;
    }
    int bytes = length > 0xffffff ? 4 : length > 0xffff ? 3 : length > 0xff ? 2 : 1;
    out.write(0x80 | bytes);
    for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8) {
      out.write((length >>> shift) & 0xff);
    }
  }

  private static IllegalArgumentException malformed() {
    return new IllegalArgumentException("privateKeyPem: the PRIVATE KEY block is not a well-formed PKCS#8 key");
  }

  private static IllegalArgumentException encrypted() {
    return new IllegalArgumentException("privateKeyPem is encrypted with a passphrase, which is not supported; "
        + "decrypt it yourself and pass the PrivateKey, or give an unencrypted PKCS#8 or PKCS#1 PEM");
  }

  private static IllegalArgumentException notRsa(String kind) {
    return new IllegalArgumentException("privateKeyPem holds " + kind + " key, not an RSA key; "
        + "Buildkite public-key tokens are signed with RS256");
  }
}
