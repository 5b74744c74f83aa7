import Foundation
import VietnameseText

/// Turns raw input into a `QueryAnalysis`: normalises, spots English, repairs Telex/VNI leftovers
/// and typos against the index's own vocabulary, and applies synonyms and the glossary.
struct QueryAnalyzer {
  let vocabulary: IndexVocabulary
  let vietnamese: QueryExpansions.Index
  let english: QueryExpansions.Index

  func analyze(_ text: String) throws -> QueryAnalysis {
    let normalized = VietnameseText.normalize(text)
    var typed = Terms.numbers(VietnameseText.syllables(normalized))
    let truncated = typed.count > QueryAnalysis.maximumWords
    if truncated { typed = Array(typed.prefix(QueryAnalysis.maximumWords)) }
    let hasDiacritics = VietnameseText.hasDiacritics(normalized)
    var folded = typed.map { VietnameseText.fold($0) }
    /// Where the English words the glossary did not translate start: they are not repaired
    /// ("up" is no typo of "ấp").
    var untranslated = Int.max

    var analysis = QueryAnalysis(
      normalized: normalized, hasDiacritics: hasDiacritics, isEnglish: false, slots: [],
      expansions: [], truncated: truncated)

    // English: glossary phrases become Vietnamese phrases; function words go. English may
    // carry marks in loanwords ("fiancée", "café"), never on a Vietnamese syllable ("hô").
    if !typed.contains(where: {
      VietnameseText.hasDiacritics($0) && VietnameseText.isVietnameseSyllable($0)
    }) {
      let english = english.matches(in: folded)
      if !english.isEmpty && Self.looksEnglish(folded) {
        analysis.isEnglish = true
        var keep: [Int] = []
        var covered = Set<Int>()
        for match in english { covered.formUnion(match.range) }
        for i in folded.indices where !covered.contains(i) && !Stopwords.english.contains(folded[i])
        {
          keep.append(i)
        }
        var newTyped: [String] = []
        for match in english {
          let start = newTyped.count
          for phrase in match.phrases.prefix(1) { newTyped.append(contentsOf: phrase) }
          analysis.expansions.append(
            QueryExpansion(
              range: start..<newTyped.count, words: Array(start..<newTyped.count),
              phrases: Array(match.phrases.dropFirst()), source: "glossary"))
        }
        untranslated = newTyped.count
        newTyped.append(contentsOf: keep.map { folded[$0] })
        typed = newTyped
        folded = newTyped.map { VietnameseText.fold($0) }
      }
    }

    // Synonyms first, on what was typed: "cmnd" is a synonym, not a typo of "cand".
    let clauses = analysis.isEnglish ? [] : Self.clauses(normalized, words: typed.count)
    var synonymMatches = vietnamese.matches(in: folded, clauses: clauses)
    var triggered = Set<Int>()
    for match in synonymMatches { triggered.formUnion(match.words) }

    var slots: [QuerySlot] = []
    for (index, word) in typed.enumerated() {
      var slot = try slot(
        typed: word, folded: folded[index], hasDiacritics: hasDiacritics,
        repair: !triggered.contains(index) && index < untranslated)
      slot.clause = index < clauses.count ? clauses[index] : 0
      slots.append(slot)
    }
    // The glossary's Vietnamese needs no repair, and English is not mistyped Vietnamese.
    if !analysis.isEnglish {
      slots = try splitJoinedWords(slots, keeping: triggered)
      try repairInContext(&slots)
      // Repairs may reveal a synonym: "sooe ddor" → "sổ đỏ", "quyeets toans thuees tncn" →
      // "quyết toán thuế tncn".
      if slots.contains(where: { $0.repair != nil }) {
        let repaired = slots.map(\.reading)
        synonymMatches = vietnamese.matches(in: repaired, clauses: slots.map(\.clause))
      }
    }
    for match in synonymMatches {
      analysis.expansions.append(
        QueryExpansion(
          range: match.range, words: match.words, phrases: match.phrases, source: "synonym"))
      // The words of a synonym weigh what the phrases they stand for weigh…
      var phraseWeight = 0.0
      for phrase in match.phrases {
        var total = 0.0
        for word in phrase { total += try vocabulary.nameWeight(VietnameseText.fold(word)) }
        phraseWeight = max(phraseWeight, total / Double(max(phrase.count, 1)))
      }
      // …and together no more than a few words: one concept ("giấy chứng nhận quyền sử dụng
      // đất") must not outweigh the words that say what is wanted of it ("cấp lại", "bị mất").
      let share = min(1, Ranking.conceptWords / Double(match.words.count))
      for i in match.words where i < slots.count {
        slots[i].weight = max(slots[i].weight, phraseWeight) * share
        slots[i].isStopword = false
      }
    }
    // Another country is abroad: "sinh ở Nhật" speaks of "nước ngoài".
    if !analysis.isEnglish {
      let words = slots.map(\.reading)
      for range in Applicants.countries(in: words)
      where !analysis.expansions.contains(where: { $0.range.overlaps(range) }) {
        analysis.expansions.append(
          QueryExpansion(
            range: range, words: Array(range), phrases: [["nước", "ngoài"]], source: "country"))
      }
    }
    Self.weighPurpose(&slots)
    Self.weighBeneficiary(&slots)
    Self.weighAge(&slots)
    analysis.slots = slots
    return analysis
  }

