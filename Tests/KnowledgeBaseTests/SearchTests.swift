import Foundation
import Testing
import VietnameseText

@testable import KnowledgeBase

/// An index built from a small knowledge base, shared by the search tests.
enum SmallIndex {
  static let searcher: Searcher? = try? make()

  static func make() throws -> Searcher {
    let kb = try TemporaryKnowledgeBase()
    let locals: [(String, String)] = [
      ("T.1", "Cấp hộ chiếu phổ thông lần đầu"),
      ("T.2", "Cấp lại giấy phép lái xe bị mất"),
      ("T.3", "Đăng ký kết hôn"),
      ("T.4", "Cấp thẻ căn cước cho công dân"),
      ("T.5", "Đăng ký chuyển nhượng quyền sử dụng đất"),
      ("T.6", "Nộp hồ sơ đề nghị hưởng trợ cấp"),
    ]
    for (code, name) in locals {
      try kb.write("local/\(code).yaml", "name: \(name)\nlevels: [Cấp tỉnh]\n")
    }
    try kb.write(
      "synonyms.yaml",
      """
      synonyms:
        - say: [cmnd, chứng minh nhân dân]
          means: [thẻ căn cước]
        - say: [bằng lái]
          means: [giấy phép lái xe]
      """)
    try kb.write(
      "glossary-en.yaml",
      """
      glossary:
        - en: [passport]
          vi: [hộ chiếu]
        - en: [marriage, marry]
          vi: [kết hôn]
      """)
    let index = kb.root.appendingPathComponent("index.sqlite")
    _ = try IndexBuilder().build(try kb.load(), at: index)
    return try Searcher(indexAt: index)
  }

  static func top(_ query: String) throws -> String? {
    try #require(searcher).search(query, limit: 3).results.first?.code
  }
}

@Suite struct SearchTests {
  @Test(arguments: [
    ("cấp hộ chiếu", "T.1"),
    ("cap ho chieu", "T.1"),
    ("caaps hooj chieeus", "T.1"),
    ("c1a6p ho65 chie6u1", "T.1"),
    ("cấp hộ chiêu", "T.1"),
    ("dang ky ket hon", "T.3"),
    ("đăng kí kết hôn", "T.3"),
    ("làm lại cmnd", "T.4"),
    ("mất bằng lái", "T.2"),
    ("apply for a passport", "T.1"),
    ("marriage registration", "T.3"),
    ("khai sinh", "1.001193"),
  ])
  func findsTheProcedure(query: String, code: String) throws {
    #expect(try SmallIndex.top(query) == code)
  }

  @Test func resultsCarryConfidence() throws {
    let searcher = try #require(SmallIndex.searcher)
    let results = try searcher.search("cấp hộ chiếu phổ thông lần đầu").results
    let first = try #require(results.first)
    #expect(first.confidence > 0.8)
    #expect(results.allSatisfy { 0...1 ~= $0.confidence })
    let vague = try #require(try searcher.search("cấp").results.first)
    #expect(vague.confidence < first.confidence)
  }

  @Test(arguments: [
    "\"", "*", "NEAR(", "a AND b", "-", ":", "name:hộ", "\"hộ chiếu\" OR *",
    "'; DROP TABLE term;--",
    "", "   ", "\u{1B}[31mđỏ\u{1B}[0m", "🙂🙂", "\u{0000}\u{0007}", "((((", "^hộ",
    String(repeating: "hộ chiếu ", count: 12_000),
  ])
  func hostileInputNeverFails(query: String) throws {
    let searcher = try #require(SmallIndex.searcher)
    let response = try searcher.search(query)
    #expect(response.results.count <= 10)
  }

  @Test func randomisedQueriesNeverFail() throws {
    let searcher = try #require(SmallIndex.searcher)
    var generator = SystemRandomNumberGenerator()
    let pool = Array(
      "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạ \"*():-^+_'\\/.,?!0123456789\u{301}\u{1B}🙂")
    for _ in 0..<500 {
      let length = Int.random(in: 0...40, using: &generator)
      let query = String((0..<length).map { _ in pool.randomElement(using: &generator) ?? "a" })
      let results = try searcher.search(query, limit: 5).results
      #expect(results.count <= 5)
      #expect(results.allSatisfy { $0.score.isFinite && (0...1 ~= $0.confidence) })
    }
  }

