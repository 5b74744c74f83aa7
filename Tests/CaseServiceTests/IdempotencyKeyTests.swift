import CaseService
import Testing

@Suite struct IdempotencyKeyTests {
  @Test func keysAreScopedToTheirPrincipal() {
    #expect(IdempotencyKey(principal: "k1", key: "a") != IdempotencyKey(principal: "k2", key: "a"))
  }
}
