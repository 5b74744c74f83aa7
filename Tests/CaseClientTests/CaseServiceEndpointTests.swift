import CaseClient
import Testing

@Suite struct CaseServiceEndpointTests {
  @Test func trailingSlashesAreDropped() {
    let endpoint = CaseServiceEndpoint(baseURL: "http://127.0.0.1:8080//", token: "t", kioskID: "k")
    #expect(endpoint.baseURL == "http://127.0.0.1:8080")
  }
}
