/// One line of the national catalogue crawl (national-catalogue.jsonl), as published. The large
/// `raw_text` (the whole page) is not decoded here; `NationalPageText` reads it when a record
/// needs repair.
struct NationalRecord: Decodable {
  var code: String?
  var name: String?
  var decision: String?
  var levels: String?
  var kind: String?
  var field: String?
  var applicants: String?
  var competentAgency: String?
  var implementingAgency: String?
  var authorizedAgency: String?
  var coordinatingAgency: String?
  var submitAt: String?
  var related: String?
  var steps: String?
  var methods: String?
  var documents: String?
  var legalBasis: String?
  var conditions: String?
  var result: String?
  var detailURL: String?

  enum CodingKeys: String, CodingKey {
    case code = "ma_thu_tuc"
    case name = "ten_thu_tuc"
    case decision = "so_quyet_dinh"
    case levels = "cap_thuc_hien"
    case kind = "loai_thu_tuc"
    case field = "linh_vuc"
    case applicants = "doi_tuong_thuc_hien"
    case competentAgency = "co_quan_co_tham_quyen"
    case implementingAgency = "co_quan_thuc_hien"
    case authorizedAgency = "co_quan_duoc_uy_quyen"
    case coordinatingAgency = "co_quan_phoi_hop"
    case submitAt = "dia_chi_tiep_nhan"
    case related = "thu_tuc_lien_quan"
    case steps = "trinh_tu_thuc_hien"
    case methods = "cach_thuc_thuc_hien"
    case documents = "thanh_phan_ho_so"
    case legalBasis = "can_cu_phap_ly"
    case conditions = "yeu_cau_dieu_kien"
    case result = "ket_qua_xu_ly"
    case detailURL = "detail_url"
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    code = container.text(.code)
    name = container.text(.name)
    decision = container.text(.decision)
    levels = container.text(.levels)
    kind = container.text(.kind)
    field = container.text(.field)
    applicants = container.text(.applicants)
    competentAgency = container.text(.competentAgency)
    implementingAgency = container.text(.implementingAgency)
    authorizedAgency = container.text(.authorizedAgency)
    coordinatingAgency = container.text(.coordinatingAgency)
    submitAt = container.text(.submitAt)
    related = container.text(.related)
    steps = container.text(.steps)
    methods = container.text(.methods)
    documents = container.text(.documents)
    legalBasis = container.text(.legalBasis)
    conditions = container.text(.conditions)
    result = container.text(.result)
    detailURL = container.text(.detailURL)
  }
}

/// The `raw_text` of a national record: the whole page as text.
struct NationalPageText: Decodable {
  var rawText: String?

  enum CodingKeys: String, CodingKey {
    case rawText = "raw_text"
  }

  init(from decoder: any Decoder) throws {
    rawText = try decoder.container(keyedBy: CodingKeys.self).text(.rawText)
  }
}
