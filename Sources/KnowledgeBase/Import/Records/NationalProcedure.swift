/// A national catalogue record turned into a `Procedure`.
enum NationalProcedure {
  /// - Parameter pageText: reads the record's `raw_text`, only called when a field needs repair.
  static func make(
    _ record: NationalRecord, origin: String, pageText: () -> String?
  ) -> LineOutcome {
    guard let code = PortalText.line(record.code) else {
      return .failure("thiếu mã thủ tục (ma_thu_tuc)")
    }
    guard let name = PortalText.line(record.name) else {
      return .failure("thủ tục \(code) thiếu tên (ten_thu_tuc)")
    }
    var documentsText = PortalText.line(record.documents)
    var stepsText = record.steps
    var wasRepaired = false
    if ShiftedFieldRepair.isNeeded(documents: documentsText), let page = pageText(),
      let repair = ShiftedFieldRepair.repair(pageText: page, record: record)
    {
      documentsText = PortalText.line(repair.documents)
      stepsText = repair.steps ?? record.steps
      wasRepaired = true
    }

    let documents = DocumentTable.split(cleaned: documentsText)
    let methods = MethodTable.split(record.methods)
    let legalBasis = LegalBasisTable.split(record.legalBasis)
    let steps = StepList.split(stepsText)
    let result = ProcessingResult.split(record.result)

    let procedure = Procedure(
      code: code, name: name, field: PortalText.line(record.field),
      levels: CommaLists.levels(record.levels), kind: PortalText.line(record.kind),
      decision: PortalText.line(record.decision),
      agencies: Agencies(
        competent: PortalText.line(record.competentAgency),
        implementing: PortalText.line(record.implementingAgency),
        authorized: PortalText.line(record.authorizedAgency),
        coordinating: PortalText.line(record.coordinatingAgency)),
      applicants: CommaLists.applicants(record.applicants),
      submitAt: PortalText.paragraphs(record.submitAt), methods: methods.value,
      steps: steps.value, documents: documents.value,
      conditions: PortalText.paragraphs(record.conditions.map(ProcessingResult.stripPageText)),
      result: result.text, legalBasis: legalBasis.value,
      related: RelatedProcedures.split(record.related),
      sourceURL: PortalText.line(record.detailURL),
      origin: origin)

    var imported = ImportedRecord(procedure: procedure)
    imported.wasRepaired = wasRepaired
    imported.tally(.documents, documents)
    imported.tally(.methods, methods)
    imported.tally(.legalBasis, legalBasis)
    imported.tally(.steps, steps)
    imported.tallies[.result] = result.tally
    return .record(imported)
  }
}

extension ProcessingResult.Split {
  /// One record processed when there is a result; an issue when it looks misplaced.
  var tally: FieldTally {
    guard let text else { return FieldTally(processed: 0, issues: []) }
    let issues = isSuspect ? [SplitIssue(text: text, reason: "không giống tên kết quả")] : []
    return FieldTally(processed: 1, issues: issues)
  }
}
