package io.github.bksdk.buildkite.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test keys for the JWT credentials, generated once per run, their PEM forms, and the check that an error message
 * carries no key material. The PKCS#1 form is cut out of the JDK's PKCS#8 encoding here, independently of how the
 * SDK wraps PKCS#1 back into PKCS#8.
 */
final class JwtTestKeys {
  static final String TOKEN_UUID = "b63254c0-3271-4a98-8270-7cfbd6c2f14e";

  /** The 2048-bit pair most tests sign and verify with. */
  static final KeyPair RSA_2048 = generate("RSA", 2048);

  private JwtTestKeys() {}

  static KeyPair generate(String algorithm, int bits) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
      if (bits > 0) {
        generator.initialize(bits);
      }
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  static String pem(String label, byte[] der) {
    return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END " + label + "-----\n";
  }

  static String pkcs8Pem(PrivateKey key) {
    return pem("PRIVATE KEY", key.getEncoded());
  }

  static String pkcs1Pem(PrivateKey key) {
    return pem("RSA PRIVATE KEY", pkcs1(key));
  }

  /** The RSAPrivateKey (PKCS#1) inside a PKCS#8 PrivateKeyInfo: SEQUENCE { INTEGER, SEQUENCE, OCTET STRING }. */
  static byte[] pkcs1(PrivateKey key) {
    byte[] der = key.getEncoded();
    int[] info = tlv(der, 0, 0x30);
    int[] version = tlv(der, info[0], 0x02);
    int[] algorithm = tlv(der, version[0] + version[1], 0x30);
    int[] octets = tlv(der, algorithm[0] + algorithm[1], 0x04);
    byte[] pkcs1 = Arrays.copyOfRange(der, octets[0], octets[0] + octets[1]);
    assertThat(pkcs1[0]).as("PKCS#1 RSAPrivateKey starts with a SEQUENCE").isEqualTo((byte) 0x30);
    return pkcs1;
  }

  /** Returns {content offset, content length} of the DER element at {@code offset}, checking its tag. */
  private static int[] tlv(byte[] der, int offset, int tag) {
    assertThat(der[offset] & 0xff).isEqualTo(tag);
    int length = der[offset + 1] & 0xff;
    int position = offset + 2;
    if (length >= 0x80) {
      int count = length & 0x7f;
      length = 0;
      for (int i = 0; i < count; i++) {
        length = (length << 8) | (der[position++] & 0xff);
      }
    }
    return new int[] {position, length};
  }

  /** Every textual form of a key's secrets that a careless message could quote. */
  static List<String> materialOf(PrivateKey key) {
    List<String> material = new ArrayList<>();
    material.add(Base64.getEncoder().encodeToString(key.getEncoded()));
    material.add(hex(key.getEncoded()));
    if (key instanceof RSAPrivateKey rsa) {
      material.add(Base64.getEncoder().encodeToString(pkcs1(key)));
      material.add(rsa.getModulus().toString());
      material.add(rsa.getModulus().toString(16));
      material.add(rsa.getPrivateExponent().toString());
      material.add(rsa.getPrivateExponent().toString(16));
      if (rsa instanceof RSAPrivateCrtKey crt) {
        material.add(crt.getPrimeP().toString());
        material.add(crt.getPrimeQ().toString());
      }
    }
    return material;
  }

  /** The base64 body of PEM text, without BEGIN/END lines or line breaks. */
  static String pemBody(String pem) {
    return pem.replaceAll("-----(BEGIN|END) [A-Z0-9 ]+-----", "").replaceAll("(?m)^[A-Za-z-]+:.*$", "")
        .replaceAll("\\s", "");
  }

  static String hex(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      out.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return out.toString();
  }

  /**
   * Asserts that {@code text} contains no 8-character run of any secret (every window is checked, so a quoted
   * fragment of a PEM line, a modulus or a JWT signature is caught, not only the whole value).
   */
  static void assertFreeOf(String text, List<String> secrets) {
    assertThat(text).isNotNull();
    for (String secret : secrets) {
      for (int i = 0; i + 8 <= secret.length(); i++) {
        String window = secret.substring(i, i + 8);
        if (text.contains(window)) {
          throw new AssertionError("message quotes secret material at offset " + i + " of a " + secret.length()
              + "-character secret: " + text);
        }
      }
    }
  }

  /** A clock tests can move; thread-safe. */
  static final class MutableClock extends Clock {
    private final AtomicLong millis;
    private final long tickMillis;

    MutableClock(Instant start) {
      this(start, 0);
    }

    /** A clock that moves forward by {@code tickMillis} after each reading. */
    MutableClock(Instant start, long tickMillis) {
      this.millis = new AtomicLong(start.toEpochMilli());
      this.tickMillis = tickMillis;
    }

    void advance(long deltaMillis) {
      millis.addAndGet(deltaMillis);
    }

    @Override
    public long millis() {
      return millis.getAndAdd(tickMillis);
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis());
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }
}
