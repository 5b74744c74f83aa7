/// Precomposed Vietnamese letters: a table from (vowel, tone) to the NFC scalar and the reverse
/// table from scalar to ``Letter``.
enum LetterTable {
  /// The twelve vowels, one row each, with the six tones in ``Tone`` order.
  static let rows: [String] = [
    "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
    "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
  ]

  /// The lowest scalar value covered by ``entries``.
  static let firstScalar: UInt32 = 0xC0
  /// The highest scalar value covered by ``entries``.
  static let lastScalar: UInt32 = 0x1EF9

  /// Composed lowercase scalar values, `row * 6 + tone`.
  static let composed: [UInt32] = rows.flatMap { row in row.unicodeScalars.map(\.value) }

  /// For every scalar from ``firstScalar`` to ``lastScalar``: 0 when it is not a Vietnamese
  /// letter, otherwise bits 0–3 the kind (vowel row + 1, or ``strokeKind`` for đ), bits 4–6 the
  /// tone and bit 7 set for uppercase.
  static let entries: [UInt16] = {
    var table = [UInt16](repeating: 0, count: Int(lastScalar - firstScalar + 1))
    func set(_ value: UInt32, _ entry: UInt16) {
      guard value >= firstScalar, value <= lastScalar else { return }
      table[Int(value - firstScalar)] = entry
    }
    for (index, value) in composed.enumerated() {
      let entry = UInt16(index / 6 + 1) | UInt16(index % 6) << 4
      set(value, entry)
      if let scalar = Unicode.Scalar(value) {
        let upper = scalar.properties.uppercaseMapping.unicodeScalars
        if upper.count == 1, let first = upper.first {
          set(first.value, entry | uppercaseBit)
        }
      }
    }
    set(0x111, strokeKind)
    set(0x110, strokeKind | uppercaseBit)
    set(0xF0, strokeKind)  // ð, typed for đ
    set(0xD0, strokeKind | uppercaseBit)  // Ð
    return table
  }()

  /// The kind of đ in ``entries``.
  static let strokeKind: UInt16 = 13
  /// The uppercase flag in ``entries``.
  static let uppercaseBit: UInt16 = 0x80

  /// The entry of `value` in ``entries``, 0 when it is not a Vietnamese letter.
  @inline(__always)
  static func entry(_ value: UInt32, in table: UnsafeBufferPointer<UInt16>) -> UInt16 {
    guard value >= firstScalar, value <= lastScalar else { return 0 }
    return table[Int(value &- firstScalar)]
  }

  /// The lowercase letter of a non-zero entry.
  @inline(__always)
  static func letter(entry: UInt16) -> Letter {
    let kind = Int(entry & 0xF)
    let tone = Tone(rawValue: UInt8(truncatingIfNeeded: (entry >> 4) & 7)) ?? .level
    if kind == Int(strokeKind) {
      return Letter(base: UInt8(ascii: "d"), diacritic: .stroke, tone: .level)
    }
    let (base, diacritic) = vowel(row: kind - 1)
    return Letter(base: base, diacritic: diacritic, tone: tone)
  }

  /// The composed scalar value of a vowel row with a tone.
  @inline(__always)
  static func composedValue(row: Int, tone: Tone) -> UInt32 {
    composed[row &* 6 &+ Int(tone.rawValue)]
  }

  /// The base letter and quality mark of a vowel row.
  static func vowel(row: Int) -> (UInt8, Diacritic) {
    switch row {
    case 0: (UInt8(ascii: "a"), .none)
    case 1: (UInt8(ascii: "a"), .breve)
    case 2: (UInt8(ascii: "a"), .circumflex)
    case 3: (UInt8(ascii: "e"), .none)
    case 4: (UInt8(ascii: "e"), .circumflex)
    case 5: (UInt8(ascii: "i"), .none)
    case 6: (UInt8(ascii: "o"), .none)
    case 7: (UInt8(ascii: "o"), .circumflex)
    case 8: (UInt8(ascii: "o"), .horn)
    case 9: (UInt8(ascii: "u"), .none)
    case 10: (UInt8(ascii: "u"), .horn)
    default: (UInt8(ascii: "y"), .none)
    }
  }

  /// The vowel row of a base letter with a quality mark, or nil when there is no such vowel.
  static func vowelRow(base: UInt8, diacritic: Diacritic) -> Int? {
    switch (base, diacritic) {
    case (UInt8(ascii: "a"), .none): 0
    case (UInt8(ascii: "a"), .breve): 1
    case (UInt8(ascii: "a"), .circumflex): 2
    case (UInt8(ascii: "e"), .none): 3
    case (UInt8(ascii: "e"), .circumflex): 4
    case (UInt8(ascii: "i"), .none): 5
    case (UInt8(ascii: "o"), .none): 6
    case (UInt8(ascii: "o"), .circumflex): 7
    case (UInt8(ascii: "o"), .horn): 8
    case (UInt8(ascii: "u"), .none): 9
    case (UInt8(ascii: "u"), .horn): 10
    case (UInt8(ascii: "y"), .none): 11
    default: nil
    }
  }

  /// The lowercase letter of a scalar value: ASCII letters and Vietnamese letters of either case;
  /// nil for anything else.
  static func letter(_ value: UInt32) -> Letter? {
    switch value {
    case 0x61...0x7A: return Letter(ascii: UInt8(truncatingIfNeeded: value))
    case 0x41...0x5A: return Letter(ascii: UInt8(truncatingIfNeeded: value) | 0x20)
    default:
      let entry = entries.withUnsafeBufferPointer { table in Self.entry(value, in: table) }
      return entry == 0 ? nil : letter(entry: entry)
    }
  }
}
