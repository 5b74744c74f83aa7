/// One pass over the UTF-8 bytes of a text that writes its normalized or folded form.
///
/// The pass composes Vietnamese combining marks itself. Any other mark (or a scalar that NFC
/// could change) makes the first attempt give up; the text then goes through the standard
/// library's NFC and a second pass that keeps such marks as they are.
struct TextPass {
  /// What the pass writes.
  enum Mode {
    /// ``VietnameseText/normalize(_:)``.
    case normalize
    /// ``VietnameseText/fold(_:)``.
    case fold
  }

  private let mode: Mode
  private let isNFC: Bool
  /// ``LetterTable/entries``, valid for the lifetime of the pass.
  private let table: UnsafeBufferPointer<UInt16>
  private var output: ByteBuffer
  private var pendingSpace = false
  /// Start in `output` of the current run of letters, or -1.
  private var wordStart = -1
  private var wordLetters = 0
  private var wordTones = 0
  private var wordIsPlain = true
  /// Start in `output` of the last letter when nothing followed it yet, or -1.
  private var lastLetterStart = -1
  private var lastLetter = Letter(ascii: 0)
  private var scratch: [Letter] = []

  private init(mode: Mode, isNFC: Bool, table: UnsafeBufferPointer<UInt16>, capacity: Int) {
    self.mode = mode
    self.isNFC = isNFC
    self.table = table
    output = ByteBuffer(capacity: capacity)
    scratch.reserveCapacity(16)
  }

  /// The normalized or folded form of `s`.
  static func transform(_ s: String, mode: Mode) -> String {
    if let result = attempt(s, mode: mode, isNFC: false) { return result }
    // Rare: a mark this pass does not compose. `_nfcCodeUnits` is the standard library's own
    // NFC (public, though underscored), which spares a dependency on Foundation.
    let composed = String(decoding: s._nfcCodeUnits, as: UTF8.self)
    return attempt(composed, mode: mode, isNFC: true) ?? ""
  }

  private static func attempt(_ s: String, mode: Mode, isNFC: Bool) -> String? {
    UTF8Coding.withBytes(s) { bytes in
      LetterTable.entries.withUnsafeBufferPointer { table in
        var pass = TextPass(mode: mode, isNFC: isNFC, table: table, capacity: bytes.count + 16)
        defer { pass.output.deallocate() }
        return pass.run(bytes) ? pass.output.string() : nil
      }
    }
  }

