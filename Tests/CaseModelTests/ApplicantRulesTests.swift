import CaseModel
import Testing

@Suite struct ApplicantRulesTests {
  @Test func idNumbersAreTwelveDigitsWithAProvinceCode() {
    #expect(ApplicantRules.idNumber("079090001234") == .success("079090001234"))
    #expect(ApplicantRules.idNumber("079 090 001 234") == .success("079090001234"))
    #expect(ApplicantRules.idNumber("07909000123").problem == .idNumberLength)
    #expect(ApplicantRules.idNumber("0790900012345").problem == .idNumberLength)
    #expect(ApplicantRules.idNumber("07909000123a").problem == .idNumberLength)
    #expect(ApplicantRules.idNumber("000090001234").problem == .idNumberProvince)
    #expect(ApplicantRules.idNumber("097090001234").problem == .idNumberProvince)
  }

  @Test func phonesAreVietnameseMobileNumbers() {
    #expect(ApplicantRules.phone("0903123456") == .success("0903123456"))
    #expect(ApplicantRules.phone("0903 123 456") == .success("0903123456"))
    #expect(ApplicantRules.phone("+84 903 123 456") == .success("0903123456"))
    #expect(ApplicantRules.phone("84903123456") == .success("0903123456"))
    #expect(ApplicantRules.phone("0203123456").problem == .phoneFormat)
    #expect(ApplicantRules.phone("090312345").problem == .phoneFormat)
    #expect(ApplicantRules.phone("09031234567").problem == .phoneFormat)
    #expect(ApplicantRules.phone("hotline").problem == .phoneFormat)
  }

  @Test func namesAreLettersInAnyScript() {
    #expect(
      ApplicantRules.fullName("  Nguyễn   Thị  Minh Khai ") == .success("Nguyễn Thị Minh Khai"))
    #expect(
      ApplicantRules.fullName("Nguyễn Thị Minh Khai".decomposedStringWithCanonicalMapping).problem
        == nil)
    #expect(ApplicantRules.fullName("Mary O'Brien-Smith").problem == nil)
    #expect(ApplicantRules.fullName("   ").problem == .nameEmpty)
    #expect(ApplicantRules.fullName("có").problem == .nameOneWord)
    #expect(ApplicantRules.fullName("Nguyễn Văn 3").problem == .nameHasDigits)
    #expect(ApplicantRules.fullName(String(repeating: "a ", count: 51)).problem == .nameTooLong)
  }

  @Test func emails() {
    #expect(ApplicantRules.email("an.nguyen@gmail.com") == .success("an.nguyen@gmail.com"))
    #expect(ApplicantRules.email("an@localhost").problem == .emailFormat)
    #expect(ApplicantRules.email("an nguyen@gmail.com").problem == .emailFormat)
    #expect(ApplicantRules.email("@gmail.com").problem == .emailFormat)
  }

  @Test func reasonsNeverRepeatTheValue() {
    for problem in ApplicantRules.Problem.allCases {
      #expect(!problem.vietnamese.contains("079090001234"))
      #expect(!problem.english.isEmpty)
    }
    let applicant = Applicant(fullName: "", idNumber: "1", phone: "2", email: "x")
    #expect(
      ApplicantRules.problems(of: applicant) == [
        .nameEmpty, .idNumberLength, .phoneFormat, .emailFormat,
      ])
  }
}

@Suite struct PersonalDataTests {
  @Test func masksNumbersEmailsAndNamesButNotDossierNumbers() {
    #expect(
      PersonalData.mask("CCCD 079090001234, sđt 0903 123 456")
        == "CCCD 001090000000, sđt 0900000000")
    #expect(PersonalData.mask("Mã hồ sơ: HCM-260105-0042.") == "Mã hồ sơ: HCM-260105-0042.")
    #expect(PersonalData.mask("email an.nguyen@gmail.com nhé") == "email ten@example.vn nhé")
    #expect(
      PersonalData.mask("CCCD: 079******234, ĐT: 091****789")
        == "CCCD: 001******000, ĐT: 090****000")
    #expect(
      PersonalData.mask("Họ và tên: Trần Thị Bích", names: ["trần thị bích"])
        == "Họ và tên: Nguyễn Văn A")
    #expect(
      PersonalData.mask("> Trần  Thị   Bích", names: ["Trần  Thị   Bích"]) == "> Nguyễn Văn A")
    #expect(PersonalData.mask("> tran thi bich", names: ["Trần Thị Bích"]) == "> Nguyễn Văn A")
    // Whole words only: "An" is a name, "Ankara" and "quan" are not.
    #expect(
      PersonalData.mask("An ở Ankara, quan An", names: ["An"])
        == "Nguyễn Văn A ở Ankara, quan Nguyễn Văn A")
  }
}
