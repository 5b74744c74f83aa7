/// The ASCII base letter of Latin letters precomposed with marks from U+0300–U+036F (ç → c,
/// ñ → n, ḱ → k), from their canonical decompositions, for ``VietnameseText/fold(_:)``.
enum LatinFold {
  /// Bases of U+00C0–U+024F, one character per scalar, "." when there is none.
  private static let latin = [
    "aaaaaa.ceeeeiiii.nooooo..uuuuy..aaaaaa.ceeeeiiii.nooooo..uuuuy.y",
    "aaaaaaccccccccdd..eeeeeeeeeegggggggghh..iiiiiiiii...jjkk.llllll.",
    "...nnnnnn...oooooo..rrrrrrsssssssstttt..uuuuuuuuuuuuwwyyyzzzzzz.",
    "................................oo.............uu...............",
    ".............aaiioouuuuuuuuuu.aaaa....ggkkoooo..j...gg..nnaa....",
    "aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooyy............",
    "................",
  ]
  /// Bases of U+1E00–U+1EFF.
  private static let extended = [
    "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm",
    "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv",
    "wwwwwwwwwwxxxxyyzzzzzzhtwy......aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee",
    "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......",
  ]

  private static let latinBases = Array(latin.joined().utf8)
  private static let extendedBases = Array(extended.joined().utf8)

  /// The lowercase ASCII base of `value`, or nil.
  static func base(_ value: UInt32) -> UInt8? {
    let byte: UInt8
    switch value {
    case 0xC0...0x24F: byte = latinBases[Int(value - 0xC0)]
    case 0x1E00...0x1EFF: byte = extendedBases[Int(value - 0x1E00)]
    default: return nil
    }
    return byte == UInt8(ascii: ".") ? nil : byte
  }
}