  /// Processes all of `bytes`; false when a full NFC pass is needed first.
  private mutating func run(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte &- UInt8(ascii: "a") < 26 {
        index = lowercaseRun(bytes, from: index)
        continue
      }
      if byte < 0x80 {
        ascii(byte)
        index += 1
        continue
      }
      let (value, length) = UTF8Coding.decode(bytes, at: index)
      index += length
      let entry = LetterTable.entry(value, in: table)
      if entry != 0 {
        vietnameseLetter(LetterTable.letter(entry: entry))
      } else if !nonLetter(value) {
        return false
      }
    }
    endWord()
    return true
  }

  @inline(__always)
  private mutating func ascii(_ byte: UInt8) {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"):
      asciiLetter(byte)
    case UInt8(ascii: "A")...UInt8(ascii: "Z"):
      asciiLetter(byte | 0x20)
    case 0...0x20, 0x7F:
      space()
    default:
      endWord()
      flushSpace()
      output.append(byte)
    }
  }

  /// Copies a run of lowercase ASCII letters starting at `start`; returns the index after it.
  @inline(__always)
  private mutating func lowercaseRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var end = start + 1
    while end < bytes.count, bytes[end] &- UInt8(ascii: "a") < 26 { end += 1 }
    startWordIfNeeded()
    wordLetters &+= end - start
    output.append(UnsafeBufferPointer(rebasing: bytes[start..<end]))
    if mode == .normalize {
      lastLetterStart = output.count - 1
      lastLetter = Letter(ascii: bytes[end - 1])
    }
    return end
  }

  @inline(__always)
  private mutating func asciiLetter(_ byte: UInt8) {
    startWordIfNeeded()
    wordLetters &+= 1
    if mode == .normalize {
      lastLetterStart = output.count
      lastLetter = Letter(ascii: byte)
    }
    output.append(byte)
  }

  private mutating func vietnameseLetter(_ letter: Letter) {
    startWordIfNeeded()
    wordLetters &+= 1
    if mode == .fold {
      output.append(letter.base)
      return
    }
    if letter.tone != .level { wordTones &+= 1 }
    lastLetterStart = output.count
    lastLetter = letter
    output.appendUTF8(letter.scalarValue)
  }

  /// Handles a non-ASCII scalar that is not a precomposed Vietnamese letter; false when a full
  /// NFC pass is needed first.
  private mutating func nonLetter(_ value: UInt32) -> Bool {
    if mode == .fold, let base = LatinFold.base(value) {
      asciiLetter(base)
      return true
    }
    if value >= 0x300, value <= 0x36F {
      if mode == .fold { return true }
      if combineWithLastLetter(value) { return true }
      guard isNFC else { return false }
      rawMark(value)
      return true
    }
    let scalarClass = ScalarClass.of(value)
    switch scalarClass {
    case .space:
      space()
    case .ignorable:
      break
    case .caseless:
      other(value)
    case .mark, .other:
      if !isNFC, ScalarClass.mayChangeUnderNFC(value, class: scalarClass) { return false }
      if scalarClass == .mark {
        rawMark(value)
      } else {
        lowercased(value)
      }
    }
    return true
  }

  /// Composes a Vietnamese tone or quality mark with the letter just written.
  private mutating func combineWithLastLetter(_ value: UInt32) -> Bool {
    guard lastLetterStart >= 0 else { return false }
    var letter = lastLetter
    if let tone = Tone(combining: value) {
      guard letter.combine(tone: tone) else { return false }
      wordTones &+= 1
    } else if let diacritic = Diacritic(combining: value) {
      guard letter.combine(diacritic: diacritic) else { return false }
    } else {
      return false
    }
    output.truncate(to: lastLetterStart)
    output.appendUTF8(letter.scalarValue)
    lastLetter = letter
    return true
  }

  /// Writes a combining mark that stays as it is; the word it sits in keeps its tone placement.
  private mutating func rawMark(_ value: UInt32) {
    if wordStart < 0 {
      flushSpace()
    } else {
      wordIsPlain = false
    }
    lastLetterStart = -1
    output.appendUTF8(value)
  }

  private mutating func lowercased(_ value: UInt32) {
    guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenLowercased else {
      other(value)
      return
    }
    for lower in scalar.properties.lowercaseMapping.unicodeScalars {
      let lowerValue = lower.value
      let entry = LetterTable.entry(lowerValue, in: table)
      if lowerValue < 0x80 {
        ascii(UInt8(truncatingIfNeeded: lowerValue))
      } else if entry != 0 {
        vietnameseLetter(LetterTable.letter(entry: entry))
      } else if ScalarClass.of(lowerValue) == .mark {
        rawMark(lowerValue)
      } else {
        other(lowerValue)
      }
    }
  }

  /// Writes a scalar that is not a letter of a Vietnamese word (or folds it to one).
  private mutating func other(_ value: UInt32) {
    if mode == .fold, let folded = LatinFold.base(value) {
      asciiLetter(folded)
      return
    }
    endWord()
    flushSpace()
    output.appendUTF8(value)
  }

  @inline(__always)
  private mutating func space() {
    endWord()
    pendingSpace = true
  }

  @inline(__always)
  private mutating func flushSpace() {
    if pendingSpace {
      if !output.isEmpty { output.append(0x20) }
      pendingSpace = false
    }
  }

  @inline(__always)
  private mutating func startWordIfNeeded() {
    guard wordStart < 0 else { return }
    flushSpace()
    wordStart = output.count
  }

  @inline(__always)
  private mutating func endWord() {
    lastLetterStart = -1
    guard wordStart >= 0 else { return }
    if mode == .normalize, wordTones == 1, wordIsPlain,
      wordLetters <= SyllableStructure.maximumLetters
    {
      placeTone()
    }
    wordStart = -1
    wordLetters = 0
    wordTones = 0
    wordIsPlain = true
  }

  /// Bit `c & 0x1F` is set for the lowercase ASCII vowels a e i o u y (bits 1 5 9 15 21 25).
  private static let asciiVowelMask: UInt32 = 0x0220_8222

  /// Rewrites the current word with its tone on the canonical vowel.
  private mutating func placeTone() {
    let start = wordStart
    let bytes = output.bytes
    // With a single vowel the tone is already where it belongs. Every non-ASCII letter of a
    // plain word is a Vietnamese vowel, except đ (C4 91).
    var vowels = 0
    for index in start..<bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        vowels &+= Int(truncatingIfNeeded: Self.asciiVowelMask >> (byte & 0x1F) & 1)
      } else if byte >= 0xC0, !(byte == 0xC4 && bytes[index + 1] == 0x91) {
        vowels &+= 1
      }
    }
    guard vowels > 1 else { return }
    scratch.removeAll(keepingCapacity: true)
    var index = start
    while index < bytes.count {
      let (value, length) = UTF8Coding.decode(bytes, at: index)
      index += length
      let letter: Letter
      if value < 0x80 {
        letter = Letter(ascii: UInt8(truncatingIfNeeded: value))
      } else {
        let entry = LetterTable.entry(value, in: table)
        guard entry != 0 else { return }
        letter = LetterTable.letter(entry: entry)
      }
      scratch.append(letter)
    }
    guard let parts = SyllableStructure.parse(scratch),
      let current = scratch.firstIndex(where: { $0.tone != .level })
    else { return }
    let target = TonePlacement.toneIndex(scratch, parts)
    guard target != current else { return }
    scratch[target].tone = scratch[current].tone
    scratch[current].tone = .level
    output.truncate(to: start)
    for letter in scratch { output.appendUTF8(letter.scalarValue) }
  }
}
