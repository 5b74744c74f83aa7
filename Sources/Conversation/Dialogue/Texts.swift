/// Everything the assistant says, in Vietnamese and English.
struct Texts {
  let language: Language

  init(_ language: Language) { self.language = language }

  var greeting: Reply {
    switch language {
    case .vi:
      return Reply([
        .text("Xin chào! Tôi là TroLy, trợ lý dịch vụ công của TP. Hồ Chí Minh."),
        .text("Bạn cần làm thủ tục gì? Ví dụ: “làm lại căn cước”, “đăng ký khai sinh cho con”."),
      ])
    case .en:
      return Reply([
        .text("Hello! I am TroLy, Ho Chi Minh City's public-services assistant."),
        .text("What do you need to do? For example: “extend my visa”, “register a birth”."),
      ])
    }
  }
}
