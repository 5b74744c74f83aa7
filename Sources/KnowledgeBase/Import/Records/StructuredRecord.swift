/// One line of the structured export (defence-ministry.jsonl): metadata, text content and
/// proper tables, with Vietnamese keys.
struct StructuredRecord: Decodable {
  var id: String?
  var metadata: Metadata
  var content: Content
  var tables: Tables

  enum CodingKeys: String, CodingKey {
    case id = "thu_tuc_id"
    case metadata, content, tables
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = container.text(.id)
    metadata = (try? container.decodeIfPresent(Metadata.self, forKey: .metadata)) ?? Metadata()
    content = (try? container.decodeIfPresent(Content.self, forKey: .content)) ?? Content()
    tables = (try? container.decodeIfPresent(Tables.self, forKey: .tables)) ?? Tables()
  }

  struct Metadata: Decodable {
    var code: String?
    var name: String?
    var decision: String?
    var levels: String?
    var kind: String?
    var field: String?

    enum CodingKeys: String, CodingKey {
      case code = "mã_thủ_tục"
      case name = "tên_thủ_tục"
      case decision = "số_quyết_định"
      case levels = "cấp_thực_hiện"
      case kind = "loại_thủ_tục"
      case field = "lĩnh_vực"
    }

    init() {}

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      code = container.text(.code)
      name = container.text(.name)
      decision = container.text(.decision)
      levels = container.text(.levels)
      kind = container.text(.kind)
      field = container.text(.field)
    }
  }

  struct Content: Decodable {
    var steps: String?
    var methods: String?
    var applicants: String?
    var implementingAgency: String?
    var competentAgency: String?
    var authorizedAgency: String?
    var coordinatingAgency: String?
    var submitAt: String?
    var result: String?
    var conditions: String?

    enum CodingKeys: String, CodingKey {
      case steps = "trình_tự_thực_hiện"
      case methods = "cách_thức_thực_hiện"
      case applicants = "đối_tượng_thực_hiện"
      case implementingAgency = "cơ_quan_thực_hiện"
      case competentAgency = "cơ_quan_có_thẩm_quyền"
      case authorizedAgency = "cơ_quan_được_ủy_quyền"
      case coordinatingAgency = "cơ_quan_phối_hợp"
      case submitAt = "địa_chỉ_tiếp_nhận_hs"
      case result = "kết_quả_thực_hiện"
      case conditions = "yêu_cầu_điều_kiện_thực_hiện"
    }

    init() {}

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      steps = container.text(.steps)
      methods = container.text(.methods)
      applicants = container.text(.applicants)
      implementingAgency = container.text(.implementingAgency)
      competentAgency = container.text(.competentAgency)
      authorizedAgency = container.text(.authorizedAgency)
      coordinatingAgency = container.text(.coordinatingAgency)
      submitAt = container.text(.submitAt)
      result = container.text(.result)
      conditions = container.text(.conditions)
    }
  }

  struct Tables: Decodable {
    var methods: [Method] = []
    var documents: [Document] = []
    var legalBasis: [Legal] = []

    enum CodingKeys: String, CodingKey {
      case methods = "hinh_thuc_nop"
      case documents = "thanh_phan_ho_so"
      case legalBasis = "can_cu_phap_ly"
    }

    init() {}

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      methods = (try? container.decodeIfPresent([Method].self, forKey: .methods)) ?? []
      documents = (try? container.decodeIfPresent([Document].self, forKey: .documents)) ?? []
      legalBasis = (try? container.decodeIfPresent([Legal].self, forKey: .legalBasis)) ?? []
    }
  }

  struct Method: Decodable {
    var channel: String?
    var time: String?
    var fee: String?
    var note: String?

    enum CodingKeys: String, CodingKey {
      case channel = "hinh_thuc"
      case time = "thoi_han_giai_quyet"
      case fee = "phi_le_phi"
      case note = "mo_ta"
    }

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      channel = container.text(.channel)
      time = container.text(.time)
      fee = container.text(.fee)
      note = container.text(.note)
    }
  }

  struct Document: Decodable {
    var name: String?
    /// Despite the key, the form's file name(s), one a line.
    var forms: String?
    /// The counts: "Bản chính: 1\nBản sao: 0".
    var counts: String?

    enum CodingKeys: String, CodingKey {
      case name = "ten_giay_to"
      case forms = "so_luong"
      case counts = "ghi_chu"
    }

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      name = container.text(.name)
      forms = container.text(.forms)
      counts = container.text(.counts)
    }
  }

  struct Legal: Decodable {
    var number: String?
    var title: String?

    enum CodingKeys: String, CodingKey {
      case number = "so_ky_hieu"
      case title = "trich_yeu"
    }

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      number = container.text(.number)
      title = container.text(.title)
    }
  }
}
