/// Decodes tokens typed with a Vietnamese input method switched off, so that the keystrokes
/// stayed in the text: Telex (`ddawng kys`) and VNI (`d9a8ng ky1`).
///
/// Both return the accented syllable, or nil when the token holds no keystroke of that method
/// or does not decode into a structurally valid syllable (``VietnameseText/isVietnameseSyllable(_:)``).
/// A valid syllable is not necessarily a word: `"visa"` decodes to `"vía"` (s is the sắc key)
/// and `"xoong"` to `"xông"`; the caller checks the result against its vocabulary.
public enum TypingRepair {
  /// Decodes one Telex token.
  ///
  /// Keys: dd → đ; aa, ee, oo → â, ê, ô; aw → ă; ow → ơ; uw → ư; uow or uwow → ươ; a w with no
  /// vowel before it → ư. A vowel key or w may also come after the final consonant ("tieng" +
  /// "e"). Tones: s sắc, f huyền, r hỏi, x ngã, j nặng, anywhere after the first vowel ("tinhf",
  /// "chuwngs"); z removes the tone. Letters already accented are kept.
  ///
  /// `"ddawng"` → `"đăng"`, `"huwowngr"` → `"hưởng"`; `"gplx"`, `"khai"`, `"tk01"` → nil.
  public static func telex(_ token: String) -> String? {
    guard let typed = TypedSyllable(token: token) else { return nil }
    var syllable = TypedSyllable()
    syllable.tone = typed.tone
    for letter in typed.letters {
      guard letter.diacritic == .none else {
        syllable.append(letter)
        continue
      }
      guard telexKey(letter.base, into: &syllable) else { return nil }
    }
    return syllable.finish()
  }

  /// Applies one Telex key; false when the token cannot be Telex.
  private static func telexKey(_ key: UInt8, into syllable: inout TypedSyllable) -> Bool {
    switch key {
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      return false
    case UInt8(ascii: "d"):
      if !syllable.stroke() { syllable.append(Letter(ascii: key)) }
    case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "o"):
      let afterCoda = syllable.letters.last.map { !$0.isVowel } ?? false
      if !syllable.circumflex(key, adjacentOnly: !afterCoda) {
        syllable.append(Letter(ascii: key))
      }
    case UInt8(ascii: "w"):
      if syllable.hasVowel {
        return syllable.horn(orBreve: true)
      }
      syllable.append(Letter(base: UInt8(ascii: "u"), diacritic: .horn, tone: .level))
      syllable.changed = true
    case UInt8(ascii: "s"), UInt8(ascii: "f"), UInt8(ascii: "r"), UInt8(ascii: "x"),
      UInt8(ascii: "j"), UInt8(ascii: "z"):
      if !syllable.setTone(telexTone(key)) { syllable.append(Letter(ascii: key)) }
    default:
      syllable.append(Letter(ascii: key))
    }
    return true
  }

  private static func telexTone(_ key: UInt8) -> Tone {
    switch key {
    case UInt8(ascii: "s"): .acute
    case UInt8(ascii: "f"): .grave
    case UInt8(ascii: "r"): .hook
    case UInt8(ascii: "x"): .tilde
    case UInt8(ascii: "j"): .dot
    default: .level
    }
  }

  /// Decodes one VNI token.
  ///
  /// Keys, anywhere after the letter they change: d9 → đ; a8 → ă; a6, e6, o6 → â, ê, ô; o7,
  /// u7 → ơ, ư (uo7 → ươ); tones 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng; 0 removes the tone.
  ///
  /// `"d9a8ng"` → `"đăng"`, `"chie6u1"` → `"chiếu"`; `"123"`, `"tk01"` → nil.
  public static func vni(_ token: String) -> String? {
    guard let typed = TypedSyllable(token: token) else { return nil }
    var syllable = TypedSyllable()
    syllable.tone = typed.tone
    for letter in typed.letters {
      switch letter.base {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        guard vniKey(letter.base, into: &syllable) else { return nil }
      default:
        syllable.append(letter)
      }
    }
    return syllable.finish()
  }

  /// Applies one VNI digit; false when it has nothing to change.
  private static func vniKey(_ key: UInt8, into syllable: inout TypedSyllable) -> Bool {
    switch key {
    case UInt8(ascii: "0"): syllable.setTone(.level)
    case UInt8(ascii: "1"): syllable.setTone(.acute)
    case UInt8(ascii: "2"): syllable.setTone(.grave)
    case UInt8(ascii: "3"): syllable.setTone(.hook)
    case UInt8(ascii: "4"): syllable.setTone(.tilde)
    case UInt8(ascii: "5"): syllable.setTone(.dot)
    case UInt8(ascii: "6"):
      syllable.circumflex(UInt8(ascii: "a"), adjacentOnly: false)
        || syllable.circumflex(UInt8(ascii: "e"), adjacentOnly: false)
        || syllable.circumflex(UInt8(ascii: "o"), adjacentOnly: false)
    case UInt8(ascii: "7"): syllable.horn(orBreve: false)
    case UInt8(ascii: "8"): syllable.breve()
    default: syllable.stroke()
    }
  }
}
