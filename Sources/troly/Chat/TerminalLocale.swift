import Glibc

/// The character type locale readline and the terminal need: the environment's when it is
/// UTF-8, else C.UTF-8 — in the "C" locale readline treats "ă" as two characters and
/// backspace leaves half of it on the line.
enum TerminalLocale {
  static func useUTF8() {
    if setlocale(LC_CTYPE, "") != nil, isUTF8 { return }
    if setlocale(LC_CTYPE, "C.UTF-8") != nil { return }
    _ = setlocale(LC_CTYPE, "en_US.UTF-8")
  }

  private static var isUTF8: Bool {
    guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
    let name = String(cString: codeset).uppercased()
    return name == "UTF-8" || name == "UTF8"
  }
}
