import CaseModel

/// Carries `create`'s `response` closure into the transaction, which runs on the database's own
/// thread (GRDB) while `create` waits for it.
///
/// The closure is not `Sendable` in the `CaseStore` contract. It is safe to carry: it is called
/// at most once, while its caller is suspended in `create`, and never after `create` returns
/// (`withoutActuallyEscaping` checks that). It must not touch state its caller shares with other
/// tasks; the service's closure only encodes the receipt.
struct ResponseMaker: @unchecked Sendable {
  let make: (CaseReceipt) throws -> StoredResponse

  init(_ make: @escaping (CaseReceipt) throws -> StoredResponse) {
    self.make = make
  }
}
