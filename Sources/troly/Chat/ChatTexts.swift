import Conversation

/// What the shell itself says (the engine's replies come from `Conversation`).
struct ChatTexts {
  let language: Language

  private func t(_ vi: String, _ english: String) -> String {
    language == .en ? english : vi
  }

  /// The readline prompt.
  var prompt: String { t("Bạn › ", "You › ") }

  var stillThere: String {
    t("Bạn còn ở đó không? Nhấn Enter để tiếp tục", "Are you still there? Press Enter to continue")
  }

  func checklistSaved(_ path: String) -> String {
    t("Đã lưu danh sách giấy tờ vào tệp \(path)", "Checklist saved to \(path)")
  }

  var checklistNotSaved: String {
    t(
      "Không lưu được danh sách giấy tờ. Bạn hãy nhờ cán bộ hỗ trợ.",
      "The checklist could not be saved. Please ask the staff for help.")
  }

  var noCaseService: String {
    t(
      "kiosk chưa được nối với hệ thống tiếp nhận",
      "this kiosk is not connected to the receiving system")
  }
}