  /// Whom the procedure is for weighs less than what it is: in "làm giấy khai sinh cho con"
  /// the child is the beneficiary, not the "nhận cha, mẹ, con" of another procedure's name; in
  /// "luật sư miễn phí cho người nghèo", "người" is no "của người được trợ giúp". Words typed
  /// with marks are compared with their marks ("cho chi nhánh" is no "cho chị").
  static func weighBeneficiary(_ slots: inout [QuerySlot]) {
    let family: Set<String> = [
      "con", "cháu", "bé", "vợ", "chồng", "bố", "mẹ", "ba", "má", "cha", "ông", "bà", "anh", "chị",
      "em", "người",
    ]
    let familyFolded: Set<String> = [
      "con", "chau", "be", "vo", "chong", "bo", "me", "ba", "ma", "cha", "ong", "anh", "em",
      "nguoi",
    ]
    for i in slots.indices.dropFirst() where slots[i - 1].typed == "cho" {
      let word = slots[i].typed
      let folded = VietnameseText.fold(word)
      if word == folded ? familyFolded.contains(word) : family.contains(word) {
        slots[i].weight *= Ranking.beneficiaryShare
      }
    }
  }

  /// An age ("khi đủ 25 tuổi", "con 16 tuổi") weighs less than the need: it tells siblings
  /// for different ages apart (the ranking checks it against their ranges and explains their
  /// words with it), and is no need of its own ("đổi thẻ căn cước khi đủ 25 tuổi" is an
  /// exchange of the card, not the card "cho người từ đủ 14 tuổi trở lên").
  static func weighAge(_ slots: inout [QuerySlot]) {
    let words = slots.map { VietnameseText.fold($0.typed) }
    let before: Set<String> = ["du", "khi", "duoi", "tren", "tu", "luc", "moi"]
    for i in words.indices.dropLast() where words[i + 1] == "tuoi" {
      guard let number = Int(words[i]), (0...120).contains(number) else { continue }
      var start = i
      while start > 0, start > i - 2, before.contains(words[start - 1]) { start -= 1 }
      for j in start...(i + 1) { slots[j].weight *= Ranking.ageShare }
    }
  }

