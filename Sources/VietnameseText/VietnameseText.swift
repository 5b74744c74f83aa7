/// Pure text functions for Vietnamese: normalization, folding, syllables, structure checks and
/// typo distances.
///
/// All functions work on Unicode scalars and UTF-8 with precomputed tables; none of them needs
/// Foundation. They are safe to call from any thread.
///
/// Canonical form (see ``normalize(_:)``): NFC, lowercase, one space between words, and one
/// tone-mark placement per syllable. The placement follows the modern ("new style") rule: the
/// tone sits on the vowel that carries a quality mark (ă â ê ô ơ ư; on ơ for ươ); for "oa", "oe"
/// and "uy" it sits on the second vowel (`hoà`, `khoẻ`, `thuỷ`); for any other two-vowel nucleus
/// with no final consonant it sits on the first (`mùa`, `bài`); with a final consonant, or in a
/// three-vowel nucleus, on the second (`hoàng`, `ngoài`). After "qu" and "gi" (followed by a
/// vowel) the u and i belong to the onset (`quý`, `già`). Both spellings found in real text map to
/// this one form, so `hòa` and `hoà` normalize identically.
public enum VietnameseText {
  /// Canonical search form of `s`.
  ///
  /// - NFC: decomposed and mixed input is composed (`"a\u{0301}"` → `"á"`,
  ///   `"ê\u{0323}"` → `"ệ"`); Vietnamese marks are composed whatever their order.
  /// - Lowercase.
  /// - NBSP and other Unicode spaces, tabs, line breaks and control characters (C0, C1, DEL)
  ///   become spaces; runs of spaces collapse to one; the result is trimmed. Soft hyphens are
  ///   dropped. `Ð`/`ð` (often typed for `Đ`) become `đ`.
  /// - One tone placement per syllable (the modern rule described on ``VietnameseText``).
  ///
  /// Idempotent: `normalize(normalize(s)) == normalize(s)`.
  public static func normalize(_ s: String) -> String {
    TextPass.transform(s, mode: .normalize)
  }

  /// The form of `s` with every mark removed.
  ///
  /// ``normalize(_:)`` and then tones and quality marks dropped (ă â → a, ê → e, ô ơ → o, ư → u) and đ → d. `"Đăng ký"` → `"dang ky"`.
  ///
  /// Every combining mark of U+0300–U+036F goes too, and Latin letters precomposed with such
  /// marks fold to their base (ç → c, ñ → n, ü → u). Works on raw or already normalized text
  /// and gives the same result for both.
  public static func fold(_ s: String) -> String {
    TextPass.transform(s, mode: .fold)
  }
}