  @Test func explainsRepairsAndExpansions() throws {
    let searcher = try #require(SmallIndex.searcher)
    let telex = try searcher.search("caaps hooj chieeus", explain: true)
    #expect(telex.analysis.slots.map(\.repair) == ["telex", "telex", "telex"])
    #expect(telex.results.first?.explanation?.matchedNameWords.contains("hộ") == true)
    let synonym = try searcher.search("làm lại cmnd")
    #expect(synonym.analysis.expansions.contains { $0.source == "synonym" })
    let english = try searcher.search("apply for a passport")
    #expect(english.analysis.isEnglish)
  }

  @Test func limitIsHonoured() throws {
    let searcher = try #require(SmallIndex.searcher)
    #expect(try searcher.search("đăng ký", limit: 2).results.count <= 2)
    #expect(try searcher.search("đăng ký", limit: 0).results.isEmpty)
  }

  @Test func showsTheMergedProcedure() throws {
    let searcher = try #require(SmallIndex.searcher)
    let procedure = try #require(try searcher.procedure(code: "T.3"))
    #expect(procedure.name == "Đăng ký kết hôn")
    let yaml = try ProcedureYAML.render(procedure)
    #expect(yaml.contains("name: Đăng ký kết hôn"))
    #expect(try searcher.procedure(code: "nope") == nil)
  }
}

@Suite struct SynonymMatchingTests {
  private func positions(_ trigger: [String], _ tokens: [String], gaps: Int = 1) -> [Int]? {
    QueryExpansions.Index.positions(of: trigger, in: tokens, from: 0, maxGaps: gaps)
  }

  @Test func triggersMayHaveWordsBetween() {
    let tokens = ["mo", "mot", "quan", "ca", "phe", "nho"]
    #expect(positions(["mo", "quan", "ca", "phe"], tokens) == [0, 2, 3, 4])
    #expect(positions(["mo", "quan"], ["mo", "a", "b", "quan"]) == nil)
    // Two words with more than one between are too often a coincidence.
    #expect(positions(["mo", "quan"], ["mo", "a", "b", "quan"], gaps: 2) == nil)
    #expect(
      positions(["mo", "quan", "ca"], ["mo", "a", "b", "quan", "ca"], gaps: 2) == [0, 3, 4])
    #expect(
      positions(["so", "do", "sai"], ["so", "do", "nha", "toi", "ghi", "sai"], gaps: 3) == [
        0, 1, 5,
      ])
    #expect(positions(["so", "do"], ["so", "do"]) == [0, 1])
  }

  /// A trigger found whole beats a longer one found with words skipped, and matches share no
  /// word; the words skipped keep their own reading.
  @Test func wholeTriggersWinOverGappyOnes() {
    let rule = { (trigger: [String], phrase: String) in
      QueryExpansions.Rule(trigger: trigger, phrases: [[phrase]])
    }
    let index = QueryExpansions.Index(
      [
        rule(["giay", "doc", "than"], "single"), rule(["dang", "ky", "ket", "hon"], "marriage"),
        rule(["giay", "dang", "ky", "ket", "hon"], "certificate"),
      ], maxGaps: 3)
    let matches = index.matches(in: ["giay", "doc", "than", "de", "dang", "ky", "ket", "hon"])
    #expect(matches.map(\.phrases) == [[["single"]], [["marriage"]]])
    #expect(matches.map(\.words) == [[0, 1, 2], [4, 5, 6, 7]])
  }
}

/// Synonym phrases are spelt as the index spells names, and an abbreviation spells out as its
/// first meaning in words.
@Suite struct AbbreviationTests {
  let synonyms = [
    Synonym(say: ["bhyt"], means: ["BHYT", "bảo hiểm y tế"]),
    Synonym(say: ["mất thẻ bảo hiểm"], means: ["cấp lại thẻ BHYT"]),
  ]

  @Test func anAbbreviationSpellsOutInWords() {
    #expect(Abbreviations(synonyms).expand(["thẻ", "bhyt"]) == ["thẻ", "bảo", "hiểm", "y", "tế"])
    // A meaning that holds the abbreviation spells nothing out.
    let company = Abbreviations([
      Synonym(say: ["tnhh"], means: ["công ty TNHH", "trách nhiệm hữu hạn"])
    ])
    #expect(
      company.expand(["công", "ty", "tnhh"]) == ["công", "ty", "trách", "nhiệm", "hữu", "hạn"])
  }

  @Test func phrasesAreSpeltLikeNames() {
    let expansions = QueryExpansions(
      synonyms: synonyms, glossary: [], abbreviations: Abbreviations(synonyms))
    let rule = expansions.vietnamese.first { $0.trigger == ["mat", "the", "bao", "hiem"] }
    #expect(rule?.phrases == [["cấp", "lại", "thẻ", "bảo", "hiểm", "y", "tế"]])
  }
}