  /// What the procedure is for weighs less than the need: in "giấy độc thân để đăng ký kết
  /// hôn" the need is "giấy độc thân". Not after a question ("làm sao để sửa lại", "phải đi đâu
  /// để làm giấy chứng tử": there the need comes after; "bản sao để nộp" asks nothing), nor in
  /// "để lại" (left behind) or, typed without marks, "đề nghị", "đề án", "đề xuất".
  static func weighPurpose(_ slots: inout [QuerySlot]) {
    let questions: Set<[String]> = [
      ["lam", "sao"], ["lam", "gi"], ["can", "gi"], ["o", "dau"], ["di", "dau"], ["the", "nao"],
    ]
    let notPurpose: Set<String> = ["lai", "nghi", "an", "xuat"]
    let words = slots.map { VietnameseText.fold($0.typed) }
    guard
      let purpose = words.indices.first(where: { i in
        (slots[i].typed == "để" || slots[i].typed == "de") && i > 0
          && !(i > 1 && questions.contains([words[i - 2], words[i - 1]]))
          && (i + 1 == words.count || !notPurpose.contains(words[i + 1]))
      })
    else { return }
    for i in (purpose + 1)..<slots.count { slots[i].weight *= Ranking.purposeShare }
  }

  /// The clause of each of the `words` words of `normalized`: punctuation (, ; ! ? line breaks,
  /// and a full stop before a space, not the one of "TP.HCM") parts clauses. Empty when the parts
  /// do not add up to the words.
  static func clauses(_ normalized: String, words: Int) -> [Int] {
    let scalars = Array(normalized.unicodeScalars)
    var parts: [String] = []
    var part = String.UnicodeScalarView()
    for (index, scalar) in scalars.enumerated() {
      let fullStop =
        scalar == "." && (index + 1 == scalars.count || scalars[index + 1].properties.isWhitespace)
      if fullStop || ",;!?\n".unicodeScalars.contains(scalar) {
        parts.append(String(part))
        part = String.UnicodeScalarView()
      } else {
        part.append(scalar)
      }
    }
    parts.append(String(part))
    var result: [Int] = []
    result.reserveCapacity(words)
    var clause = 0
    for part in parts {
      let count = VietnameseText.syllables(ofNormalized: part).count
      guard count > 0 else { continue }
      result += repeatElement(clause, count: count)
      clause += 1
    }
    return result.count == words ? result : []
  }

  /// English when it has English function words or mostly words that are neither Vietnamese
  /// syllables nor Telex/VNI spellings of one ("xac nhaanj thoong tin" is Vietnamese).
  static func looksEnglish(_ words: [String]) -> Bool {
    let functionWords = words.filter {
      Stopwords.english.contains($0) && !Stopwords.englishPlaces.contains($0)
    }.count
    let foreign = words.filter {
      !VietnameseText.isVietnameseSyllable($0) && TypingRepair.telex($0) == nil
        && TypingRepair.vni($0) == nil
    }.count
    return functionWords > 0 || foreign * 2 >= words.count
  }

  private func slot(
    typed: String, folded: String, hasDiacritics: Bool, repair: Bool
  ) throws -> QuerySlot {
    let stop = Stopwords.isStopword(
      accented: typed, folded: folded, queryHasDiacritics: hasDiacritics)
    let accented = typed == folded ? nil : typed
    let df = try vocabulary.df(folded)
    var slot = QuerySlot(
      typed: typed,
      alternatives: [.init(folded: folded, accented: accented, factor: 1)],
      weight: try vocabulary.nameWeight(folded), isStopword: stop, repair: nil)
    if df > 0 || !repair { return slot }

    // Telex or VNI keystrokes left in: decode, keep only if the index knows the result.
    for (kind, decoded) in [("telex", TypingRepair.telex(typed)), ("vni", TypingRepair.vni(typed))]
    {
      guard let decoded else { continue }
      let decodedFolded = VietnameseText.fold(decoded)
      let decodedDF = try vocabulary.df(decodedFolded)
      if decodedDF > 0 {
        slot.alternatives = [.init(folded: decodedFolded, accented: decoded, factor: 1)]
        slot.weight = try vocabulary.nameWeight(decodedFolded)
        slot.repair = kind
        slot.isStopword = Stopwords.isStopword(
          accented: decoded, folded: decodedFolded, queryHasDiacritics: true)
        return slot
      }
    }

    // A typo: the most frequent vocabulary syllables within one edit.
    guard Typos.isRepairable(folded) else { return slot }
    var variants = VietnameseText.deletes(folded, distance: 1)
    variants.insert(folded)
    var candidates: [(String, Int)] = []
    for candidate in try vocabulary.neighbours(of: folded, variants: variants) {
      guard VietnameseText.editDistance(folded, candidate, limit: 1) != nil else { continue }
      candidates.append((candidate, try vocabulary.df(candidate)))
    }
    candidates.sort { $0.1 > $1.1 }
    guard let best = candidates.first else { return slot }
    slot.alternatives = candidates.prefix(4).map {
      .init(folded: $0.0, accented: nil, factor: $0.0 == best.0 ? 0.9 : 0.7)
    }
    slot.weight = try vocabulary.nameWeight(best.0)
    slot.repair = "typo"
    return slot
  }

