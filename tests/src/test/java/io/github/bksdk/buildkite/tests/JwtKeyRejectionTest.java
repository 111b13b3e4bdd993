package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.tests.JwtTestKeys.RSA_2048;
import static io.github.bksdk.buildkite.tests.JwtTestKeys.TOKEN_UUID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bksdk.buildkite.auth.JwtCredentials;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every unusable key is refused when it is set, with an {@link IllegalArgumentException} that names the argument,
 * says what is wrong, and quotes nothing of the key: no PEM line, base64, hex, modulus or exponent, not even an
 * 8-character fragment of one.
 */
class JwtKeyRejectionTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final KeyPair RSA_1024 = JwtTestKeys.generate("RSA", 1024);
  private static final KeyPair EC = JwtTestKeys.generate("EC", 256);
  private static final KeyPair ED25519 = JwtTestKeys.generate("Ed25519", 0);

  @TempDir
  static Path dir;

  /** A rejected input: how to apply it, words the message must contain, and the secrets it must not quote. */
  private record Case(UnaryOperator<JwtCredentials.Builder> apply, List<String> expected, List<String> secrets) {}

  private static Arguments bad(String name, UnaryOperator<JwtCredentials.Builder> apply, List<String> expected,
      List<String> secrets) {
    return Arguments.of(name, new Case(apply, expected, secrets));
  }

  private static List<String> secrets(PrivateKey key, String... pems) {
    List<String> all = new ArrayList<>(JwtTestKeys.materialOf(key));
    all.addAll(JwtTestKeys.materialOf(RSA_2048.getPrivate()));
    for (String pem : pems) {
      all.add(JwtTestKeys.pemBody(pem));
      pem.lines().filter(line -> !line.startsWith("-----") && line.length() >= 8).forEach(all::add);
    }
    return all;
  }

  private static String pkcs8Body() {
    return Base64.getEncoder().encodeToString(RSA_2048.getPrivate().getEncoded());
  }

  static Stream<Arguments> badKeys() throws Exception {
    String good8 = JwtTestKeys.pkcs8Pem(RSA_2048.getPrivate());
    String good1 = JwtTestKeys.pkcs1Pem(RSA_2048.getPrivate());
    String ec8 = JwtTestKeys.pkcs8Pem(EC.getPrivate());
    String ed8 = JwtTestKeys.pkcs8Pem(ED25519.getPrivate());
    String ecLabel = JwtTestKeys.pem("EC PRIVATE KEY", EC.getPrivate().getEncoded());
    String small8 = JwtTestKeys.pkcs8Pem(RSA_1024.getPrivate());
    String small1 = JwtTestKeys.pkcs1Pem(RSA_1024.getPrivate());
    String encrypted8 = JwtTestKeys.pem("ENCRYPTED PRIVATE KEY", encryptedPkcs8(RSA_2048.getPrivate()));
    String encrypted1 = encryptedPkcs1(RSA_2048.getPrivate());
    String publicOnly = JwtTestKeys.pem("PUBLIC KEY", RSA_2048.getPublic().getEncoded());
    List<String> lines = good8.lines().collect(Collectors.toList());
    String truncated = String.join("\n", lines.subList(0, lines.size() / 2)) + "\n" + lines.get(lines.size() - 1) + "\n";
    String notBase64 = good8.replaceFirst("\n([A-Za-z0-9+/]{20})", "\n$1!*!");
    byte[] noise = new byte[1200];
    RANDOM.nextBytes(noise);
    String randomDer = JwtTestKeys.pem("PRIVATE KEY", noise);
    String randomDer1 = JwtTestKeys.pem("RSA PRIVATE KEY", noise);
    String mislabelled = JwtTestKeys.pem("RSA PRIVATE KEY", RSA_2048.getPrivate().getEncoded());
    String noEnd = good8.substring(0, good8.indexOf("-----END"));
    String openSsh = JwtTestKeys.pem("OPENSSH PRIVATE KEY", RSA_2048.getPrivate().getEncoded());
    String headers = good1.replace("-----BEGIN RSA PRIVATE KEY-----\n", "-----BEGIN RSA PRIVATE KEY-----\nComment: x\n\n");
    String twoKeys = good8 + good1;
    Path derFile = Files.write(dir.resolve("key.der"), RSA_2048.getPrivate().getEncoded());
    Path missing = dir.resolve("no-such-key.pem");
    Path smallFile = Files.writeString(dir.resolve("small.pem"), small1);
    Path ecFile = Files.writeString(dir.resolve("ec.pem"), ec8);
    PrivateKey rsa = RSA_2048.getPrivate();

    return Stream.of(
        bad("EC key in PKCS#8", b -> b.privateKeyPem(ec8), List.of("privateKeyPem", "EC", "RSA"), secrets(EC.getPrivate(), ec8)),
        bad("Ed25519 key in PKCS#8", b -> b.privateKeyPem(ed8), List.of("privateKeyPem", "Ed25519"),
            secrets(ED25519.getPrivate(), ed8)),
        bad("EC PRIVATE KEY block", b -> b.privateKeyPem(ecLabel), List.of("privateKeyPem", "EC"),
            secrets(EC.getPrivate(), ecLabel)),
        bad("EC PrivateKey object", b -> b.privateKey(EC.getPrivate()), List.of("privateKey", "EC", "RSA"),
            secrets(EC.getPrivate())),
        bad("EC key file", b -> b.privateKeyPem(ecFile), List.of("privateKeyPem", "EC"), secrets(EC.getPrivate(), ec8)),
        bad("encrypted PKCS#8", b -> b.privateKeyPem(encrypted8), List.of("privateKeyPem", "encrypted"),
            secrets(rsa, encrypted8)),
        bad("encrypted PKCS#1 (Proc-Type)", b -> b.privateKeyPem(encrypted1), List.of("privateKeyPem", "encrypted"),
            secrets(rsa, encrypted1)),
        bad("1024-bit PKCS#8", b -> b.privateKeyPem(small8), List.of("privateKeyPem", "1024-bit", "2048"),
            secrets(RSA_1024.getPrivate(), small8)),
        bad("1024-bit PKCS#1", b -> b.privateKeyPem(small1), List.of("privateKeyPem", "1024-bit", "2048"),
            secrets(RSA_1024.getPrivate(), small1)),
        bad("1024-bit file", b -> b.privateKeyPem(smallFile), List.of("privateKeyPem", "1024-bit"),
            secrets(RSA_1024.getPrivate(), small1)),
        bad("1024-bit PrivateKey object", b -> b.privateKey(RSA_1024.getPrivate()), List.of("privateKey", "1024-bit"),
            secrets(RSA_1024.getPrivate())),
        bad("plain text", b -> b.privateKeyPem("Lorem ipsum dolor sit amet, consectetur adipiscing elit"),
            List.of("privateKeyPem", "not PEM"), secrets(rsa, "Lorem ipsum dolor sit amet, consectetur adipiscing elit")),
        bad("bare base64 without PEM lines", b -> b.privateKeyPem(pkcs8Body()), List.of("privateKeyPem", "not PEM"),
            secrets(rsa, pkcs8Body())),
        bad("empty", b -> b.privateKeyPem(""), List.of("privateKeyPem", "empty"), secrets(rsa)),
        bad("null text", b -> b.privateKeyPem((String) null), List.of("privateKeyPem", "null"), secrets(rsa)),
        bad("truncated PKCS#8", b -> b.privateKeyPem(truncated), List.of("privateKeyPem"), secrets(rsa, truncated)),
        bad("body that is not base64", b -> b.privateKeyPem(notBase64), List.of("privateKeyPem", "base64"),
            secrets(rsa, notBase64)),
        bad("random bytes as PKCS#8", b -> b.privateKeyPem(randomDer), List.of("privateKeyPem"),
            secrets(rsa, randomDer)),
        bad("random bytes as PKCS#1", b -> b.privateKeyPem(randomDer1), List.of("privateKeyPem"),
            secrets(rsa, randomDer1)),
        bad("PKCS#8 labelled as PKCS#1", b -> b.privateKeyPem(mislabelled), List.of("privateKeyPem"),
            secrets(rsa, mislabelled)),
        bad("BEGIN without END", b -> b.privateKeyPem(noEnd), List.of("privateKeyPem", "END"), secrets(rsa, noEnd)),
        bad("public key only", b -> b.privateKeyPem(publicOnly), List.of("privateKeyPem", "PUBLIC KEY"),
            secrets(rsa, publicOnly)),
        bad("OpenSSH format", b -> b.privateKeyPem(openSsh), List.of("privateKeyPem", "OpenSSH"), secrets(rsa, openSsh)),
        bad("unexpected PEM headers", b -> b.privateKeyPem(headers), List.of("privateKeyPem", "headers"),
            secrets(rsa, headers)),
        bad("two private keys", b -> b.privateKeyPem(twoKeys), List.of("privateKeyPem", "more than one"),
            secrets(rsa, twoKeys)),
        bad("DER file instead of PEM", b -> b.privateKeyPem(derFile), List.of("privateKeyPem", "not PEM"), secrets(rsa)),
        bad("missing file", b -> b.privateKeyPem(missing), List.of("privateKeyPem", "does not exist",
            "no-such-key.pem"), secrets(rsa)),
        bad("directory", b -> b.privateKeyPem(dir), List.of("privateKeyPem", "directory"), secrets(rsa)),
        bad("null path", b -> b.privateKeyPem((Path) null), List.of("privateKeyPem", "null"), secrets(rsa)),
        bad("null PrivateKey", b -> b.privateKey(null), List.of("privateKey", "null"), secrets(rsa)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badKeys")
  void badKeysAreRejectedWithoutQuotingKeyMaterial(String name, Case bad) {
    IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
        () -> bad.apply().apply(JwtCredentials.builder().tokenUuid(TOKEN_UUID)));

    assertThat(e).as(name).isNotNull();
    assertThat(e.getMessage()).contains(bad.expected());
    for (Throwable t = e; t != null; t = t.getCause()) {
      JwtTestKeys.assertFreeOf(String.valueOf(t.getMessage()), bad.secrets());
      JwtTestKeys.assertFreeOf(t.toString(), bad.secrets());
    }
  }

  @Test
  void keysLargerThan4096BitsAreRejected() {
    KeyPair large = JwtTestKeys.generate("RSA", 4160);
    IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
        () -> JwtCredentials.builder().privateKeyPem(JwtTestKeys.pkcs1Pem(large.getPrivate())));

    assertThat(e.getMessage()).contains("privateKeyPem", "4160-bit", "4096");
    JwtTestKeys.assertFreeOf(e.getMessage(), JwtTestKeys.materialOf(large.getPrivate()));
  }

  @Test
  void a4096BitKeyIsAccepted() {
    KeyPair large = JwtTestKeys.generate("RSA", 4096);
    JwtCredentials credentials = JwtCredentials.builder().tokenUuid(TOKEN_UUID)
        .privateKeyPem(JwtTestKeys.pkcs1Pem(large.getPrivate())).build();

    assertThat(credentials.authorizationHeader()).startsWith("Bearer ey");
  }

  /**
   * A real PKCS#8 EncryptedPrivateKeyInfo ({@code openssl pkcs8 -topk8 -v1 PBE-SHA1-3DES} form; JDK 17 cannot
   * encode the PBES2 parameters of the newer default).
   */
  private static byte[] encryptedPkcs8(PrivateKey key) throws Exception {
    byte[] salt = new byte[8];
    RANDOM.nextBytes(salt);
    String algorithm = "PBEWithSHA1AndDESede";
    SecretKey secret = SecretKeyFactory.getInstance(algorithm).generateSecret(new PBEKeySpec("hunter2".toCharArray()));
    Cipher cipher = Cipher.getInstance(algorithm);
    cipher.init(Cipher.ENCRYPT_MODE, secret, new PBEParameterSpec(salt, 10_000));
    byte[] encrypted = cipher.doFinal(key.getEncoded());
    return new EncryptedPrivateKeyInfo(cipher.getParameters(), encrypted).getEncoded();
  }

  /** OpenSSL's traditional encrypted PKCS#1: Proc-Type and DEK-Info headers over an AES-128-CBC body. */
  private static String encryptedPkcs1(PrivateKey key) throws Exception {
    byte[] aesKey = new byte[16];
    byte[] iv = new byte[16];
    RANDOM.nextBytes(aesKey);
    RANDOM.nextBytes(iv);
    Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
    cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new IvParameterSpec(iv));
    byte[] body = cipher.doFinal(JwtTestKeys.pkcs1(key));
    String pem = JwtTestKeys.pem("RSA PRIVATE KEY", body);
    return pem.replace("-----BEGIN RSA PRIVATE KEY-----\n", "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n"
        + "DEK-Info: AES-128-CBC," + JwtTestKeys.hex(iv).toUpperCase() + "\n\n");
  }

  @Test
  void theEncryptedFixturesAreWhatTheyClaim() throws Exception {
    // Sanity: the PKCS#8 fixture really is an EncryptedPrivateKeyInfo, so the rejection above is for the right reason.
    EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(encryptedPkcs8(RSA_2048.getPrivate()));
    assertThat(info.getAlgName()).isNotBlank();
    assertThat(Arrays.equals(info.getEncryptedData(), RSA_2048.getPrivate().getEncoded())).isFalse();
    assertThat(encryptedPkcs1(RSA_2048.getPrivate())).contains("Proc-Type: 4,ENCRYPTED")
        .doesNotContain(new String(Base64.getEncoder().encode(JwtTestKeys.pkcs1(RSA_2048.getPrivate())),
            StandardCharsets.US_ASCII).substring(0, 64));
  }
}
