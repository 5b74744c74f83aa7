import Foundation
import Testing

/// `troly chat` handing a case off to the case service it starts in-process, over HTTP, with the
/// outbox under var/, and `--record` masking the applicant's details.
@Suite struct ChatHandoffTests {
  static let procedure = """
    name: Đăng ký xe đạp điện tại phường
    levels: [Cấp xã]
    methods:
      - channel: Trực tuyến
    documents:
      - name: Hóa đơn mua xe
        originals: 1
    """

  @Test func aCaseGetsADossierNumberFromTheEmbeddedService() throws {
    let sandbox = try Sandbox.forChat()
    try sandbox.write("knowledge-base/local/HCM.0001.yaml", Self.procedure)
    let input = """
      xe đạp điện
      1
      kiểm tra giấy tờ
      có
      có
      Trần  Thị   Bích
      079090001234
      0903 123 456
      bich.tran@example.com
      đồng ý
      có
      tra cứu hồ sơ

      """
    let run = try sandbox.run(
      ["chat", "--record", "session.transcript"], input: Data(input.utf8))
    #expect(run.status == 0, "\(run.error)")
    let text = run.text
    #expect(text.contains("Mã hồ sơ: HCM-"), "\(text)")
    #expect(text.contains("Tình trạng: Mới đăng ký"))

    // The service's store and the kiosk's outbox are under var/, with a tokens file only the
    // owner can read.
    for file in ["var/cases.sqlite", "var/outbox.sqlite", "var/tokens"] {
      #expect(
        FileManager.default.fileExists(atPath: sandbox.root.appendingPathComponent(file).path))
    }
    let attributes = try FileManager.default.attributesOfItem(
      atPath: sandbox.root.appendingPathComponent("var/tokens").path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)

    // The recording masks the name, the CCCD, the phone and the email, and replays.
    let recorded = try String(
      contentsOf: sandbox.root.appendingPathComponent("session.transcript"), encoding: .utf8)
    for secret in ["Trần", "Bích", "079090001234", "0903 123 456", "bich.tran@example.com"] {
      #expect(!recorded.contains(secret), "\(secret) in the recording")
    }
    #expect(recorded.contains("> Nguyễn Văn A"))
    #expect(recorded.contains("Mã hồ sơ: {dossier}"))
    let replay = try sandbox.run(["replay", "session.transcript"])
    #expect(replay.status == 0, "\(replay.text)\n\(replay.error)")

    // The outbox holds it as delivered, and shows no personal data.
    let status = try sandbox.run(["outbox", "status", "--json"])
    #expect(status.status == 0, "\(status.error)")
    #expect(status.text.contains("\"pending\": 0, \"delivered\": 1"), "\(status.text)")
    #expect(!status.text.contains("079090001234"))
  }

}