  /// "oto" → "o to" when both halves and their pair are known and the whole is not.
  /// Synonym words (`keeping`: "cmnd" is known to the synonyms, not the index) stay whole.
  private func splitJoinedWords(_ slots: [QuerySlot], keeping: Set<Int>) throws -> [QuerySlot] {
    var result: [QuerySlot] = []
    for (index, slot) in slots.enumerated() {
      let word = VietnameseText.fold(slot.typed)
      guard !keeping.contains(index), slot.repair == "typo" || slot.weight == 0, word.count >= 4,
        Typos.isRepairable(word) || word.count <= 12
      else {
        result.append(slot)
        continue
      }
      var best: (String, String, Int)?
      for cut in 2..<(word.count - 1) {
        let head = String(word.prefix(cut))
        let tail = String(word.dropFirst(cut))
        let pairDF = try vocabulary.df(Terms.pair(head, tail))
        if pairDF > 0, pairDF > (best?.2 ?? 0) { best = (head, tail, pairDF) }
      }
      guard let (head, tail, _) = best else {
        result.append(slot)
        continue
      }
      for part in [head, tail] {
        result.append(
          QuerySlot(
            typed: part, alternatives: [.init(folded: part, accented: nil, factor: 1)],
            weight: try vocabulary.nameWeight(part), isStopword: false, repair: "split",
            clause: slot.clause))
      }
    }
    return result
  }

  /// A known word whose every pair with its neighbours is unattested may be a typo of another
  /// known word: "giả quyết" → "giải quyết". The better-attested reading is added as an
  /// alternative; a word with one well-attested neighbour is left alone.
  private func repairInContext(_ slots: inout [QuerySlot]) throws {
    guard slots.count > 1 else { return }
    let words = slots.map(\.reading)
    var pairDF: [Int] = [0]
    for i in 1..<slots.count {
      pairDF.append(try vocabulary.df(Terms.pair(words[i - 1], words[i])))
    }
    for i in slots.indices {
      guard slots[i].weight > 0, slots[i].repair == nil, !slots[i].isStopword,
        Typos.isRepairable(words[i])
      else { continue }
      // A word typed with its accents that names hold is taken as meant ("15 tuổi").
      if let mark = slots[i].alternatives.first?.accented, try vocabulary.wordID(mark) >= 0 {
        continue
      }
      // Conversation words are no evidence: "bố tôi" says nothing about "bố".
      let left = i > 0 && !slots[i - 1].isStopword ? pairDF[i] : nil
      let right = i + 1 < slots.count && !slots[i + 1].isStopword ? pairDF[i + 1] : nil
      guard left != nil || right != nil, (left ?? 0) < 2, (right ?? 0) < 2 else { continue }
      var variants = VietnameseText.deletes(words[i], distance: 1)
      variants.insert(words[i])
      var best: (term: String, df: Int)?
      for candidate in try vocabulary.neighbours(of: words[i], variants: variants) {
        guard VietnameseText.editDistance(words[i], candidate, limit: 1) != nil else { continue }
        var df = 0
        if left != nil { df += try vocabulary.df(Terms.pair(words[i - 1], candidate)) }
        if right != nil { df += try vocabulary.df(Terms.pair(candidate, words[i + 1])) }
        if df >= 3, df > (best?.df ?? 0) { best = (candidate, df) }
      }
      guard let best else { continue }
      slots[i].alternatives.append(.init(folded: best.term, accented: nil, factor: 0.9))
      slots[i].repair = "context"
    }
  }
}