/// Synonyms stay within a clause: punctuation and "thì" part what a citizen says.
@Suite struct ClauseTests {
  @Test func clausesAreCountedInWords() {
    #expect(QueryAnalyzer.clauses("a b, c. d", words: 4) == [0, 0, 1, 2])
    #expect(QueryAnalyzer.clauses("làm hộ chiếu ở tp.hcm", words: 6) == [0, 0, 0, 0, 0, 0])
    // Parts that do not add up to the words give nothing rather than a wrong split.
    #expect(QueryAnalyzer.clauses("a b, c", words: 5).isEmpty)
  }

  @Test func synonymsStayWithinAClauseAndDoNotSkipThi() {
    let index = QueryExpansions.Index(
      [QueryExpansions.Rule(trigger: ["moi", "lam"], phrases: [["cấp", "mới"]])], maxGaps: 3)
    #expect(index.matches(in: ["moi", "thi", "lam"]).isEmpty)
    #expect(index.matches(in: ["moi", "lam"], clauses: [0, 1]).isEmpty)
    #expect(index.matches(in: ["moi", "ma", "lam"], clauses: [0, 0, 0]).count == 1)
  }
}

@Suite struct PurposeTests {
  private func weights(_ query: String) -> [String: Double] {
    var slots = VietnameseText.syllables(query).map {
      QuerySlot(
        typed: $0, alternatives: [.init(folded: VietnameseText.fold($0), accented: $0, factor: 1)],
        weight: 1, isStopword: false, repair: nil)
    }
    QueryAnalyzer.weighPurpose(&slots)
    QueryAnalyzer.weighBeneficiary(&slots)
    QueryAnalyzer.weighAge(&slots)
    return Dictionary(slots.map { ($0.typed, $0.weight) }, uniquingKeysWith: min)
  }

  /// "X để Y": Y is what the procedure is for, and weighs less than the need X.
  @Test func whatItIsForWeighsLess() {
    let weights = weights("giấy độc thân để đăng ký kết hôn")
    #expect(weights["độc"] == 1)
    #expect(weights["kết"] == Ranking.purposeShare)
  }

  /// After a question the need comes after "để"; "để lại" is "left behind".
  @Test func notAfterAQuestionNorInDeLai() {
    #expect(weights("phải đi đâu để làm giấy chứng tử").values.allSatisfy { $0 == 1 })
    #expect(weights("làm sổ đỏ cho mảnh đất ông bà để lại").values.allSatisfy { $0 == 1 })
    #expect(weights("de nghi cap lai so do").values.allSatisfy { $0 == 1 })
    // "bản sao" is a copy, not "làm sao".
    #expect(weights("chứng thực bản sao để nộp hồ sơ")["nộp"] == Ranking.purposeShare)
  }

  /// A family member after "cho" is whom the procedure is for.
  @Test func whomItIsForWeighsLess() {
    let weights = weights("làm giấy khai sinh cho con")
    #expect(weights["sinh"] == 1)
    #expect(weights["con"] == Ranking.beneficiaryShare)
    #expect(self.weights("nhận con nuôi")["con"] == 1)
    // Marks tell "chị" from "chi nhánh".
    #expect(self.weights("đăng ký cho chi nhánh")["chi"] == 1)
    #expect(self.weights("làm hộ chiếu cho chị")["chị"] == Ranking.beneficiaryShare)
  }

  /// An age tells siblings apart; it is not the need.
  @Test func anAgeWeighsLess() {
    let weights = weights("đổi thẻ căn cước khi đủ 25 tuổi")
    #expect(weights["đổi"] == 1)
    #expect(weights["cước"] == 1)
    for word in ["khi", "đủ", "25", "tuổi"] { #expect(weights[word] == Ranking.ageShare) }
    // A number that is no age keeps its weight.
    #expect(self.weights("nộp 2 bản sao")["2"] == 1)
  }
}
